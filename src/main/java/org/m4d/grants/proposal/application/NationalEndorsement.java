package org.m4d.grants.proposal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Map;
import org.m4d.grants.audit.application.AuditTrail;
import org.m4d.grants.identity.application.Access;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.proposal.domain.Proposal;
import org.m4d.grants.proposal.domain.ProposalState;
import org.m4d.grants.workflow.application.TaskHandler;
import org.m4d.grants.workflow.application.TaskStep;
import org.m4d.grants.workflow.domain.GrantLifecycle;

/** A national focal point endorses a locally led proposal, or returns it to the applicant. */
@ApplicationScoped
public class NationalEndorsement implements TaskHandler<Endorsement> {

    @Inject
    Access access;

    @Inject
    ProposalService proposals;

    @Inject
    AuditTrail audit;

    @Inject
    Event<ProposalDecided> decisions;

    @Override
    public String taskKey() {
        return GrantLifecycle.NATIONAL_ENDORSEMENT;
    }

    @Override
    public Class<Endorsement> payloadType() {
        return Endorsement.class;
    }

    @Override
    public void authorize(TaskStep step) {
        access.requireRole(Role.NATIONAL_FOCAL_POINT);
    }

    @Override
    public Map<String, Object> apply(TaskStep step, Endorsement payload) {
        Proposal proposal = proposals.proposal(step.proposalId());
        ProposalState before = proposal.state();
        proposal.endorse(payload.endorsed());
        audit.record(access.username(), payload.endorsed() ? "ENDORSED" : "NOT_ENDORSED", ProposalService.SUBJECT,
                proposal.id(), before, proposal.state(), payload.comment());
        if (!payload.endorsed()) {
            decisions.fire(new ProposalDecided(step.task().tenant(), proposal.id(), ProposalDecided.Outcome.RETURNED,
                    payload.comment(), access.username()));
        }
        return Map.of(GrantLifecycle.VAR_ENDORSED, payload.endorsed());
    }
}
