package org.m4d.grants.grant.application;

import java.math.BigDecimal;
import org.m4d.grants.platform.domain.Money;

/** The grants of one currency added up; the dollar sums cover only the grants with a recorded rate. */
public record CurrencyTotal(String currency, int grants, Money approved, Money disbursed, BigDecimal approvedUsd,
                            BigDecimal disbursedUsd) {

    public Money remaining() {
        return approved.minus(disbursed);
    }

    public BigDecimal remainingUsd() {
        return approvedUsd.subtract(disbursedUsd);
    }

    CurrencyTotal plus(GrantRow row) {
        return new CurrencyTotal(currency, grants + 1, approved.plus(row.approved()), disbursed.plus(row.disbursed()),
                row.hasUsdRate() ? approvedUsd.add(row.approvedUsd()) : approvedUsd,
                row.hasUsdRate() ? disbursedUsd.add(row.disbursedUsd()) : disbursedUsd);
    }

    static CurrencyTotal zero(String currency) {
        return new CurrencyTotal(currency, 0, Money.zero(currency), Money.zero(currency), BigDecimal.ZERO.setScale(2),
                BigDecimal.ZERO.setScale(2));
    }
}
