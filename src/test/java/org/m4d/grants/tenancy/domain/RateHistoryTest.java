package org.m4d.grants.tenancy.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.m4d.grants.platform.domain.DomainException;

class RateHistoryTest {

    private static final LocalDate SEEDED = LocalDate.of(2000, 1, 1);
    private static final LocalDate DEVALUED = LocalDate.of(2026, 7, 1);

    private static ExchangeRate rate(LocalDate from, String rate) {
        return new ExchangeRate("XOF", from, new BigDecimal(rate), "sn.finance", Instant.EPOCH);
    }

    private final RateHistory history = new RateHistory(List.of(rate(SEEDED, "605"), rate(DEVALUED, "655.957")));

    @Test
    void theDayBeforeARateTakesEffectKeepsTheOneBefore() {
        assertThat(history.rateOn(DEVALUED.minusDays(1))).contains(new BigDecimal("605.000000"));
    }

    @Test
    void onItsDateTheNewRateHolds() {
        assertThat(history.rateOn(DEVALUED)).contains(new BigDecimal("655.957000"));
    }

    @Test
    void afterItsDateTheNewRateStillHolds() {
        assertThat(history.rateOn(DEVALUED.plusDays(1))).contains(new BigDecimal("655.957000"));
        assertThat(history.rateOn(LocalDate.of(2030, 12, 31))).contains(new BigDecimal("655.957000"));
    }

    @Test
    void beforeTheFirstRateThereIsNone() {
        assertThat(history.rateOn(SEEDED.minusDays(1))).isEmpty();
        assertThat(new RateHistory(List.of()).rateOn(DEVALUED)).isEmpty();
    }

    @Test
    void theRatesAreListedLatestFirstAndADateHasOne() {
        assertThat(history.rates()).extracting(ExchangeRate::effectiveOn).containsExactly(DEVALUED, SEEDED);
        assertThat(history.hasRateOn(DEVALUED)).isTrue();
        assertThat(history.hasRateOn(DEVALUED.plusDays(1))).isFalse();
    }

    @Test
    void aRateIsMoreThanZeroWithAtMostSixDecimals() {
        assertThatThrownBy(() -> rate(DEVALUED, "0")).isInstanceOf(DomainException.class)
                .hasMessage("A rate must be more than zero units of the currency per US dollar");
        assertThatThrownBy(() -> rate(DEVALUED, "-1.5")).isInstanceOf(DomainException.class)
                .hasMessage("A rate must be more than zero units of the currency per US dollar");
        assertThatThrownBy(() -> rate(DEVALUED, "1.0000001")).isInstanceOf(DomainException.class)
                .hasMessage("A rate has at most 6 decimals");
        assertThatThrownBy(() -> rate(DEVALUED, "10000000000000")).isInstanceOf(DomainException.class)
                .hasMessage("A rate is at most 9999999999999 units per US dollar");
        assertThatThrownBy(() -> rate(null, "600")).isInstanceOf(DomainException.class)
                .hasMessage("A rate needs the date it takes effect");
        assertThat(rate(DEVALUED, "655.9570").rate()).isEqualTo(new BigDecimal("655.957000"));
    }

    @Test
    void onlyAnIsoCurrencyOtherThanTheDollarHasRates() {
        assertThat(ExchangeRate.rated("XOF")).isTrue();
        assertThat(ExchangeRate.rated("USD")).isFalse();
        assertThat(ExchangeRate.rated("XYZ")).isFalse();
        assertThat(ExchangeRate.rated("xof")).isFalse();
        assertThat(ExchangeRate.rated(null)).isFalse();
    }
}
