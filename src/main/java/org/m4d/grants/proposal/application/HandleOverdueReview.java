package org.m4d.grants.proposal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.m4d.grants.audit.application.AuditTrail;
import org.m4d.grants.identity.application.Access;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.proposal.domain.Proposal;
import org.m4d.grants.workflow.application.NotePayload;
import org.m4d.grants.workflow.application.TaskHandler;
import org.m4d.grants.workflow.application.TaskStep;
import org.m4d.grants.workflow.domain.GrantLifecycle;

/** A coordinator acknowledges an overdue review and notes what they did about it. */
@ApplicationScoped
public class HandleOverdueReview implements TaskHandler<NotePayload> {

    @Inject
    Access access;

    @Inject
    ProposalService proposals;

    @Inject
    AuditTrail audit;

    @Override
    public String taskKey() {
        return GrantLifecycle.HANDLE_OVERDUE_REVIEW;
    }

    @Override
    public Class<NotePayload> payloadType() {
        return NotePayload.class;
    }

    @Override
    public void authorize(TaskStep step) {
        access.requireRole(Role.COORDINATOR);
    }

    @Override
    public Map<String, Object> apply(TaskStep step, NotePayload payload) {
        Proposal proposal = proposals.proposal(step.proposalId());
        audit.record(access.username(), "OVERDUE_REVIEW_HANDLED", ProposalService.SUBJECT, proposal.id(),
                proposal.state(), proposal.state(), payload.note());
        return Map.of();
    }
}
