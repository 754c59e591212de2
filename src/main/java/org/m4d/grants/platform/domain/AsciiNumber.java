package org.m4d.grants.platform.domain;

import java.util.regex.Pattern;

/**
 * Reads ids and counts written in ASCII digits only. Java's own parsing accepts every Unicode
 * digit, so {@code ６５８５} (fullwidth) or {@code ٦٥٨٥} (Arabic-Indic) would name object 6585:
 * one object under many addresses, which defeats checks and logs that compare the text.
 */
public final class AsciiNumber {

    private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,19}");

    private AsciiNumber() {
    }

    /** The number, or an {@link IllegalArgumentException} when the text is not one in ASCII digits. */
    public static long parseLong(String text) {
        if (text == null || !INTEGER.matcher(text).matches()) {
            throw new IllegalArgumentException("Not a number in ASCII digits");
        }
        return Long.parseLong(text);
    }

    public static int parseInt(String text) {
        long value = parseLong(text);
        if (value != (int) value) {
            throw new IllegalArgumentException("Number out of range");
        }
        return (int) value;
    }
}
