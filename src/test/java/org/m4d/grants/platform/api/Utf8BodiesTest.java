package org.m4d.grants.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Utf8BodiesTest {

    @Test
    void utf8UnderAnyOfItsNamesOrNoCharsetPasses() {
        assertThat(Utf8Bodies.declaresOnlyUtf8("application/json")).isTrue();
        assertThat(Utf8Bodies.declaresOnlyUtf8("application/json; charset=UTF-8")).isTrue();
        assertThat(Utf8Bodies.declaresOnlyUtf8("application/json;charset=\"utf-8\"")).isTrue();
        assertThat(Utf8Bodies.declaresOnlyUtf8("application/json; CHARSET=utf8")).isTrue();
    }

    @Test
    void anUnknownUnsupportedOrOtherCharsetIsRefused() {
        for (String charset : new String[] {"bogus", "UTF-7", "x!y", "\"\"", "", "UTF-32", "utf-16", "ISO-8859-1",
                "\"bogus\""}) {
            assertThat(Utf8Bodies.declaresOnlyUtf8("application/json; charset=" + charset)).as(charset).isFalse();
        }
        assertThat(Utf8Bodies.declaresOnlyUtf8("application/json; charset=UTF-8; charset=bogus")).isFalse();
    }
}
