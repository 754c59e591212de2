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

/**
 * The country coordinator reviews every amendment first: a refusal ends it; an acceptance puts it
 * in force, or passes it to the programme management unit or the grant's approval authority.
 */
@ApplicationScoped
public class ReviewAmendment implements TaskHandler<DecisionPayload> {

    @Inject
    Access access;

    @Inject
    AmendmentDecisions decisions;

    @Override
    public String taskKey() {
        return GrantAmendment.REVIEW_AMENDMENT;
    }

    @Override
    public Class<DecisionPayload> payloadType() {
        return DecisionPayload.class;
    }

    @Override
    public void authorize(TaskStep step) {
        access.requireRole(Role.COORDINATOR);
        decisions.requireAnotherThanTheRequester(step);
    }

    @Override
    public Map<String, Object> apply(TaskStep step, DecisionPayload payload) {
        boolean accepted = decisions.decide(step, payload, "AMENDMENT_REVIEWED");
        return Map.of(GrantAmendment.VAR_ACCEPTED, accepted, GrantAmendment.VAR_DECIDED_BY, access.username());
    }
}
