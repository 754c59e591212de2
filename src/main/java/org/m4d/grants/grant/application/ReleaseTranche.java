package org.m4d.grants.grant.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.m4d.grants.audit.application.AuditTrail;
import org.m4d.grants.grant.domain.GrantAgreement;
import org.m4d.grants.grant.domain.GrantRepository;
import org.m4d.grants.grant.domain.Modality;
import org.m4d.grants.grant.domain.Tranche;
import org.m4d.grants.identity.application.Access;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.proposal.application.ProposalService;
import org.m4d.grants.workflow.application.TaskHandler;
import org.m4d.grants.workflow.application.TaskStep;
import org.m4d.grants.workflow.application.Workflow;
import org.m4d.grants.workflow.domain.GrantLifecycle;

/**
 * Finance releases the open tranche, recording a last disbursement from it first when the payload
 * carries one; a tranche with nothing disbursed cannot be released.
 */
@ApplicationScoped
public class ReleaseTranche implements TaskHandler<ReleasePayload> {

    @Inject
    Access access;

    @Inject
    GrantService grantService;

    @Inject
    GrantRepository grants;

    @Inject
    AuditTrail audit;

    @Inject
    ReleaseGates gates;

    @Inject
    Workflow workflow;

    @Inject
    FacePayments facePayments;

    @Override
    public String taskKey() {
        return GrantLifecycle.RELEASE_TRANCHE;
    }

    @Override
    public Class<ReleasePayload> payloadType() {
        return ReleasePayload.class;
    }

    @Override
    public void authorize(TaskStep step) {
        access.requireRole(Role.FINANCE);
    }

    @Override
    public Map<String, Object> apply(TaskStep step, ReleasePayload payload) {
        if (payload.amount() != null) {
            grantService.disburse(step.proposalId(),
                    new DisbursementEntry(payload.amount(), payload.date(), payload.reference()), null);
        }
        GrantAgreement grant = grantService.lockedGrant(step.proposalId());
        gates.check(step.proposalId());
        Tranche open = grantService.openTranche(grant);
        open.release(grants.disbursedFromTranche(grant, open.number()), Instant.now());
        audit.record(access.username(), "TRANCHE_RELEASED", ProposalService.SUBJECT, step.proposalId(), null, null,
                "Tranche " + open.number() + ", " + grants.disbursedFromTranche(grant, open.number()) + " disbursed");
        if (grant.modality() == Modality.DIRECT_CASH_TRANSFER && !heldBefore(grant, open)) {
            // the FACE reports of the cash held run beside the tranches; one cycle covers all the cash, so it starts only
            // when no earlier advance is still being accounted for
            workflow.startCase(GrantLifecycle.FACE_LIQUIDATION_KEY, step.proposalId(), Map.of(
                    GrantLifecycle.VAR_TRANCHE, open.number(),
                    GrantLifecycle.VAR_APPLICANT, step.variable(GrantLifecycle.VAR_APPLICANT)));
        }
        return Map.of();
    }

    private boolean heldBefore(GrantAgreement grant, Tranche released) {
        return facePayments.advances(grant).balance().minus(grants.disbursedFromTranche(grant, released.number())).isPositive();
    }
}
