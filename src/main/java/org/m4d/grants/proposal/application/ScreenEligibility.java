package org.m4d.grants.proposal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Map;
import org.m4d.grants.audit.application.AuditTrail;
import org.m4d.grants.identity.application.Access;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.proposal.domain.Decision;
import org.m4d.grants.proposal.domain.Proposal;
import org.m4d.grants.proposal.domain.ProposalState;
import org.m4d.grants.workflow.application.TaskHandler;
import org.m4d.grants.workflow.application.TaskStep;
import org.m4d.grants.workflow.domain.GrantLifecycle;

/** A coordinator's screening: eligible for technical review, back for revision, or rejected. */
@ApplicationScoped
public class ScreenEligibility implements TaskHandler<DecisionPayload> {

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
        return GrantLifecycle.SCREEN_ELIGIBILITY;
    }

    @Override
    public Class<DecisionPayload> payloadType() {
        return DecisionPayload.class;
    }

    @Override
    public void authorize(TaskStep step) {
        access.requireRole(Role.COORDINATOR);
    }

    @Override
    public Map<String, Object> apply(TaskStep step, DecisionPayload payload) {
        Proposal proposal = proposals.proposal(step.proposalId());
        ProposalState before = proposal.state();
        proposal.screen(payload.decision());
        audit.record(access.username(), switch (payload.decision()) {
            case ACCEPT -> "SCREENED_ELIGIBLE";
            case REVISE -> "RETURNED_FOR_REVISION";
            case REJECT -> "SCREENED_REJECTED";
        }, ProposalService.SUBJECT, proposal.id(), before, proposal.state(), payload.comment());
        if (payload.decision() != Decision.ACCEPT) {
            decisions.fire(new ProposalDecided(step.task().tenant(), proposal.id(), payload.decision() == Decision.REVISE
                    ? ProposalDecided.Outcome.RETURNED : ProposalDecided.Outcome.REJECTED, payload.comment(),
                    access.username()));
        }
        return Map.of(GrantLifecycle.VAR_SCREENING, switch (payload.decision()) {
            case ACCEPT -> "eligible";
            case REVISE -> "revise";
            case REJECT -> "reject";
        });
    }
}
