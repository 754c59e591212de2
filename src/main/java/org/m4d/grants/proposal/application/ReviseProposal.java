package org.m4d.grants.proposal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.m4d.grants.audit.application.AuditTrail;
import org.m4d.grants.identity.application.Access;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.platform.domain.Money;
import org.m4d.grants.programme.application.ProgrammeCatalogue;
import org.m4d.grants.proposal.domain.Proposal;
import org.m4d.grants.proposal.domain.ProposalState;
import org.m4d.grants.workflow.application.TaskHandler;
import org.m4d.grants.workflow.application.TaskStep;
import org.m4d.grants.workflow.domain.GrantLifecycle;

/**
 * The applicant revises a returned proposal and resubmits it; the lifecycle routes the new round
 * by the revised facts (lead actor, sector, dollar size).
 */
@ApplicationScoped
public class ReviseProposal implements TaskHandler<ProposalDraft> {

    @Inject
    Access access;

    @Inject
    ProposalService proposals;

    @Inject
    ProgrammeCatalogue programme;

    @Inject
    AuditTrail audit;

    @Inject
    ProgrammeFit fit;

    @Inject
    CallForms forms;

    @Override
    public String taskKey() {
        return GrantLifecycle.REVISE_PROPOSAL;
    }

    @Override
    public Class<ProposalDraft> payloadType() {
        return ProposalDraft.class;
    }

    @Override
    public void authorize(TaskStep step) {
        access.requireRole(Role.APPLICANT);
    }

    @Override
    public Map<String, Object> apply(TaskStep step, ProposalDraft draft) {
        Proposal proposal = proposals.proposal(step.proposalId());
        ProposalState before = proposal.state();
        proposal.revise(draft.title(), draft.sector(), draft.leadActor(),
                Money.of(draft.requestedAmount(), proposal.requestedAmount().currency()));
        ProposalService.describe(programme, proposal, draft);
        ProposalService.locate(proposal, draft);
        fit.linkIndicators(proposal);
        proposals.choosePartner(proposal, draft.partnerId());
        fit.requireMarkers(proposal);
        proposal.resubmit(Instant.now());
        if (proposal.callId() != null) {
            forms.requireComplete(proposal);
        }
        audit.record(access.username(), "REVISED", ProposalService.SUBJECT, proposal.id(), before, proposal.state(),
                "Review round " + proposal.reviewRound());
        return ProposalService.routing(proposal);
    }
}
