package org.m4d.grants.grant.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.m4d.grants.audit.application.AuditTrail;
import org.m4d.grants.grant.domain.GrantAgreement;
import org.m4d.grants.grant.domain.GrantRepository;
import org.m4d.grants.grant.domain.Tranche;
import org.m4d.grants.identity.application.Access;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.proposal.application.ProposalService;
import org.m4d.grants.workflow.application.TaskHandler;
import org.m4d.grants.workflow.application.TaskStep;
import org.m4d.grants.workflow.domain.GrantLifecycle;

/**
 * Finance sets the cash-transfer modality, one the partner's risk rating allows, and splits the
 * approved amount into tranches.
 */
@ApplicationScoped
public class SetTranchePlan implements TaskHandler<TranchePlanPayload> {

    @Inject
    Access access;

    @Inject
    GrantService grantService;

    @Inject
    GrantRepository grants;

    @Inject
    AuditTrail audit;

    @Inject
    AllowedModalities modalities;

    @Override
    public String taskKey() {
        return GrantLifecycle.SET_TRANCHE_PLAN;
    }

    @Override
    public Class<TranchePlanPayload> payloadType() {
        return TranchePlanPayload.class;
    }

    @Override
    public void authorize(TaskStep step) {
        access.requireRole(Role.FINANCE);
    }

    @Override
    public Map<String, Object> apply(TaskStep step, TranchePlanPayload plan) {
        GrantAgreement grant = grantService.lockedGrant(step.proposalId());
        modalities.check(step.proposalId(), plan.modality());
        List<Tranche> tranches = grant.plan(plan.modality(), plan.percentages());
        tranches.forEach(grants::store);
        audit.record(access.username(), "TRANCHE_PLAN_SET", ProposalService.SUBJECT, step.proposalId(), null, null,
                plan.modality().label() + "; " + String.join(" / ", tranches.stream()
                        .map(t -> t.amount(grant.approved().currency()).toString()).toList()));
        return Map.of(GrantLifecycle.VAR_MODALITY, plan.modality().name());
    }
}
