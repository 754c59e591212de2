package org.m4d.grants.partner.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.TenantOwned;

/**
 * One micro-assessment of a partner: the rating it gave, who assessed and when, and until when it
 * holds. Never changed once recorded; a later assessment supersedes it and it stays as history.
 */
@Entity
@Table(name = "risk_assessment")
@NamedQuery(name = "RiskAssessment.ofPartner",
        query = "SELECT a FROM RiskAssessment a WHERE a.partnerId = :partner ORDER BY a.assessedOn DESC, a.id DESC")
public class RiskAssessment extends TenantOwned {

    /** HACT's usual validity of a micro-assessment when the assessor gives none. */
    public static final int DEFAULT_VALIDITY_YEARS = 5;

    /** The longest validity an assessor may give; beyond it a date is a typing error, not a plan. */
    public static final int MAX_VALIDITY_YEARS = 10;

    @Column(name = "partner_id", nullable = false)
    private long partnerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RiskRating rating;

    @Column(name = "assessed_on", nullable = false)
    private LocalDate assessedOn;

    @Column(nullable = false, length = 200)
    private String assessor;

    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;

    @Column(length = 1000)
    private String note;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected RiskAssessment() {
    }

    /**
     * An assessment recorded on {@code today}. Without {@code validUntil} it holds for five years;
     * it may not be dated after today, nor end before it starts or more than ten years after, nor
     * rate a partner "not assessed".
     */
    public RiskAssessment(long partnerId, RiskRating rating, LocalDate assessedOn, String assessor,
                          LocalDate validUntil, String note, String recordedBy, Instant recordedAt, LocalDate today) {
        if (rating == null || rating == RiskRating.NOT_ASSESSED) {
            throw new DomainException("Give the rating the assessment found: LOW, MODERATE, SIGNIFICANT or HIGH")
                    .withKey("error.assessment.rating");
        }
        if (assessedOn == null) {
            throw new DomainException("Give the date of the assessment").withKey("error.assessment.dateRequired");
        }
        if (assessedOn.isAfter(today)) {
            throw new DomainException("An assessment cannot be dated after today (" + today + ")")
                    .withKey("error.assessment.future", today);
        }
        if (assessor == null || assessor.isBlank()) {
            throw new DomainException("Give who carried out the assessment").withKey("error.assessment.assessorRequired");
        }
        LocalDate until = validUntil == null ? assessedOn.plusYears(DEFAULT_VALIDITY_YEARS) : validUntil;
        if (!until.isAfter(assessedOn)) {
            throw new DomainException("The assessment must be valid after the day it was made (" + assessedOn + ")")
                    .withKey("error.assessment.validity", assessedOn);
        }
        if (until.isAfter(assessedOn.plusYears(MAX_VALIDITY_YEARS))) {
            throw new DomainException("An assessment is valid for at most " + MAX_VALIDITY_YEARS + " years, until "
                    + assessedOn.plusYears(MAX_VALIDITY_YEARS)).withKey("error.assessment.validityTooLong",
                    MAX_VALIDITY_YEARS, assessedOn.plusYears(MAX_VALIDITY_YEARS));
        }
        this.partnerId = partnerId;
        this.rating = rating;
        this.assessedOn = assessedOn;
        this.assessor = assessor.strip();
        this.validUntil = until;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** Whether the assessment holds on a day: from the day it was made up to and including its last valid day. */
    public boolean validOn(LocalDate day) {
        return !day.isBefore(assessedOn) && !day.isAfter(validUntil);
    }

    public long partnerId() {
        return partnerId;
    }

    public RiskRating rating() {
        return rating;
    }

    public LocalDate assessedOn() {
        return assessedOn;
    }

    public String assessor() {
        return assessor;
    }

    public LocalDate validUntil() {
        return validUntil;
    }

    public String note() {
        return note;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
