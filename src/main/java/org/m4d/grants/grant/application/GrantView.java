package org.m4d.grants.grant.application;

import java.util.List;
import org.m4d.grants.grant.domain.Disbursement;
import org.m4d.grants.grant.domain.GrantAgreement;
import org.m4d.grants.grant.domain.Report;
import org.m4d.grants.grant.domain.Tranche;
import org.m4d.grants.platform.domain.Money;

/** A grant agreement with its tranches, ledger, reports and totals. */
public record GrantView(GrantAgreement agreement, List<Tranche> tranches, List<Disbursement> ledger,
                        List<Report> reports, Money disbursed) {

    public Money remaining() {
        return agreement.approved().minus(disbursed);
    }

    /** The tranche open for disbursement, if any. */
    public Tranche openTranche() {
        return tranches.stream().filter(t -> t.status() == Tranche.Status.OPEN).findFirst().orElse(null);
    }

    public String currency() {
        return agreement.approved().currency();
    }
}
