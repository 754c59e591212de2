package org.m4d.grants.grant.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.m4d.grants.identity.application.Access;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.workflow.application.TaskHandler;
import org.m4d.grants.workflow.application.TaskStep;
import org.m4d.grants.workflow.domain.GrantLifecycle;

/** The partner requests the tranche's advance on a FACE form: the period and the amount per budget line. */
@ApplicationScoped
public class RequestAdvance implements TaskHandler<FaceReport> {

    @Inject
    Access access;

    @Inject
    FaceService faces;

    @Override
    public String taskKey() {
        return GrantLifecycle.REQUEST_ADVANCE;
    }

    @Override
    public Class<FaceReport> payloadType() {
        return FaceReport.class;
    }

    @Override
    public void authorize(TaskStep step) {
        access.requireRole(Role.APPLICANT);
    }

    @Override
    public Map<String, Object> apply(TaskStep step, FaceReport payload) {
        faces.requestAdvance(step.proposalId(), ((Number) step.variable(GrantLifecycle.VAR_TRANCHE)).intValue(), payload);
        return Map.of();
    }
}
