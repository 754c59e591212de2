package org.m4d.grants.grant.application;

import java.util.List;
import org.m4d.grants.grant.domain.Disbursement;
import org.m4d.grants.grant.domain.GrantAgreement;
import org.m4d.grants.platform.domain.Money;

/** A grant agreement with its ledger and totals. */
public record GrantView(GrantAgreement agreement, List<Disbursement> ledger, Money disbursed) {

    public Money remaining() {
        return agreement.approved().minus(disbursed);
    }
}
