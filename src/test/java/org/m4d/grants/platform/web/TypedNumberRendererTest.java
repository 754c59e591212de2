package org.m4d.grants.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A refused value is shown again only when the number widget can hold it. */
class TypedNumberRendererTest {

    @Test
    void thePlainFormTheWidgetSendsIsShownAgain() {
        assertThat(TypedNumberRenderer.isNumber("1234.56")).isTrue();
        assertThat(TypedNumberRenderer.isNumber("-7")).isTrue();
        assertThat(TypedNumberRenderer.isNumber("1234567890123456789012.5")).isTrue();
    }

    @Test
    void whatTheWidgetCouldNotHoldIsNot() {
        assertThat(TypedNumberRenderer.isNumber("12abc")).isFalse();
        assertThat(TypedNumberRenderer.isNumber("1e400")).isFalse();
        assertThat(TypedNumberRenderer.isNumber("1 234,56")).isFalse();
        assertThat(TypedNumberRenderer.isNumber("1".repeat(25))).isFalse();
        assertThat(TypedNumberRenderer.isNumber("١٢٣")).isFalse();
    }
}
