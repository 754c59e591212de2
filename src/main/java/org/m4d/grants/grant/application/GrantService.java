package org.m4d.grants.grant.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.m4d.grants.audit.application.AuditTrail;
import org.m4d.grants.grant.domain.Disbursement;
import org.m4d.grants.grant.domain.FaceDocument;
import org.m4d.grants.grant.domain.GrantAgreement;
import org.m4d.grants.grant.domain.GrantRepository;
import org.m4d.grants.grant.domain.Tranche;
import org.m4d.grants.identity.application.Access;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.platform.domain.ConflictException;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.ForbiddenException;
import org.m4d.grants.platform.domain.Money;
import org.m4d.grants.platform.domain.NotFoundException;
import org.m4d.grants.proposal.application.ProposalService;
import org.m4d.grants.tenancy.application.UsdRates;
import org.m4d.grants.tenancy.domain.TenantRepository;
import org.m4d.grants.platform.application.TenantContext;

/**
 * Use cases of grant agreements, tranches and the disbursement ledger. Each public method is one
 * transaction. The grant row is locked before the ledger is read, so concurrent disbursements
 * cannot together exceed a tranche or the grant.
 */
@ApplicationScoped
@Transactional
public class GrantService {

    @Inject
    GrantRepository grants;

    @Inject
    TenantContext context;

    @Inject
    Event<DisbursementRecorded> disbursements;

    @Inject
    ProposalService proposals;

    @Inject
    Access access;

    @Inject
    AuditTrail audit;

    @Inject
    TenantRepository tenants;

    @Inject
    UsdRates usdRates;

    @Inject
    ReleaseGates gates;

    @Inject
    FacePayments facePayments;

    /** Called by the workflow once a proposal is approved; idempotent if the step is retried. */
    public void createAgreement(long proposalId, String approvedBy) {
        if (grants.findByProposal(proposalId).isPresent()) {
            return;
        }
        Money amount = proposals.requestedAmount(proposalId);
        Instant approvedAt = Instant.now();
        LocalDate approvedOn = LocalDate.ofInstant(approvedAt, tenants.find(context.current())
                .orElseThrow(() -> new NotFoundException("Country")).zone());
        GrantAgreement grant = new GrantAgreement(proposalId, amount,
                usdRates.rateOn(amount.currency(), approvedOn).orElse(null), approvedBy, approvedAt);
        grant.runsUntil(proposals.proposal(proposalId).profile().endDate());
        grants.store(grant);
        audit.record(approvedBy, "GRANT_AGREEMENT_CREATED", ProposalService.SUBJECT, proposalId, null, null,
                "Approved amount " + amount + " (USD " + grant.approvedUsd() + ")");
    }

    /** Called by the workflow: the numbers of the grant's tranches, for the tranche cycle. */
    public List<Integer> trancheNumbers(long proposalId) {
        GrantAgreement grant = grant(proposalId);
        return grants.tranches(grant).stream().map(Tranche::number).toList();
    }

    /** Called by the workflow when a tranche may be disbursed: its reports (if any) are accepted. */
    public void openTranche(long proposalId, int number) {
        GrantAgreement grant = lockedGrant(proposalId);
        tranche(grant, number).open(Instant.now());
        audit.record("system", "TRANCHE_OPENED", ProposalService.SUBJECT, proposalId, null, null,
                "Tranche " + number);
    }

    /**
     * Records a disbursement from the open tranche. A request repeated with the same idempotency key
     * records once and returns the first entry.
     */
    public Disbursement disburse(long proposalId, @NotNull @Valid DisbursementEntry entry,
                                 @Size(max = 100, message = "{m4d.idempotencyKey.size}")
                                 String idempotencyKey) {
        access.requireRole(Role.FINANCE);
        return append(proposalId, entry, idempotencyKey);
    }

    /** Corrects an entry by a reversal entry that refers to it; the entry itself is never changed. */
    public Disbursement reverse(long proposalId, long entryId,
                                @Size(max = 1000, message = "{m4d.reason.size}") String reason) {
        access.requireRole(Role.FINANCE);
        GrantAgreement grant = lockedGrant(proposalId);
        if (grant.status() == GrantAgreement.Status.CLOSED) {
            throw new DomainException("The grant is closed; its ledger can no longer change")
                    .withKey("error.grant.closed");
        }
        Disbursement original = grants.entry(entryId).filter(d -> d.grantId() == grant.id())
                .orElseThrow(() -> new NotFoundException("Ledger entry"));
        if (grants.reversalOf(entryId).isPresent()) {
            throw new ConflictException("This entry has already been reversed")
                    .withKey("error.disbursement.alreadyReversed");
        }
        Disbursement reversal = original.reverse(reason, access.username(), Instant.now());
        grants.append(reversal);
        audit.record(access.username(), "DISBURSEMENT_REVERSED", ProposalService.SUBJECT, proposalId,
                null, null, original.amount() + " (" + original.reference() + ") reversed: " + reason);
        return reversal;
    }

    /**
     * The grant of a proposal with its tranches, ledger and reports, once approved; for those who
     * read the finance ledger and the applicant who owns the proposal (403 for the others).
     */
    public Optional<GrantView> ofProposal(long proposalId) {
        if (!proposals.visibility(proposalId).readsGrant()) {
            throw new ForbiddenException("The grant is read by finance, coordinators, the programme unit, observers"
                    + " and the applicant who owns it");
        }
        return grants.findByProposal(proposalId).map(g -> view(g));
    }

    GrantView view(GrantAgreement g) {
        return new GrantView(g, grants.tranches(g), grants.ledger(g), grants.reports(g),
                grants.disbursedTotal(g));
    }

    /** The ledger step: lock the grant, check the open tranche and the grant ceiling, append. */
    private Disbursement append(long proposalId, DisbursementEntry entry, String idempotencyKey) {
        GrantAgreement grant = lockedGrant(proposalId);
        if (idempotencyKey != null) {
            Optional<Disbursement> earlier = grants.byIdempotencyKey(idempotencyKey);
            if (earlier.isPresent()) {
                if (earlier.get().grantId() != grant.id()) {
                    throw new ConflictException("This idempotency key was used for another grant")
                            .withKey("error.disbursement.keyReused");
                }
                if (!earlier.get().records(entry.amount(), entry.date(), entry.reference())) {
                    throw new DomainException("This Idempotency-Key was used for a different disbursement;"
                            + " a new disbursement needs a new key").withKey("error.disbursement.keyReusedOtherBody");
                }
                return earlier.get();
            }
        }
        Money amount = Money.of(entry.amount(), grant.approved().currency());
        Tranche tranche = openTranche(grant);
        gates.check(proposalId);
        tranche.checkDisbursable(grants.disbursedFromTranche(grant, tranche.number()), amount);
        grant.checkDisbursable(grants.disbursedTotal(grant), amount);
        Optional<FaceDocument> vendorRequest = facePayments.checkPayment(grant, tranche, amount);
        BigDecimal usdRate = usdRates.rateOn(amount.currency(), entry.date()).orElseThrow(() -> new DomainException(
                "No dollar rate of " + amount.currency() + " is in force on " + entry.date()
                        + "; finance or the programme unit enter one on the rates page")
                .withKey("error.disbursement.noRate", amount.currency(), String.valueOf(entry.date())));
        Disbursement disbursement = new Disbursement(grant.id(), tranche.number(), amount, entry.date(),
                entry.reference(), access.username(), Instant.now(), idempotencyKey).converting(usdRate);
        vendorRequest.ifPresent(r -> disbursement.paying(r.vendor(), r.invoiceReference()));
        grants.append(disbursement);
        audit.record(access.username(), "DISBURSEMENT_RECORDED", ProposalService.SUBJECT, proposalId,
                null, null, amount + " from tranche " + tranche.number() + " on " + entry.date() + ", reference "
                        + entry.reference().strip()
                        + vendorRequest.map(r -> ", paid to " + r.vendor() + " for invoice " + r.invoiceReference()).orElse(""));
        proposals.markDisbursed(proposalId, access.username());
        disbursements.fire(new DisbursementRecorded(context.current(), proposalId, tranche.number(), access.username()));
        return disbursement;
    }

    Tranche openTranche(GrantAgreement grant) {
        return grants.tranches(grant).stream().filter(t -> t.status() == Tranche.Status.OPEN).findFirst()
                .orElseThrow(() -> new DomainException("No tranche of this grant is open for disbursement: a tranche"
                        + " opens when the plan is set (the first) or when its reports are accepted (the others)")
                        .withKey("error.tranche.noneOpen"));
    }

    private Tranche tranche(GrantAgreement grant, int number) {
        return grants.tranches(grant).stream().filter(t -> t.number() == number).findFirst()
                .orElseThrow(() -> new NotFoundException("Tranche " + number));
    }

    GrantAgreement grant(long proposalId) {
        return grants.findByProposal(proposalId).orElseThrow(() -> new NotFoundException("Grant"));
    }

    GrantAgreement lockedGrant(long proposalId) {
        return grants.lockByProposal(proposalId).orElseThrow(() -> new NotFoundException("Grant"));
    }
}
