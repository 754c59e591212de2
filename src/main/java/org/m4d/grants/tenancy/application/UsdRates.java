package org.m4d.grants.tenancy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.m4d.grants.tenancy.domain.ExchangeRateRepository;
import org.m4d.grants.tenancy.domain.RateHistory;

/**
 * The dollar rate of a currency on a date, for the contexts that record an amount in dollars
 * (submission, approval, each disbursement). No access check: rates are no country's secret, and
 * workflow steps ask without a signed-in user.
 */
@ApplicationScoped
public class UsdRates {

    @Inject
    ExchangeRateRepository rates;

    /** Units of the currency per US dollar in force on the date; one for the dollar; none before the first rate. */
    public Optional<BigDecimal> rateOn(String currency, LocalDate date) {
        if ("USD".equals(currency)) {
            return Optional.of(BigDecimal.ONE);
        }
        return new RateHistory(rates.of(currency)).rateOn(date);
    }
}
