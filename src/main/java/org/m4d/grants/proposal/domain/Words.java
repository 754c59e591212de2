package org.m4d.grants.proposal.domain;

import java.util.regex.Pattern;

/** How the words of an answer are counted against its section's limit (ADR 34). */
public final class Words {

    /** A word: letters, digits or signs between white space, whatever the script. */
    private static final Pattern WORD = Pattern.compile("[^\\s\\p{Z}]+");

    private Words() {
    }

    /** The number of words in a text: runs of anything but white space; none in null or a blank text. */
    public static int count(String text) {
        if (text == null) {
            return 0;
        }
        return (int) WORD.matcher(text).results().count();
    }
}
