package org.m4d.grants.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AsciiNumberTest {

    @Test
    void asciiDigitsAreNumbers() {
        assertThat(AsciiNumber.parseLong("6585")).isEqualTo(6585L);
        assertThat(AsciiNumber.parseLong("-1")).isEqualTo(-1L);
        assertThat(AsciiNumber.parseInt("50")).isEqualTo(50);
    }

    @Test
    void digitsOfOtherScriptsAreNot() {
        for (String text : new String[] {"６５８５", "٦٥٨٥", "۶۵۸۵", "६५८५", "65８5", "+6585", " 6585", "", "6585L"}) {
            assertThatThrownBy(() -> AsciiNumber.parseLong(text)).as(text).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> AsciiNumber.parseLong(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void numbersBeyondTheTypeAreRefused() {
        assertThatThrownBy(() -> AsciiNumber.parseLong("99999999999999999999")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AsciiNumber.parseInt("2147483648")).isInstanceOf(IllegalArgumentException.class);
    }
}
