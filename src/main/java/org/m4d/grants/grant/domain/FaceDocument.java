package org.m4d.grants.grant.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.Money;
import org.m4d.grants.platform.domain.TenantOwned;

/**
 * A FACE form (Funding Authorization and Certificate of Expenditures) of one tranche: the
 * partner's certified expenditure of a period per budget line against the amount authorised,
 * which finance accepts all or part of; or, for a direct payment, the partner's request to pay a
 * named vendor. Once accepted it never changes.
 */
@Entity
@Table(name = "face_document")
@NamedQuery(name = "FaceDocument.ofGrant",
        query = "SELECT f FROM FaceDocument f WHERE f.grantId = :grantId ORDER BY f.trancheNumber, f.submittedAt, f.id")
public class FaceDocument extends TenantOwned {

    /**
     * An advance's liquidation (direct cash transfer), a reimbursement claim, a direct payment
     * request, or the request of a tranche's advance (direct cash transfer).
     */
    public enum Kind {
        ADVANCE, REIMBURSEMENT, DIRECT_PAYMENT, ADVANCE_REQUEST
    }

    /**
     * Reported (certified) or requested by the partner, then accepted by finance; an advance
     * request is authorised instead.
     */
    public enum Status {
        REPORTED, REQUESTED, ACCEPTED, AUTHORISED
    }

    @Column(name = "grant_id", nullable = false, updatable = false)
    private long grantId;

    @Column(name = "tranche_number", nullable = false, updatable = false)
    private int trancheNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "period_start", nullable = false, updatable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false, updatable = false)
    private LocalDate periodEnd;

    /** The ceiling of the expenditure or request: the funds the partner holds, or what the tranche leaves. */
    @Column(name = "authorised_amount", nullable = false, updatable = false, precision = 19, scale = 3)
    private BigDecimal authorisedAmount;

    @Column(nullable = false, updatable = false, length = 3)
    private String currency;

    @Column(updatable = false, length = 200)
    private String vendor;

    @Column(name = "invoice_reference", updatable = false, length = 100)
    private String invoiceReference;

    @Column(name = "submitted_by", nullable = false, updatable = false)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "accepted_by")
    private String acceptedBy;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @ElementCollection
    @CollectionTable(name = "face_line", joinColumns = @JoinColumn(name = "document_id"))
    @OrderColumn(name = "line_no")
    private List<FaceLine> lines = new ArrayList<>();

    @Version
    private long version;

    protected FaceDocument() {
    }

    private FaceDocument(long grantId, int trancheNumber, Kind kind, LocalDate periodStart, LocalDate periodEnd,
                         Money authorised, List<FaceLine> lines, String by, Instant at) {
        if (periodStart == null || periodEnd == null) {
            throw new DomainException("Give the period the form covers").withKey("error.face.periodRequired");
        }
        if (periodEnd.isBefore(periodStart)) {
            throw new DomainException("The period ends on " + periodEnd + ", before it starts on " + periodStart)
                    .withKey("error.face.periodOrder", periodStart, periodEnd);
        }
        if (lines == null || lines.isEmpty()) {
            throw new DomainException("Give at least one budget line").withKey("error.face.noLines");
        }
        this.grantId = grantId;
        this.trancheNumber = trancheNumber;
        this.kind = kind;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.authorisedAmount = authorised.amount();
        this.currency = authorised.currency();
        this.lines = new ArrayList<>(lines);
        this.submittedBy = by;
        this.submittedAt = at;
        Money total = total();
        if (total.compareTo(authorised) > 0) {
            throw new DomainException("The lines add up to " + total + ", above the " + authorised + " authorised")
                    .withKey("error.face.aboveAuthorised", total, authorised);
        }
    }

    /**
     * The partner certifies the period's expenditure of an advance or of a reimbursement claim,
     * which may not add up to more than {@code authorised}.
     */
    public static FaceDocument certify(long grantId, int tranche, Kind kind, LocalDate periodStart, LocalDate periodEnd,
                                       Money authorised, List<FaceLine> lines, String by, Instant at) {
        if (kind == Kind.DIRECT_PAYMENT) {
            throw new IllegalArgumentException("A direct payment is requested, not certified");
        }
        FaceDocument document = new FaceDocument(grantId, tranche, kind, periodStart, periodEnd, authorised, lines, by, at);
        document.status = Status.REPORTED;
        return document;
    }

    /** The partner asks the agency to pay a named vendor's invoice, within what the tranche leaves. */
    public static FaceDocument paymentRequest(long grantId, int tranche, LocalDate periodStart, LocalDate periodEnd,
                                              Money leftInTranche, String vendor, String invoiceReference,
                                              List<FaceLine> lines, String by, Instant at) {
        if (vendor == null || vendor.isBlank() || invoiceReference == null || invoiceReference.isBlank()) {
            throw new DomainException("A direct payment needs the vendor and the invoice reference")
                    .withKey("error.face.vendorRequired");
        }
        FaceDocument document = new FaceDocument(grantId, tranche, Kind.DIRECT_PAYMENT, periodStart, periodEnd,
                leftInTranche, lines, by, at);
        if (!document.total().isPositive()) {
            throw new DomainException("A payment request must be for more than zero").withKey("error.face.requestPositive");
        }
        document.vendor = vendor.strip();
        document.invoiceReference = invoiceReference.strip();
        document.status = Status.REQUESTED;
        return document;
    }

    /**
     * The partner requests a tranche's advance (direct cash transfer): the period and the amount
     * per budget line, within what the tranche leaves.
     */
    public static FaceDocument advanceRequest(long grantId, int tranche, LocalDate periodStart, LocalDate periodEnd,
                                              Money leftInTranche, List<FaceLine> lines, String by, Instant at) {
        FaceDocument document = new FaceDocument(grantId, tranche, Kind.ADVANCE_REQUEST, periodStart, periodEnd,
                leftInTranche, lines, by, at);
        if (!document.total().isPositive()) {
            throw new DomainException("An advance request must be for more than zero")
                    .withKey("error.face.advanceRequestPositive");
        }
        document.status = Status.REQUESTED;
        return document;
    }

    /** Finance accepts all or part of each line's certified expenditure, in the lines' order. */
    public void accept(List<BigDecimal> amounts, String by, Instant at) {
        if (status != Status.REPORTED) {
            throw new DomainException("This FACE report is not waiting for acceptance").withKey("error.face.notReported");
        }
        if (!everyLine(amounts)) {
            throw new DomainException("Give the accepted amount of each of the " + lines.size() + " lines")
                    .withKey("error.face.acceptEveryLine", lines.size());
        }
        for (int i = 0; i < lines.size(); i++) {
            lines.get(i).accept(Money.of(amounts.get(i), currency), currency);
        }
        decided(Status.ACCEPTED, by, at);
    }

    /**
     * Finance authorises all or part of each line of an advance request, in the lines' order; at
     * least something, or the tranche could never be paid.
     */
    public void authorise(List<BigDecimal> amounts, String by, Instant at) {
        if (kind != Kind.ADVANCE_REQUEST || status != Status.REQUESTED) {
            throw new DomainException("This FACE form is not an advance request waiting for authorisation")
                    .withKey("error.face.notRequested");
        }
        if (!everyLine(amounts)) {
            throw new DomainException("Give the authorised amount of each of the " + lines.size() + " lines")
                    .withKey("error.face.authoriseEveryLine", lines.size());
        }
        List<Money> parts = amounts.stream().map(amount -> Money.of(amount, currency)).toList();
        for (int i = 0; i < lines.size(); i++) {
            lines.get(i).checkAuthorisation(parts.get(i), currency);
        }
        if (parts.stream().noneMatch(Money::isPositive)) {
            throw new DomainException("Authorise more than zero: an advance of nothing cannot be paid")
                    .withKey("error.face.authorisePositive");
        }
        for (int i = 0; i < lines.size(); i++) {
            lines.get(i).authorise(parts.get(i), currency);
        }
        decided(Status.AUTHORISED, by, at);
    }

    private boolean everyLine(List<BigDecimal> amounts) {
        return amounts != null && amounts.size() == lines.size() && amounts.stream().noneMatch(java.util.Objects::isNull);
    }

    private void decided(Status decision, String by, Instant at) {
        status = decision;
        acceptedBy = by;
        acceptedAt = at;
    }

    /** The lines' total: expenditure certified, or the payment requested. */
    public Money total() {
        return lines.stream().map(l -> l.amount(currency)).reduce(Money.zero(currency), Money::plus);
    }

    /** What finance accepted, or authorised of an advance request; zero until it decided. */
    public Money accepted() {
        return lines.stream().map(l -> l.accepted(currency)).filter(java.util.Objects::nonNull)
                .reduce(Money.zero(currency), Money::plus);
    }

    public Money authorised() {
        return Money.of(authorisedAmount, currency);
    }

    public long grantId() {
        return grantId;
    }

    public int trancheNumber() {
        return trancheNumber;
    }

    public Kind kind() {
        return kind;
    }

    public Status status() {
        return status;
    }

    public LocalDate periodStart() {
        return periodStart;
    }

    public LocalDate periodEnd() {
        return periodEnd;
    }

    public String vendor() {
        return vendor;
    }

    public String invoiceReference() {
        return invoiceReference;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public String acceptedBy() {
        return acceptedBy;
    }

    public Instant acceptedAt() {
        return acceptedAt;
    }

    public List<FaceLine> lines() {
        return List.copyOf(lines);
    }

    public String currency() {
        return currency;
    }
}
