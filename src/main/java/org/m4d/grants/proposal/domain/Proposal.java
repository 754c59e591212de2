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

    public Proposal(String title, Sector sector, Money requested, String createdBy, Instant createdAt) {
        if (title == null || title.isBlank()) {
            throw new DomainException("A proposal needs a title");
        }
        if (sector == null) {
            throw new DomainException("A proposal needs a sector");
        }
        if (!requested.isPositive()) {
            throw new DomainException("The requested amount must be more than zero");
        }
        this.title = title.strip();
        this.sector = sector;
        this.requestedAmount = requested.amount();
        this.currency = requested.currency();
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Submits the draft; only a grant-eligible country may. */
    public void submit(boolean tenantGrantEligible, Instant now) {
        if (!tenantGrantEligible) {
            throw new DomainException("This country takes part in knowledge sharing only and cannot submit grant proposals");
        }
        requireState(ProposalState.DRAFT, "submitted");
        state = ProposalState.SUBMITTED;
        submittedAt = now;
    }

    public void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** The coordinator's screening decision. */
    public void screen(boolean eligible) {
        requireState(ProposalState.SUBMITTED, "screened");
        state = eligible ? ProposalState.APPROVED : ProposalState.REJECTED;
    }

    public void markDisbursed() {
        if (state != ProposalState.APPROVED && state != ProposalState.DISBURSED) {
            throw new DomainException("Only an approved proposal can receive disbursements (it is " + state + ")");
        }
        state = ProposalState.DISBURSED;
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
