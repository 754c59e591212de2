package org.m4d.grants.grant.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.Money;

/** One entry of the disbursement ledger of a grant. Entries are never changed or deleted. */
@Entity
@Table(name = "disbursement")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "TENANT_ID", contextProperty = "eclipselink.tenant-id", length = 2)
@NamedQuery(name = "Disbursement.ofGrant",
        query = "SELECT d FROM Disbursement d WHERE d.grantId = :grantId ORDER BY d.recordedAt, d.id")
@NamedQuery(name = "Disbursement.totalOfGrant",
        query = "SELECT COALESCE(SUM(d.amount), 0) FROM Disbursement d WHERE d.grantId = :grantId")
public class Disbursement {

    @Id
    @SequenceGenerator(name = "m4d_seq", sequenceName = "m4d_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "m4d_seq")
    private Long id;

    @Column(name = "grant_id", nullable = false, updatable = false)
    private Long grantId;

    @Column(nullable = false, updatable = false, precision = 19, scale = 3)
    private BigDecimal amount;

    @Column(nullable = false, updatable = false, length = 3)
    private String currency;

    @Column(name = "disbursed_on", nullable = false, updatable = false)
    private LocalDate disbursedOn;

    @Column(nullable = false, updatable = false, length = 100)
    private String reference;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected Disbursement() {
    }

    public Disbursement(long grantId, Money amount, LocalDate disbursedOn, String reference,
                        String recordedBy, Instant recordedAt) {
        if (disbursedOn == null) {
            throw new DomainException("A disbursement needs its date");
        }
        if (reference == null || reference.isBlank()) {
            throw new DomainException("A disbursement needs a payment reference");
        }
        this.grantId = grantId;
        this.amount = amount.amount();
        this.currency = amount.currency();
        this.disbursedOn = disbursedOn;
        this.reference = reference.strip();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long id() {
        return id;
    }

    public Money amount() {
        return Money.of(amount, currency);
    }

    public LocalDate disbursedOn() {
        return disbursedOn;
    }

    public String reference() {
        return reference;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
