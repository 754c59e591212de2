package org.m4d.grants.proposal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Map;
import org.m4d.grants.audit.application.AuditTrail;
import org.m4d.grants.identity.application.Access;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.proposal.domain.Decision;
import org.m4d.grants.proposal.domain.Proposal;
import org.m4d.grants.proposal.domain.ProposalState;
import org.m4d.grants.workflow.application.TaskHandler;
import org.m4d.grants.workflow.application.TaskStep;
import org.m4d.grants.workflow.domain.GrantLifecycle;

/**
 * The approver's decision. The task is offered to the authority the decision table chose, so
 * either a coordinator or the programme management unit may take it.
 */
@ApplicationScoped
public class ApproveGrant implements TaskHandler<DecisionPayload> {

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
        return GrantLifecycle.APPROVE_GRANT;
    }

    @Override
    public Class<DecisionPayload> payloadType() {
        return DecisionPayload.class;
    }

    @Override
    public void authorize(TaskStep step) {
        access.requireAnyRole(Role.COORDINATOR, Role.PMU);
    }

    @Override
    public Map<String, Object> apply(TaskStep step, DecisionPayload payload) {
        String reason = payload.comment();
        if (payload.decision() != Decision.ACCEPT && (reason == null || reason.isBlank())) {
            throw new DomainException("Give the applicant a reason").withKey("error.approval.reasonRequired");
        }
        Proposal proposal = proposals.proposal(step.proposalId());
        ProposalState before = proposal.state();
        proposal.decide(payload.decision());
        audit.record(access.username(), switch (payload.decision()) {
            case ACCEPT -> "APPROVED";
            case REVISE -> "RETURNED_FOR_REVISION";
            case REJECT -> "REJECTED";
        }, ProposalService.SUBJECT, proposal.id(), before, proposal.state(), reason);
        decisions.fire(new ProposalDecided(step.task().tenant(), proposal.id(), switch (payload.decision()) {
            case ACCEPT -> ProposalDecided.Outcome.APPROVED;
            case REVISE -> ProposalDecided.Outcome.RETURNED;
            case REJECT -> ProposalDecided.Outcome.REJECTED;
        }, reason, access.username()));
        return Map.of(GrantLifecycle.VAR_APPROVAL, switch (payload.decision()) {
                    case ACCEPT -> "approve";
                    case REVISE -> "revise";
                    case REJECT -> "reject";
                },
                GrantLifecycle.VAR_APPROVED_BY, access.username());
    }
}
