package org.m4d.grants.practice.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Set;
import org.m4d.grants.grant.application.ClosingLessons;
import org.m4d.grants.platform.application.TenantContext;
import org.m4d.grants.practice.domain.Practice;
import org.m4d.grants.practice.domain.PracticeRepository;
import org.m4d.grants.practice.domain.PracticeResult;
import org.m4d.grants.proposal.application.ProposalService;
import org.m4d.grants.proposal.domain.Proposal;

/**
 * Keeps the lessons of a closing grant as a practice of its country, with the proposal's title,
 * sector and outcomes, and tells that it awaits its applicant's consent; the closing step has
 * checked who closes, so this checks nothing more.
 */
@ApplicationScoped
public class PracticeRecorder implements ClosingLessons {

    @Inject
    ProposalService proposals;

    @Inject
    PracticeRepository practices;

    @Inject
    TenantContext context;

    @Inject
    Event<PracticeAwaitingConsent> awaiting;

    @Override
    public void record(ClosedGrant closed) {
        Proposal proposal = proposals.proposal(closed.proposalId());
        Set<Integer> outcomes = proposal.profile().outcomes() == null ? Set.of() : proposal.profile().outcomes();
        Practice practice = new Practice(closed.proposalId(), proposal.title(), proposal.sector().name(), outcomes,
                closed.summary(), closed.lessons(), closed.beneficiariesReached(),
                closed.results().stream().map(r -> new PracticeResult(r.indicator(), r.actual())).toList(),
                proposal.createdBy(), closed.closedBy(), closed.closedAt());
        practices.store(practice);
        awaiting.fire(new PracticeAwaitingConsent(context.current(), closed.proposalId(), practice.id(),
                practice.applicant(), closed.closedBy()));
    }
}
