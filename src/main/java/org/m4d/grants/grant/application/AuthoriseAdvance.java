package org.m4d.grants.grant.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.m4d.grants.identity.application.Access;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.workflow.application.TaskHandler;
import org.m4d.grants.workflow.application.TaskStep;
import org.m4d.grants.workflow.domain.GrantLifecycle;

/** Finance authorises all or part of each line of the partner's advance request; no more is then advanced. */
@ApplicationScoped
public class AuthoriseAdvance implements TaskHandler<AdvanceAuthorisation> {

    @Inject
    Access access;

    @Inject
    FaceService faces;

    @Override
    public String taskKey() {
        return GrantLifecycle.AUTHORISE_ADVANCE;
    }

    @Override
    public Class<AdvanceAuthorisation> payloadType() {
        return AdvanceAuthorisation.class;
    }

    @Override
    public void authorize(TaskStep step) {
        access.requireRole(Role.FINANCE);
    }

    @Override
    public Map<String, Object> apply(TaskStep step, AdvanceAuthorisation payload) {
        faces.authoriseAdvance(step.proposalId(), ((Number) step.variable(GrantLifecycle.VAR_TRANCHE)).intValue(), payload);
        return Map.of();
    }
}
