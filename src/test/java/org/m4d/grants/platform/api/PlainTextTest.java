package org.m4d.grants.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void textWithTabsLineBreaksAndAnyScriptIsPlainText() {
        assertThat(PlainText.hasControlCharacter("Line one\r\nline two\tand a tab")).isFalse();
        assertThat(PlainText.hasControlCharacter("Ñandú 移民 🚀 مهاجر \u202e")).isFalse();
        assertThat(PlainText.hasControlCharacter("")).isFalse();
    }

    @Test
    void nulBellEscapeAndDeleteAreControlCharacters() {
        assertThat(PlainText.hasControlCharacter("a\u0000b")).isTrue();
        assertThat(PlainText.hasControlCharacter("\u0007")).isTrue();
        assertThat(PlainText.hasControlCharacter("x\u001b[31m")).isTrue();
        assertThat(PlainText.hasControlCharacter("x\u007f")).isTrue();
    }
}
