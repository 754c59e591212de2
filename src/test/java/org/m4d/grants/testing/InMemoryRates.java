package org.m4d.grants.testing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.m4d.grants.tenancy.application.UsdRates;
import org.m4d.grants.tenancy.domain.ExchangeRate;
import org.m4d.grants.tenancy.domain.ExchangeRateRepository;

/**
 * Dollar rates in memory, as the migration seeds them: Nepal's rupee at 133.5, the CFA franc at 600
 * and the taka at 110 per USD, in force since 2000; a test adds later ones.
 */
public final class InMemoryRates implements ExchangeRateRepository {

    public static final LocalDate SEEDED = LocalDate.of(2000, 1, 1);

    private final List<ExchangeRate> rates = new ArrayList<>();

    public InMemoryRates() {
        add("NPR", SEEDED, "133.5");
        add("XOF", SEEDED, "600");
        add("BDT", SEEDED, "110");
    }

    /** The port the other contexts ask, on these rates. */
    public static UsdRates usdRates() {
        return new InMemoryRates().port();
    }

    public UsdRates port() {
        return Wiring.wire(new UsdRates(), this);
    }

    public InMemoryRates add(String currency, LocalDate effectiveOn, String rate) {
        rates.add(new ExchangeRate(currency, effectiveOn, new BigDecimal(rate), "test", Instant.EPOCH));
        return this;
    }

    @Override
    public List<ExchangeRate> of(String currency) {
        return rates.stream().filter(r -> r.currency().equals(currency))
                .sorted(Comparator.comparing(ExchangeRate::effectiveOn).reversed()).toList();
    }

    @Override
    public void store(ExchangeRate rate) {
        rates.add(rate);
    }
}
