package org.m4d.grants.grant.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.m4d.grants.audit.application.AuditTrail;
import org.m4d.grants.grant.domain.Disbursement;
import org.m4d.grants.grant.domain.GrantAgreement;
import org.m4d.grants.grant.domain.GrantRepository;
import org.m4d.grants.identity.application.Access;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.platform.domain.ConflictException;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.NotFoundException;
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
        if (!GrantLifecycle.RECORD_DISBURSEMENT.equals(task.key())) {
            throw new ConflictException("This task is a " + task.name() + ", not the step you submitted");
        }
        append(tenantCode, task.proposalId(), entry, null);
        workflow.complete(tenantCode, taskId, GrantLifecycle.RECORD_DISBURSEMENT, Map.of());
    }

    /**
     * Records a disbursement of an approved grant outside a task. A request repeated with the same
     * idempotency key records once and returns the first entry.
     */
    public Disbursement disburse(@NotNull String tenantCode, long proposalId, @NotNull @Valid DisbursementEntry entry,
                                 @Size(max = 100, message = "The idempotency key can have at most 100 characters")
                                 String idempotencyKey) {
        access.requireRole(tenantCode, Role.FINANCE);
        return append(tenantCode, proposalId, entry, idempotencyKey);
    }

    /** Corrects an entry by a reversal entry that refers to it; the entry itself is never changed. */
    public Disbursement reverse(@NotNull String tenantCode, long proposalId, long entryId,
                                @Size(max = 1000, message = "The reason can have at most 1000 characters") String reason) {
        access.requireRole(tenantCode, Role.FINANCE);
        GrantAgreement grant = lockedGrant(tenantCode, proposalId);
        Disbursement original = grants.entry(tenantCode, entryId).filter(d -> d.grantId() == grant.id())
                .orElseThrow(() -> new NotFoundException("Ledger entry"));
        if (grants.reversalOf(tenantCode, entryId).isPresent()) {
            throw new ConflictException("This entry has already been reversed");
        }
        Disbursement reversal = original.reverse(reason, access.username(), Instant.now());
        grants.append(tenantCode, reversal);
        audit.record(tenantCode, access.username(), "DISBURSEMENT_REVERSED", ProposalService.SUBJECT, proposalId,
                null, null, original.amount() + " (" + original.reference() + ") reversed: " + reason);
        return reversal;
    }

    /** The ledger step shared by the task and the API: lock the grant, check the ceiling, append. */
    private Disbursement append(String tenantCode, long proposalId, DisbursementEntry entry, String idempotencyKey) {
        GrantAgreement grant = lockedGrant(tenantCode, proposalId);
        if (idempotencyKey != null) {
            Optional<Disbursement> earlier = grants.byIdempotencyKey(tenantCode, idempotencyKey);
            if (earlier.isPresent()) {
                if (earlier.get().grantId() != grant.id()) {
                    throw new ConflictException("This idempotency key was used for another grant");
                }
                return earlier.get();
            }
        }
        Money amount = Money.of(entry.amount(), grant.approved().currency());
        grant.checkDisbursable(grants.disbursedTotal(tenantCode, grant), amount);
        Disbursement disbursement = new Disbursement(grant.id(), amount, entry.date(), entry.reference(),
                access.username(), Instant.now(), idempotencyKey);
        grants.append(tenantCode, disbursement);
        audit.record(tenantCode, access.username(), "DISBURSEMENT_RECORDED", ProposalService.SUBJECT, proposalId,
                null, null, amount + " on " + entry.date() + ", reference " + entry.reference().strip());
        proposals.markDisbursed(tenantCode, proposalId, access.username());
        return disbursement;
    }

    private GrantAgreement lockedGrant(String tenantCode, long proposalId) {
        return grants.lockByProposal(tenantCode, proposalId)
                .orElseThrow(() -> new DomainException("This proposal has no grant agreement yet"));
    }

    /** The grant of a proposal with its ledger, if the proposal has been approved. */
    public Optional<GrantView> ofProposal(@NotNull String tenantCode, long proposalId) {
        access.requireMember(tenantCode);
        return grants.findByProposal(tenantCode, proposalId)
                .map(g -> new GrantView(g, grants.ledger(tenantCode, g), grants.disbursedTotal(tenantCode, g)));
    }
}
