package org.m4d.grants.grant.application;

import org.m4d.grants.grant.domain.Disbursement;
import org.m4d.grants.platform.domain.Money;

/**
 * One ledger entry with the net amount disbursed up to and including it, the reversal that
 * corrected it (if any), and whether the user may reverse it now.
 */
public record LedgerLine(Disbursement entry, Money balance, Long reversedBy, boolean reversible) {

    public boolean reversed() {
        return reversedBy != null;
    }
}
