package org.m4d.grants.platform.domain;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads a number from text only within the bounds that every figure of the application fits in,
 * checked on the text before any arithmetic: {@code new BigDecimal("1e1000000000")} is cheap, but
 * scaling or multiplying it overflows or holds a core for minutes. Whole numbers outside their
 * type are refused, never wrapped. Only ASCII digits count as digits.
 */
public final class BoundedNumber {

    /** Digits before the decimal point: more than any amount, count or percentage the app stores. */
    public static final int MAX_INTEGER_DIGITS = 18;
    /** Digits after the decimal point, once trailing zeros are dropped. */
    public static final int MAX_FRACTION_DIGITS = 6;
    /** Longest text looked at: room for the digits, a sign, a point and an exponent. */
    static final int MAX_LENGTH = 40;

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,3})?");

    /** A number the application does not take; its message says what is taken. */
    public static final class OutOfBounds extends DomainException {
        private static final long serialVersionUID = 1L;

        OutOfBounds(String message, String key, Object... arguments) {
            super(message);
            withKey(key, arguments);
        }
    }

    private BoundedNumber() {
    }

    /** A decimal with at most 18 digits before the point and 6 after it. */
    public static BigDecimal decimal(String text) {
        if (text == null || text.length() > MAX_LENGTH || !NUMBER.matcher(text).matches()) {
            throw tooLarge();
        }
        BigDecimal value = new BigDecimal(text);
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() > MAX_FRACTION_DIGITS) {
            throw new OutOfBounds("A number may have at most " + MAX_FRACTION_DIGITS + " decimals",
                    "error.number.decimals", MAX_FRACTION_DIGITS);
        }
        if (stripped.precision() - stripped.scale() > MAX_INTEGER_DIGITS) {
            throw tooLarge();
        }
        if (value.scale() > MAX_FRACTION_DIGITS) {
            return stripped;
        }
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    /** A whole number of Java's {@code int} range. */
    public static int integer(String text) {
        BigDecimal value = whole(text);
        if (value.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) < 0
                || value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            throw new OutOfBounds("A whole number must lie between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE,
                    "error.number.intRange", Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
        return value.intValueExact();
    }

    /** A whole number of at most 18 digits, which always fits a {@code long}. */
    public static long longInteger(String text) {
        return whole(text).longValueExact();
    }

    private static BigDecimal whole(String text) {
        BigDecimal value = decimal(text);
        if (value.stripTrailingZeros().scale() > 0) {
            throw new OutOfBounds("A whole number is expected", "error.number.whole");
        }
        return value.setScale(0);
    }

    private static OutOfBounds tooLarge() {
        return new OutOfBounds("A number is written with digits, at most " + MAX_INTEGER_DIGITS
                + " before the decimal point and " + MAX_FRACTION_DIGITS + " after it",
                "error.number.bounds", MAX_INTEGER_DIGITS, MAX_FRACTION_DIGITS);
    }
}
