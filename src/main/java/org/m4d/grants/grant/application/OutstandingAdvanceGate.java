package org.m4d.grants.grant.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.m4d.grants.grant.domain.Advances;
import org.m4d.grants.grant.domain.GrantAgreement;
import org.m4d.grants.grant.domain.GrantRepository;
import org.m4d.grants.grant.domain.Modality;
import org.m4d.grants.grant.domain.Tranche;

/**
 * The HACT six-month rule: while an advance of a direct cash transfer has not been liquidated by
 * accepted expenditure for more than six months, no new advance is paid.
 */
@ApplicationScoped
public class OutstandingAdvanceGate implements ReleaseGate {

    @Inject
    GrantRepository grants;

    @Inject
    FacePayments payments;

    Clock clock = Clock.systemUTC();

    @Override
    public List<ReleaseBlock> blocks(long proposalId) {
        return grants.findByProposal(proposalId)
                .filter(g -> g.modality() == Modality.DIRECT_CASH_TRANSFER)
                .flatMap(g -> payments.advances(g).overdue(LocalDate.now(clock), released(g)))
                .map(OutstandingAdvanceGate::block)
                .map(List::of).orElse(List.of());
    }

    private java.util.function.IntPredicate released(GrantAgreement grant) {
        java.util.Set<Integer> released = grants.tranches(grant).stream().filter(t -> t.status() == Tranche.Status.RELEASED)
                .map(Tranche::number).collect(java.util.stream.Collectors.toSet());
        return released::contains;
    }

    private static ReleaseBlock block(Advances.Advance advance) {
        return new ReleaseBlock("error.face.advanceOverdue", "The advance of tranche " + advance.tranche() + " paid on "
                + advance.paidOn() + " has not been accounted for in more than " + Advances.LIQUIDATION_MONTHS
                + " months: " + advance.amount() + " is outstanding; no new advance until its expenditure is accepted",
                List.of(advance.tranche(), advance.paidOn(), advance.amount()));
    }
}
