package org.m4d.grants.grant.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.m4d.grants.audit.application.AuditTrail;
import org.m4d.grants.identity.application.Access;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.proposal.application.ProposalService;
import org.m4d.grants.workflow.application.NotePayload;
import org.m4d.grants.workflow.application.TaskHandler;
import org.m4d.grants.workflow.application.TaskStep;
import org.m4d.grants.workflow.domain.GrantLifecycle;

/** The coordinator notes how an overdue report was followed up. */
@ApplicationScoped
public class FollowUpOverdueReport implements TaskHandler<NotePayload> {

    @Inject
    Access access;

    @Inject
    AuditTrail audit;

    @Override
    public String taskKey() {
        return GrantLifecycle.FOLLOW_UP_OVERDUE_REPORT;
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
        audit.record(access.username(), "OVERDUE_REPORT_FOLLOWED_UP", ProposalService.SUBJECT, step.proposalId(),
                null, null, payload.note());
        return Map.of();
    }
}
