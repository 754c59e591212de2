package org.m4d.grants.grant.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.m4d.grants.identity.application.Access;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.workflow.application.TaskHandler;
import org.m4d.grants.workflow.application.TaskStep;
import org.m4d.grants.workflow.domain.GrantLifecycle;

/** Finance accepts all or part of each line of the partner's certified expenditure. */
@ApplicationScoped
public class AcceptExpenditure implements TaskHandler<FaceAcceptance> {

    @Inject
    Access access;

    @Inject
    FaceService faces;

    @Override
    public String taskKey() {
        return GrantLifecycle.ACCEPT_EXPENDITURE;
    }

    @Override
    public Class<FaceAcceptance> payloadType() {
        return FaceAcceptance.class;
    }

    @Override
    public void authorize(TaskStep step) {
        access.requireRole(Role.FINANCE);
    }

    @Override
    public Map<String, Object> apply(TaskStep step, FaceAcceptance payload) {
        faces.accept(step.proposalId(), ((Number) step.variable(GrantLifecycle.VAR_TRANCHE)).intValue(), payload);
        return Map.of(GrantLifecycle.VAR_CASH_HELD, faces.cashHeld(step.proposalId()));
    }
}
