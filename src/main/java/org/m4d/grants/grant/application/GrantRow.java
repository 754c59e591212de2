package org.m4d.grants.grant.application;

import java.math.BigDecimal;
import org.m4d.grants.grant.domain.GrantAgreement;
import org.m4d.grants.platform.domain.Money;

/**
 * One grant of the finance overview: approved, disbursed (net of reversals) and remaining, in the
 * grant's currency and in US dollars: approved at the rate recorded with the agreement, disbursed
 * at the rate recorded on each ledger entry (null when an entry has none).
 */
public record GrantRow(String tenant, long proposalId, String title, GrantAgreement.Status status, Money approved,
                       Money disbursed, BigDecimal usdRate, BigDecimal disbursedUsd) {

    public Money remaining() {
        return approved.minus(disbursed);
    }

    public String currency() {
        return approved.currency();
    }

    public BigDecimal approvedUsd() {
        return Usd.of(approved, usdRate);
    }

    /** Approved less disbursed in dollars, so that the three dollar columns of a row add up. */
    public BigDecimal remainingUsd() {
        return Usd.minus(approvedUsd(), disbursedUsd());
    }

    public boolean hasUsdRate() {
        return approvedUsd() != null;
    }
}
