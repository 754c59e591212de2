package org.m4d.grants.grant.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.Money;
import org.m4d.grants.platform.domain.TenantOwned;

/**
 * A progress report with its FACE-style financial report (period, amount authorised, expenditure
 * reported, balance), due before a later tranche; or the final report. The coordinator verifies
 * the progress part, finance the financial part.
 */
@Entity
@Table(name = "report")
@NamedQuery(name = "Report.countable",
        query = "SELECT r FROM Report r WHERE r.status = :status OR r.kind = :kind ORDER BY r.submittedAt, r.id")
@NamedQuery(name = "Report.ofGrant",
        query = "SELECT r FROM Report r WHERE r.grantId = :grantId ORDER BY r.trancheNumber, r.submittedAt, r.id")
public class Report extends TenantOwned {

    public enum Kind {
        PERIODIC, FINAL
    }

    public enum Status {
        SUBMITTED, ACCEPTED, RETURNED
    }

    public enum Verdict {
        ACCEPTED, RETURNED
    }

    @Column(name = "grant_id", nullable = false, updatable = false)
    private long grantId;

    /** The tranche the report unlocks; 0 for the final report. */
    @Column(name = "tranche_number", nullable = false, updatable = false)
    private int trancheNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind;

    @Column(nullable = false, updatable = false, length = 4000)
    private String narrative;

    @Column(name = "beneficiaries_reached", updatable = false)
    private Integer beneficiariesReached;

    @Column(name = "period_start", nullable = false, updatable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false, updatable = false)
    private LocalDate periodEnd;

    @Column(name = "authorised_amount", nullable = false, updatable = false, precision = 19, scale = 3)
    private BigDecimal authorisedAmount;

    @Column(nullable = false, updatable = false, precision = 19, scale = 3)
    private BigDecimal expenditure;

    @Column(nullable = false, updatable = false, length = 3)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.SUBMITTED;

    @Enumerated(EnumType.STRING)
    @Column(name = "progress_verdict")
    private Verdict progressVerdict;

    @Column(name = "progress_verified_by")
    private String progressVerifiedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "financial_verdict")
    private Verdict financialVerdict;

    @Column(name = "financial_verified_by")
    private String financialVerifiedBy;

    @Column(name = "verification_note", length = 2000)
    private String verificationNote;

    @Column(name = "submitted_by", nullable = false, updatable = false)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @ElementCollection
    @CollectionTable(name = "report_indicator_actual", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "line_no")
    private List<IndicatorActual> indicatorActuals = new ArrayList<>();

    @Version
    private long version;

    protected Report() {
    }

    public Report(long grantId, int trancheNumber, Kind kind, String narrative, Integer beneficiariesReached,
                  LocalDate periodStart, LocalDate periodEnd, Money authorised, Money expenditure,
                  String submittedBy, Instant submittedAt) {
        if (narrative == null || narrative.isBlank()) {
            throw new DomainException("Describe the progress made").withKey("error.report.narrativeRequired");
        }
        if (periodStart == null || periodEnd == null || periodEnd.isBefore(periodStart)) {
            throw new DomainException("The reporting period must start before it ends").withKey("error.report.period");
        }
        if (expenditure.amount().signum() < 0) {
            throw new DomainException("Expenditure cannot be negative").withKey("error.report.negativeExpenditure");
        }
        if (expenditure.compareTo(authorised) > 0) {
            throw new DomainException("Expenditure reported (" + expenditure + ") exceeds the amount authorised so far ("
                    + authorised + ")").withKey("error.report.overAuthorised", expenditure, authorised);
        }
        this.grantId = grantId;
        this.trancheNumber = trancheNumber;
        this.kind = kind;
        this.narrative = narrative.strip();
        this.beneficiariesReached = beneficiariesReached;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.authorisedAmount = authorised.amount();
        this.expenditure = expenditure.amount();
        this.currency = authorised.currency();
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
    }

    /**
     * Records what the indicators reached; each must be an indicator of the proposal's results
     * framework, reported once.
     */
    public void reportActuals(List<IndicatorActual> actuals, Set<String> frameworkIndicators) {
        Set<String> seen = new HashSet<>();
        for (IndicatorActual actual : actuals) {
            if (actual.name() == null || !frameworkIndicators.contains(actual.name())) {
                throw new DomainException("\"" + actual.name() + "\" is not an indicator of this proposal's results framework")
                        .withKey("error.report.unknownIndicator", actual.name());
            }
            if (actual.actual() == null) {
                throw new DomainException("Give the value reached for \"" + actual.name() + "\"")
                        .withKey("error.report.actualRequired", actual.name());
            }
            if (!seen.add(actual.name())) {
                throw new DomainException("\"" + actual.name() + "\" is reported twice")
                        .withKey("error.report.indicatorTwice", actual.name());
            }
        }
        indicatorActuals = new ArrayList<>(actuals);
    }

    public List<IndicatorActual> indicatorActuals() {
        return List.copyOf(indicatorActuals);
    }

    public void verifyProgress(boolean accepted, String by, String note) {
        requireSubmitted();
        progressVerdict = accepted ? Verdict.ACCEPTED : Verdict.RETURNED;
        progressVerifiedBy = by;
        addNote("Progress", note);
        settle();
    }

    public void verifyFinancial(boolean accepted, String by, String note) {
        requireSubmitted();
        financialVerdict = accepted ? Verdict.ACCEPTED : Verdict.RETURNED;
        financialVerifiedBy = by;
        addNote("Financial", note);
        settle();
    }

    private void requireSubmitted() {
        if (status != Status.SUBMITTED) {
            throw new DomainException("This report has already been " + status.name().toLowerCase())
                    .withKey("error.report.alreadyVerified", status);
        }
    }

    private void addNote(String part, String note) {
        if (note != null && !note.isBlank()) {
            String line = part + ": " + note.strip();
            verificationNote = verificationNote == null ? line : verificationNote + "\n" + line;
        }
    }

    /** Once both parts are verified the report is accepted, or returned if either part was. */
    private void settle() {
        if (progressVerdict != null && financialVerdict != null) {
            status = progressVerdict == Verdict.ACCEPTED && financialVerdict == Verdict.ACCEPTED
                    ? Status.ACCEPTED : Status.RETURNED;
        }
    }

    /**
     * Whether the report's figures count towards the results (the roll-up, the proposal page, the
     * IATI file): an accepted report, or the final report of a closed grant. The final report is
     * never verified on its own; closing the grant is its acceptance, so it counts from then on.
     */
    public boolean counts(boolean grantClosed) {
        return status == Status.ACCEPTED || grantClosed && kind == Kind.FINAL;
    }

    public Money balance() {
        return Money.of(authorisedAmount.subtract(expenditure), currency);
    }

    public Money authorised() {
        return Money.of(authorisedAmount, currency);
    }

    public Money expenditure() {
        return Money.of(expenditure, currency);
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

    public String narrative() {
        return narrative;
    }

    public Integer beneficiariesReached() {
        return beneficiariesReached;
    }

    public LocalDate periodStart() {
        return periodStart;
    }

    public LocalDate periodEnd() {
        return periodEnd;
    }

    public Status status() {
        return status;
    }

    public String verificationNote() {
        return verificationNote;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public Instant submittedAt() {
        return submittedAt;
    }
}
