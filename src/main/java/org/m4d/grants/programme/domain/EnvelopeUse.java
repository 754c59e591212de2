package org.m4d.grants.programme.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A country's envelope of a call against the dollars already approved in it (ADR 31). Each amount
 * counts in dollars at the rate of its own date: a proposal at its submission day's, a grant at its
 * approval day's, a payment at its payment day's; {@link #usd} converts one.
 */
public record EnvelopeUse(BigDecimal envelopeUsd, BigDecimal approvedUsd) {

    /** Local units at the rate of their date (local units per dollar), in dollars and cents. */
    public static BigDecimal usd(BigDecimal localAmount, BigDecimal localUnitsPerUsd) {
        if (localUnitsPerUsd == null || localUnitsPerUsd.signum() <= 0) {
            throw new IllegalArgumentException("A dollar rate must be more than zero");
        }
        return localAmount.divide(localUnitsPerUsd, 2, RoundingMode.HALF_UP);
    }

    /** The dollars still free in the envelope (negative once it is exceeded); null without an envelope. */
    public BigDecimal remainingUsd() {
        return envelopeUsd == null ? null : envelopeUsd.subtract(approvedUsd).setScale(2, RoundingMode.UNNECESSARY);
    }

    /** Whether approving this many more dollars would take the approved past the envelope; never without one. */
    public boolean exceededBy(BigDecimal moreUsd) {
        return envelopeUsd != null && approvedUsd.add(moreUsd).compareTo(envelopeUsd) > 0;
    }
}
