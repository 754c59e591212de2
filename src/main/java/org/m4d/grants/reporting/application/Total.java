package org.m4d.grants.reporting.application;

import org.m4d.grants.platform.domain.Money;

/** Approved and disbursed over all grants in scope, in one currency. */
public record Total(Money approved, Money disbursed) {

    public String currency() {
        return approved.currency();
    }

    public Money remaining() {
        return approved.minus(disbursed);
    }

    public static Total zero(String currency) {
        return new Total(Money.zero(currency), Money.zero(currency));
    }

    public Total plus(Total other) {
        return new Total(approved.plus(other.approved), disbursed.plus(other.disbursed));
    }
}
