package org.m4d.grants.proposal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.Money;

/** A grant proposal of one country team. Owned by its tenant. */
@Entity
@Table(name = "proposal")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "TENANT_ID", contextProperty = "eclipselink.tenant-id", length = 2)
@NamedQuery(name = "Proposal.all", query = "SELECT p FROM Proposal p ORDER BY p.createdAt DESC, p.id DESC")
@NamedQuery(name = "Proposal.withIds", query = "SELECT p FROM Proposal p WHERE p.id IN :ids")
public class Proposal {

    @Id
    @SequenceGenerator(name = "m4d_seq", sequenceName = "m4d_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "m4d_seq")
    private Long id;

    @Column(name = "TENANT_ID", insertable = false, updatable = false)
    private String tenantId;

    @Column(nullable = false, length = 300)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Sector sector;

    @Column(name = "requested_amount", nullable = false, precision = 19, scale = 3)
    private BigDecimal requestedAmount;

    @Column(nullable = false, length = 3)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(name = "lead_actor", nullable = false)
    private LeadActor leadActor;

    /** Local currency units per US dollar, recorded at submission. */
    @Column(name = "usd_rate", precision = 19, scale = 6)
    private BigDecimal usdRate;

    /** Incremented at each submission, so that reviews of an earlier round do not count again. */
    @Column(name = "review_round", nullable = false)
    private int reviewRound;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProposalState state = ProposalState.DRAFT;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Version
    private long version;

    protected Proposal() {
    }

    public Proposal(String title, Sector sector, LeadActor leadActor, Money requested, String createdBy,
                    Instant createdAt) {
        change(title, sector, leadActor, requested);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    private void change(String title, Sector sector, LeadActor leadActor, Money requested) {
        if (title == null || title.isBlank()) {
            throw new DomainException("A proposal needs a title");
        }
        if (sector == null) {
            throw new DomainException("A proposal needs a sector");
        }
        if (leadActor == null) {
            throw new DomainException("A proposal needs its lead actor");
        }
        if (!requested.isPositive()) {
            throw new DomainException("The requested amount must be more than zero");
        }
        if (currency != null && !currency.equals(requested.currency())) {
            throw new DomainException("The amount of this proposal is in " + currency);
        }
        this.title = title.strip();
        this.sector = sector;
        this.leadActor = leadActor;
        this.requestedAmount = requested.amount();
        this.currency = requested.currency();
    }

    /**
     * Submits the draft at the country's current dollar rate; only a grant-eligible country may.
     */
    public void submit(boolean tenantGrantEligible, BigDecimal localUnitsPerUsd, Instant now) {
        if (!tenantGrantEligible) {
            throw new DomainException("This country takes part in knowledge sharing only and cannot submit grant proposals");
        }
        requireState(ProposalState.DRAFT, "submitted");
        if (localUnitsPerUsd == null || localUnitsPerUsd.signum() <= 0) {
            throw new DomainException("No dollar exchange rate is recorded for this country");
        }
        usdRate = localUnitsPerUsd;
        state = ProposalState.SUBMITTED;
        submittedAt = now;
        reviewRound = 1;
    }

    /** The national focal point's endorsement of a proposal led by a local authority. */
    public void endorse(boolean endorsed) {
        requireState(ProposalState.SUBMITTED, "endorsed");
        if (leadActor != LeadActor.LOCAL_AUTHORITY) {
            throw new DomainException("Only proposals led by a local authority need national endorsement");
        }
        if (!endorsed) {
            state = ProposalState.IN_REVISION;
        }
    }

    /** The applicant changes a proposal returned for revision. */
    public void revise(String newTitle, Sector newSector, LeadActor newLeadActor, Money newAmount) {
        requireState(ProposalState.IN_REVISION, "revised");
        change(newTitle, newSector, newLeadActor, newAmount);
    }

    /** The revised proposal goes back into the lifecycle, as a new review round. */
    public void resubmit(Instant now) {
        requireState(ProposalState.IN_REVISION, "resubmitted");
        state = ProposalState.SUBMITTED;
        submittedAt = now;
        reviewRound++;
    }

    public void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** The coordinator's screening decision. */
    public void screen(Decision decision) {
        requireState(ProposalState.SUBMITTED, "screened");
        state = switch (decision) {
            case ACCEPT -> ProposalState.UNDER_REVIEW;
            case REVISE -> ProposalState.IN_REVISION;
            case REJECT -> ProposalState.REJECTED;
        };
    }

    /** Both technical reviews are in. */
    public void reviewsComplete() {
        requireState(ProposalState.UNDER_REVIEW, "sent for approval");
        state = ProposalState.AWAITING_APPROVAL;
    }

    /** The approver's decision. */
    public void decide(Decision decision) {
        requireState(ProposalState.AWAITING_APPROVAL, "decided");
        state = switch (decision) {
            case ACCEPT -> ProposalState.APPROVED;
            case REVISE -> ProposalState.IN_REVISION;
            case REJECT -> ProposalState.REJECTED;
        };
    }

    /** The applicant withdraws the proposal before a decision. */
    public void withdraw() {
        if (!state.withdrawable()) {
            throw new DomainException("A proposal in state " + state + " can no longer be withdrawn");
        }
        state = ProposalState.WITHDRAWN;
    }

    public void markDisbursed() {
        if (state != ProposalState.APPROVED && state != ProposalState.DISBURSED) {
            throw new DomainException("Only an approved proposal can receive disbursements (it is " + state + ")");
        }
        state = ProposalState.DISBURSED;
    }

    /** The grant is closed after its final report. */
    public void close() {
        if (state != ProposalState.APPROVED && state != ProposalState.DISBURSED) {
            throw new DomainException("Only an approved grant can be closed (it is " + state + ")");
        }
        state = ProposalState.CLOSED;
    }

    private void requireState(ProposalState expected, String action) {
        if (state != expected) {
            throw new DomainException("A proposal in state " + state + " cannot be " + action);
        }
    }

    public Long id() {
        return id;
    }

    public String tenantId() {
        return tenantId;
    }

    public String title() {
        return title;
    }

    public Sector sector() {
        return sector;
    }

    public Money requestedAmount() {
        return Money.of(requestedAmount, currency);
    }

    public LeadActor leadActor() {
        return leadActor;
    }

    public BigDecimal usdRate() {
        return usdRate;
    }

    /** The requested amount in US dollars at the recorded rate, rounded to cents; null before submission. */
    public BigDecimal requestedUsd() {
        return usdRate == null ? null : requestedAmount.divide(usdRate, 2, java.math.RoundingMode.HALF_UP);
    }

    public int reviewRound() {
        return reviewRound;
    }

    public ProposalState state() {
        return state;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public String processInstanceId() {
        return processInstanceId;
    }
}
