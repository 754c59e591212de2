package org.m4d.grants.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class BoundedNumberTest {

    @Test
    void figuresWithinTheBoundsAreReadAsWritten() {
        assertThat(BoundedNumber.decimal("250000.00")).isEqualTo(new BigDecimal("250000.00"));
        assertThat(BoundedNumber.decimal("-0.001")).isEqualTo(new BigDecimal("-0.001"));
        assertThat(BoundedNumber.decimal("999999999999999999.999999")).isEqualTo(new BigDecimal("999999999999999999.999999"));
        assertThat(BoundedNumber.decimal("1.5e3")).isEqualTo(new BigDecimal("1500"));
        assertThat(BoundedNumber.decimal("1.50000000")).isEqualTo(new BigDecimal("1.5"));
        assertThat(BoundedNumber.decimal("0e-999")).isEqualTo(BigDecimal.ZERO);
        assertThat(BoundedNumber.integer("-2147483648")).isEqualTo(Integer.MIN_VALUE);
        assertThat(BoundedNumber.integer("4.0")).isEqualTo(4);
        assertThat(BoundedNumber.longInteger("999999999999999999")).isEqualTo(999_999_999_999_999_999L);
    }

    @Test
    void hugeExponentsAndDigitCountsAreRefusedBeforeAnyArithmetic() {
        for (String huge : new String[] {"1e1000000000", "1e100000", "1e400", "1e19", "9".repeat(19), "1".repeat(1_000_000),
                "1e99999999999999999999", "-1e1000000000", "0." + "0".repeat(50) + "1"}) {
            assertThatThrownBy(() -> BoundedNumber.decimal(huge)).as(huge.substring(0, Math.min(30, huge.length())))
                    .isInstanceOf(BoundedNumber.OutOfBounds.class)
                    .hasMessage("A number is written with digits, at most 18 before the decimal point and 6 after it");
        }
    }

    @Test
    void moreThanSixDecimalsAreRefused() {
        assertThatThrownBy(() -> BoundedNumber.decimal("1.0000001")).isInstanceOf(BoundedNumber.OutOfBounds.class)
                .hasMessage("A number may have at most 6 decimals");
        assertThatThrownBy(() -> BoundedNumber.decimal("1e-400")).isInstanceOf(BoundedNumber.OutOfBounds.class)
                .hasMessage("A number may have at most 6 decimals");
    }

    @Test
    void textThatIsNoPlainAsciiNumberIsRefused() {
        for (String text : new String[] {"", " 1", "1 ", "١٢٣", "１２", "0x10", "NaN", "Infinity", "1,5", "--1", "1e", ".", "+"}) {
            assertThatThrownBy(() -> BoundedNumber.decimal(text)).as(text).isInstanceOf(BoundedNumber.OutOfBounds.class);
        }
    }

    @Test
    void wholeNumbersOutsideTheirTypeAreRefusedNotWrapped() {
        assertThatThrownBy(() -> BoundedNumber.integer("4294967300")).isInstanceOf(BoundedNumber.OutOfBounds.class)
                .hasMessage("A whole number must lie between -2147483648 and 2147483647");
        assertThatThrownBy(() -> BoundedNumber.integer("2147483648")).isInstanceOf(BoundedNumber.OutOfBounds.class);
        assertThatThrownBy(() -> BoundedNumber.integer("4.5")).isInstanceOf(BoundedNumber.OutOfBounds.class)
                .hasMessage("A whole number is expected");
        assertThatThrownBy(() -> BoundedNumber.longInteger("9223372036854775808")).isInstanceOf(BoundedNumber.OutOfBounds.class);
    }

    @Test
    void theRefusalNamesItsMessageKeyForThePages() {
        assertThatThrownBy(() -> BoundedNumber.integer("4294967300"))
                .isInstanceOfSatisfying(BoundedNumber.OutOfBounds.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.number.intRange"));
    }
}
