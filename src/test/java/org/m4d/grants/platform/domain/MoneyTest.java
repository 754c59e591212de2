package org.m4d.grants.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

    @ParameterizedTest
    @CsvSource({"XOF,0", "NPR,2", "USD,2", "MAD,2", "RSD,2", "TND,3"})
    void usesTheCurrencysOwnScale(String currency, int scale) {
        assertThat(Money.of(new BigDecimal("12"), currency).amount().scale()).isEqualTo(scale);
    }

    @Test
    void refusesMoreDecimalsThanTheCurrencyHas() {
        assertThatThrownBy(() -> Money.of(new BigDecimal("10.5"), "XOF"))
                .isInstanceOf(DomainException.class).hasMessage("XOF amounts have no decimals");
        assertThatThrownBy(() -> Money.of(new BigDecimal("10.123"), "NPR"))
                .isInstanceOf(DomainException.class).hasMessage("NPR amounts have at most 2 decimals");
    }

    @Test
    void acceptsTrailingZerosBeyondTheScale() {
        assertThat(Money.of(new BigDecimal("10.500"), "NPR").amount()).isEqualByComparingTo("10.50");
        assertThat(Money.of(new BigDecimal("10.00"), "XOF").amount()).isEqualTo(new BigDecimal("10"));
    }

    @Test
    void addsAndComparesOnlyInOneCurrency() {
        Money a = Money.of(new BigDecimal("1.10"), "NPR");
        Money b = Money.of(new BigDecimal("2.20"), "NPR");
        assertThat(a.plus(b)).isEqualTo(Money.of(new BigDecimal("3.30"), "NPR"));
        assertThat(b.minus(a).compareTo(a)).isZero();
        assertThatThrownBy(() -> a.plus(Money.of(BigDecimal.ONE, "XOF"))).isInstanceOf(DomainException.class);
    }

    @Test
    void refusesUnknownCurrency() {
        assertThatThrownBy(() -> Money.of(BigDecimal.ONE, "ZZZ")).isInstanceOf(DomainException.class)
                .hasMessage("Unknown currency ZZZ");
    }
}
