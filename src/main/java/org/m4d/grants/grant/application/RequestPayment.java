package org.m4d.grants.grant.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.m4d.grants.identity.application.Access;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.workflow.application.TaskHandler;
import org.m4d.grants.workflow.application.TaskStep;
import org.m4d.grants.workflow.domain.GrantLifecycle;

/** The partner asks the agency to pay a named vendor's invoice from the tranche (direct payment). */
@ApplicationScoped
public class RequestPayment implements TaskHandler<PaymentRequest> {

    @Inject
    Access access;

    @Inject
    FaceService faces;

    @Override
    public String taskKey() {
        return GrantLifecycle.REQUEST_PAYMENT;
    }

    @Override
    public Class<PaymentRequest> payloadType() {
        return PaymentRequest.class;
    }

    @Override
    public void authorize(TaskStep step) {
        access.requireRole(Role.APPLICANT);
    }

    @Override
    public Map<String, Object> apply(TaskStep step, PaymentRequest payload) {
        faces.requestPayment(step.proposalId(), ((Number) step.variable(GrantLifecycle.VAR_TRANCHE)).intValue(), payload);
        return Map.of();
    }
}
