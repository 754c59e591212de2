package org.m4d.grants.grant.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.m4d.grants.identity.application.Access;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.proposal.application.DecisionPayload;
import org.m4d.grants.workflow.application.TaskHandler;
import org.m4d.grants.workflow.application.TaskStep;
import org.m4d.grants.workflow.domain.GrantAmendment;
import org.m4d.grants.workflow.domain.GrantLifecycle;

/**
 * The approver of an amendment the coordinator accepted: the programme management unit for an
 * extension beyond the phase or when the approval-authority table says {@code global}, otherwise a
 * country coordinator.
 */
@ApplicationScoped
public class ApproveAmendment implements TaskHandler<DecisionPayload> {

    @Inject
    Access access;

    @Inject
    AmendmentDecisions decisions;

    @Override
    public String taskKey() {
        return GrantAmendment.APPROVE_AMENDMENT;
    }

    @Override
    public Class<DecisionPayload> payloadType() {
        return DecisionPayload.class;
    }

    @Override
    public void authorize(TaskStep step) {
        access.requireRole("global".equals(step.variable(GrantLifecycle.VAR_APPROVAL_AUTHORITY))
                ? Role.PMU : Role.COORDINATOR);
    }

    @Override
    public Map<String, Object> apply(TaskStep step, DecisionPayload payload) {
        boolean approved = decisions.decide(step, payload, "AMENDMENT_DECIDED");
        return Map.of(GrantAmendment.VAR_APPROVED, approved, GrantAmendment.VAR_DECIDED_BY, access.username());
    }
}
