package org.m4d.grants.grant.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.m4d.grants.audit.application.AuditTrail;
import org.m4d.grants.grant.domain.Disbursement;
import org.m4d.grants.grant.domain.GrantAgreement;
import org.m4d.grants.grant.domain.GrantRepository;
import org.m4d.grants.identity.application.Access;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.Money;
import org.m4d.grants.proposal.application.ProposalService;
import org.m4d.grants.workflow.application.Workflow;
import org.m4d.grants.workflow.domain.GrantLifecycle;
import org.m4d.grants.workflow.domain.TaskView;

/** Use cases of grant agreements and their disbursement ledgers. Each public method is one transaction. */
@ApplicationScoped
@Transactional
public class GrantService {

    @Inject
    GrantRepository grants;

    @Inject
    ProposalService proposals;

    @Inject
    Access access;

    @Inject
    AuditTrail audit;

    @Inject
    Workflow workflow;

    /** Called by the workflow once a proposal is approved; idempotent if the step is retried. */
    public void createAgreement(String tenantCode, long proposalId, String approvedBy) {
        if (grants.findByProposal(tenantCode, proposalId).isPresent()) {
            return;
        }
        Money amount = proposals.requestedAmount(tenantCode, proposalId);
        grants.store(tenantCode, new GrantAgreement(proposalId, amount, approvedBy, Instant.now()));
        audit.record(tenantCode, approvedBy, "GRANT_AGREEMENT_CREATED", ProposalService.SUBJECT, proposalId, null, null,
                "Approved amount " + amount);
    }

    /**
     * Records a disbursement from a Record disbursement task and completes the task. The grant row
     * is locked first, so concurrent disbursements cannot together exceed the approved amount.
     */
    public void recordDisbursement(@NotNull String tenantCode, @NotNull String taskId,
                                   @NotNull @Valid DisbursementEntry entry) {
        access.requireRole(tenantCode, Role.FINANCE);
        TaskView task = workflow.task(tenantCode, taskId);
        GrantAgreement grant = grants.lockByProposal(tenantCode, task.proposalId())
                .orElseThrow(() -> new DomainException("This proposal has no grant agreement yet"));
        Money amount = Money.of(entry.amount(), grant.approved().currency());
        grant.checkDisbursable(grants.disbursedTotal(tenantCode, grant), amount);
        grants.append(tenantCode, new Disbursement(grant.id(), amount, entry.date(), entry.reference(),
                access.username(), Instant.now()));
        audit.record(tenantCode, access.username(), "DISBURSEMENT_RECORDED", ProposalService.SUBJECT, task.proposalId(),
                null, null, amount + " on " + entry.date() + ", reference " + entry.reference().strip());
        proposals.markDisbursed(tenantCode, task.proposalId(), access.username());
        workflow.complete(tenantCode, taskId, GrantLifecycle.RECORD_DISBURSEMENT, Map.of());
    }

    /** The grant of a proposal with its ledger, if the proposal has been approved. */
    public Optional<GrantView> ofProposal(@NotNull String tenantCode, long proposalId) {
        access.requireMember(tenantCode);
        return grants.findByProposal(tenantCode, proposalId)
                .map(g -> new GrantView(g, grants.ledger(tenantCode, g), grants.disbursedTotal(tenantCode, g)));
    }
}
