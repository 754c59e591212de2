package org.m4d.grants.grant.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.m4d.grants.platform.domain.Money;

/** US dollar equivalents at a recorded rate (local units per dollar), to the cent, as at approval. */
final class Usd {

    private Usd() {
    }

    /** The amount in dollars, or null when no usable rate was recorded. */
    static BigDecimal of(Money amount, BigDecimal localUnitsPerUsd) {
        if (localUnitsPerUsd == null || localUnitsPerUsd.signum() <= 0) {
            return null;
        }
        return amount.amount().divide(localUnitsPerUsd, 2, RoundingMode.HALF_UP);
    }

    static BigDecimal minus(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? null : a.subtract(b);
    }
}
