package org.m4d.grants.grant.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.m4d.grants.grant.domain.Disbursement;
import org.m4d.grants.platform.domain.Money;

/** US dollar equivalents at recorded rates (local units per dollar), to the cent. */
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

    /** The net of ledger entries in dollars, each at the rate recorded on it; null when one has none. */
    static BigDecimal ofEntries(List<Disbursement> entries) {
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (Disbursement entry : entries) {
            BigDecimal usd = entry.usdAmount();
            if (usd == null) {
                return null;
            }
            total = total.add(usd);
        }
        return total;
    }

    static BigDecimal minus(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? null : a.subtract(b);
    }
}
