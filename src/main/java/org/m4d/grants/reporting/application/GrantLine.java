package org.m4d.grants.reporting.application;

import org.m4d.grants.platform.domain.Money;

/** One grant on the dashboard: approved and disbursed in its own currency and in US dollars. */
public record GrantLine(String tenant, long proposalId, String title, Money approved, Money disbursed,
                        Money approvedUsd, Money disbursedUsd) {

    public Money remaining() {
        return approved.minus(disbursed);
    }

    /** The approved amount in the grant's currency if that is the one asked for, else in US dollars. */
    public Money approvedIn(String currency) {
        return approved.currency().equals(currency) ? approved : approvedUsd;
    }

    /** The disbursed amount in the grant's currency if that is the one asked for, else in US dollars. */
    public Money disbursedIn(String currency) {
        return disbursed.currency().equals(currency) ? disbursed : disbursedUsd;
    }
}
