package org.m4d.grants.tenancy.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The dollar rates of one currency over time. The rate of a date is the latest one taking effect on
 * or before it; before the first there is none.
 */
public final class RateHistory {

    private final List<ExchangeRate> rates;

    public RateHistory(List<ExchangeRate> rates) {
        this.rates = rates.stream().sorted(Comparator.comparing(ExchangeRate::effectiveOn).reversed()).toList();
    }

    /** The rate in force on a date, if one had taken effect by then. */
    public Optional<BigDecimal> rateOn(LocalDate date) {
        return inForceOn(date).map(ExchangeRate::rate);
    }

    /** The entry that decides the rate of a date, if one had taken effect by then. */
    public Optional<ExchangeRate> inForceOn(LocalDate date) {
        return rates.stream().filter(r -> !r.effectiveOn().isAfter(date)).findFirst();
    }

    /** Whether a rate already takes effect on this date: a date has one rate. */
    public boolean hasRateOn(LocalDate date) {
        return rates.stream().anyMatch(r -> r.effectiveOn().equals(date));
    }

    /** The rates, the latest effective first. */
    public List<ExchangeRate> rates() {
        return rates;
    }
}
