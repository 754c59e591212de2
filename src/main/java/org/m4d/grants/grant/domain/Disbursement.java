package org.m4d.grants.grant.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.Money;
import org.m4d.grants.platform.domain.TenantOwned;

/** One entry of the disbursement ledger of a grant. Entries are never changed or deleted. */
@Entity
@Table(name = "disbursement")
@NamedQuery(name = "Disbursement.ofGrant",
        query = "SELECT d FROM Disbursement d WHERE d.grantId = :grantId ORDER BY d.recordedAt, d.id")
@NamedQuery(name = "Disbursement.totalOfGrant",
        query = "SELECT COALESCE(SUM(d.amount), 0) FROM Disbursement d WHERE d.grantId = :grantId")
@NamedQuery(name = "Disbursement.totalsByGrant",
        query = "SELECT d.grantId, SUM(d.amount) FROM Disbursement d GROUP BY d.grantId")
@NamedQuery(name = "Disbursement.totalOfTranche",
        query = "SELECT COALESCE(SUM(d.amount), 0) FROM Disbursement d WHERE d.grantId = :grantId AND d.trancheNumber = :tranche")
@NamedQuery(name = "Disbursement.byKey",
        query = "SELECT d FROM Disbursement d WHERE d.idempotencyKey = :key")
@NamedQuery(name = "Disbursement.reversalOf",
        query = "SELECT d FROM Disbursement d WHERE d.reversesId = :id")
public class Disbursement extends TenantOwned {

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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind = Kind.DISBURSEMENT;

    /** The entry a reversal corrects. */
    @Column(name = "reverses_id", updatable = false)
    private Long reversesId;

    @Column(updatable = false, length = 1000)
    private String reason;

    @Column(name = "idempotency_key", updatable = false, length = 100)
    private String idempotencyKey;

    @Column(name = "tranche_number", updatable = false)
    private Integer trancheNumber;

    /** Who a direct payment went to, and the invoice it paid; null for payments to the partner. */
    @Column(updatable = false, length = 200)
    private String vendor;

    @Column(name = "invoice_reference", updatable = false, length = 100)
    private String invoiceReference;

    /** Units of the currency per US dollar on the entry's date; a reversal keeps the rate of what it corrects. */
    @Column(name = "usd_rate", updatable = false, precision = 19, scale = 6)
    private BigDecimal usdRate;

    /** A payment, or the reversal of one: the ledger is corrected only by new entries. */
    public enum Kind {
        DISBURSEMENT, REVERSAL
    }

    protected Disbursement() {
    }

    public Disbursement(long grantId, int trancheNumber, Money amount, LocalDate disbursedOn, String reference,
                        String recordedBy, Instant recordedAt, String idempotencyKey) {
        this(grantId, amount, disbursedOn, reference, recordedBy, recordedAt);
        this.trancheNumber = trancheNumber;
        this.idempotencyKey = idempotencyKey;
    }

    public Disbursement(long grantId, Money amount, LocalDate disbursedOn, String reference,
                        String recordedBy, Instant recordedAt) {
        if (disbursedOn == null) {
            throw new DomainException("A disbursement needs its date").withKey("error.disbursement.dateRequired");
        }
        if (reference == null || reference.isBlank()) {
            throw new DomainException("A disbursement needs a payment reference")
                    .withKey("error.disbursement.referenceRequired");
        }
        this.grantId = grantId;
        this.amount = amount.amount();
        this.currency = amount.currency();
        this.disbursedOn = disbursedOn;
        this.reference = reference.strip();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /**
     * Whether a retried request asks for exactly this entry (amount by value, so 20000 and 20000.00
     * are the same), which is what lets an idempotency key replay it rather than refuse it.
     */
    public boolean records(BigDecimal amount, LocalDate date, String reference) {
        return amount != null && this.amount.compareTo(amount) == 0 && disbursedOn.equals(date)
                && reference != null && this.reference.equals(reference.strip());
    }

    /** The reversal of this entry: the same amount taken back, referring to it. */
    public Disbursement reverse(String why, String by, Instant at) {
        if (kind == Kind.REVERSAL) {
            throw new DomainException("A reversal cannot itself be reversed; record a new disbursement instead")
                    .withKey("error.disbursement.reverseReversal");
        }
        if (why == null || why.isBlank()) {
            throw new DomainException("Give the reason for the reversal").withKey("error.disbursement.reversalReason");
        }
        Disbursement reversal = new Disbursement(grantId, Money.of(amount.negate(), currency), at.atZone(java.time.ZoneOffset.UTC)
                .toLocalDate(), "Reversal of " + reference, by, at);
        reversal.kind = Kind.REVERSAL;
        reversal.trancheNumber = trancheNumber;
        reversal.reversesId = id();
        reversal.reason = why.strip();
        reversal.usdRate = usdRate;
        return reversal;
    }

    /** Marks a new entry as the direct payment of a vendor's invoice, before it is appended. */
    public Disbursement paying(String vendorName, String invoice) {
        if (id() != null) {
            throw new IllegalStateException("A recorded entry never changes");
        }
        this.vendor = vendorName;
        this.invoiceReference = invoice;
        return this;
    }

    /**
     * Records the dollar rate of the entry's date on a new entry, before it is appended; null when
     * no rate was in force then, and the entry has no dollar value.
     */
    public Disbursement converting(BigDecimal localUnitsPerUsd) {
        if (id() != null) {
            throw new IllegalStateException("A recorded entry never changes");
        }
        this.usdRate = localUnitsPerUsd;
        return this;
    }

    public BigDecimal usdRate() {
        return usdRate;
    }

    /** The entry in US dollars to the cent at its own rate, or null without one. */
    public BigDecimal usdAmount() {
        return usdRate == null || usdRate.signum() <= 0 ? null : amount.divide(usdRate, 2, RoundingMode.HALF_UP);
    }

    public String vendor() {
        return vendor;
    }

    public String invoiceReference() {
        return invoiceReference;
    }

    public Integer trancheNumber() {
        return trancheNumber;
    }

    public Kind kind() {
        return kind;
    }

    public Long reversesId() {
        return reversesId;
    }

    public String reason() {
        return reason;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public long grantId() {
        return grantId;
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
