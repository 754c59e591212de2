package org.m4d.grants.grant.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.Money;
import org.m4d.grants.platform.domain.TenantOwned;

/** The approved grant of a proposal: the ceiling for every disbursement. */
@Entity
@Table(name = "grant_agreement")
@NamedQuery(name = "GrantAgreement.byProposal",
        query = "SELECT g FROM GrantAgreement g WHERE g.proposalId = :proposalId")
@NamedQuery(name = "GrantAgreement.all",
        query = "SELECT g FROM GrantAgreement g ORDER BY g.approvedAt DESC, g.id DESC")
public class GrantAgreement extends TenantOwned {

    @Column(name = "proposal_id", nullable = false, unique = true)
    private Long proposalId;

    @Column(name = "approved_amount", nullable = false, precision = 19, scale = 3)
    private BigDecimal approvedAmount;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "approved_by", nullable = false)
    private String approvedBy;

    @Column(name = "approved_at", nullable = false)
    private Instant approvedAt;

    /** Local currency units per US dollar when the grant was approved. */
    @Column(name = "usd_rate", precision = 19, scale = 6)
    private BigDecimal usdRate;

    @Enumerated(EnumType.STRING)
    private Modality modality;

    @Column(name = "advance_requests", nullable = false)
    private boolean advanceRequests;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.AGREED;

    /** The end date in force: the proposal's at approval, later that of the latest extension. */
    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private long version;

    /** Agreed at approval, planned once finance sets the tranches, closed at the end. */
    public enum Status {
        AGREED, PLANNED, CLOSED
    }

    protected GrantAgreement() {
    }

    public GrantAgreement(long proposalId, Money approved, BigDecimal localUnitsPerUsd, String approvedBy,
                          Instant approvedAt) {
        if (!approved.isPositive()) {
            throw new DomainException("The approved amount must be more than zero")
                    .withKey("error.grant.approvedPositive");
        }
        this.usdRate = localUnitsPerUsd;
        this.proposalId = proposalId;
        this.approvedAmount = approved.amount();
        this.currency = approved.currency();
        this.approvedBy = approvedBy;
        this.approvedAt = approvedAt;
    }

    /**
     * Checks that {@code amount} may be disbursed on top of {@code alreadyDisbursed}: positive, in
     * the grant's currency, and keeping the total within the approved amount.
     */
    public void checkDisbursable(Money alreadyDisbursed, Money amount) {
        if (!amount.currency().equals(currency)) {
            throw new DomainException("Disbursements of this grant are in " + currency + ", not " + amount.currency())
                    .withKey("error.grant.currency", currency);
        }
        if (!amount.isPositive()) {
            throw new DomainException("A disbursement must be more than zero").withKey("error.disbursement.positive");
        }
        Money total = alreadyDisbursed.plus(amount);
        if (total.compareTo(approved()) > 0) {
            throw new DomainException("Disbursing " + amount + " would bring the total to " + total
                    + ", above the approved " + approved() + "; at most " + approved().minus(alreadyDisbursed)
                    + " remains")
                    .withKey("error.grant.overDisbursed", amount, approved(), approved().minus(alreadyDisbursed));
        }
    }

    /** Sets how the money is transferred and splits the approved amount into tranches; once. */
    public java.util.List<Tranche> plan(Modality transferModality, java.util.List<BigDecimal> percentages) {
        if (status != Status.AGREED) {
            throw new DomainException("The tranche plan of this grant is already set")
                    .withKey("error.grant.planAlreadySet");
        }
        if (transferModality == null) {
            throw new DomainException("Choose the cash-transfer modality").withKey("error.grant.modalityRequired");
        }
        modality = transferModality;
        advanceRequests = transferModality == Modality.DIRECT_CASH_TRANSFER;
        java.util.List<Tranche> tranches = TranchePlan.split(id(), approved(), percentages);
        status = Status.PLANNED;
        return tranches;
    }

    /** The end date agreed at approval: the proposal's. */
    public void runsUntil(LocalDate end) {
        endDate = end;
    }

    /**
     * Puts an approved amendment's terms in force: from then on every disbursement is checked
     * against the new amount. The caller holds the grant's lock, so no disbursement interleaves.
     */
    public void amend(Money newApproved, LocalDate newEndDate) {
        if (status == Status.CLOSED) {
            throw new DomainException("The grant is closed; it can no longer be amended").withKey("error.grant.closed");
        }
        if (!newApproved.isPositive()) {
            throw new DomainException("The approved amount must be more than zero")
                    .withKey("error.grant.approvedPositive");
        }
        approvedAmount = Money.of(newApproved.amount(), currency).amount();
        endDate = newEndDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    public void close(Instant now) {
        if (status != Status.PLANNED) {
            throw new DomainException("Only a grant under way can be closed").withKey("error.grant.notUnderWay");
        }
        status = Status.CLOSED;
        closedAt = now;
    }

    /** Whether the grant is closed: closing it accepted its final report. */
    public boolean closed() {
        return status == Status.CLOSED;
    }

    /** When the grant was closed; null while it runs. */
    public Instant closedAt() {
        return closedAt;
    }

    public BigDecimal usdRate() {
        return usdRate;
    }

    /** The approved amount in US dollars at the rate of approval. */
    public BigDecimal approvedUsd() {
        return usdRate == null ? null : approvedAmount.divide(usdRate, 2, java.math.RoundingMode.HALF_UP);
    }

    public Modality modality() {
        return modality;
    }

    /**
     * Whether each advance is requested on a FACE form and authorised before it is paid: every
     * direct cash transfer planned since that step exists. One planned before keeps paying its
     * advances as its running process does, which has no such step.
     */
    public boolean requestsAdvances() {
        return advanceRequests;
    }

    public Status status() {
        return status;
    }

    public long proposalId() {
        return proposalId;
    }

    public Money approved() {
        return Money.of(approvedAmount, currency);
    }

    public String approvedBy() {
        return approvedBy;
    }

    public Instant approvedAt() {
        return approvedAt;
    }
}
