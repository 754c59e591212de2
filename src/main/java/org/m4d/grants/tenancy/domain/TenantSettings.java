package org.m4d.grants.tenancy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.m4d.grants.platform.domain.TenantOwned;

/**
 * A country's own timers (with the reminder lead) and review weights, set by its administrator. A country without them
 * works with the configured defaults. At most one per tenant. The weights are whole percentages
 * by criterion name, one column each; what they mean and which are valid is the review context's
 * ({@code ReviewWeightRules}).
 */
@Entity
@Table(name = "tenant_settings")
@NamedQuery(name = "TenantSettings.ofTenant", query = "SELECT s FROM TenantSettings s")
public class TenantSettings extends TenantOwned {

    /** The criteria of the weight columns, in their order. */
    public static final List<String> CRITERIA = List.of("RELEVANCE", "SCALABILITY", "LOCAL_OWNERSHIP",
            "GENDER_RESPONSIVENESS", "SUSTAINABILITY", "BUDGET_REALISM");

    @Column(name = "screening_reminder", nullable = false)
    private String screeningReminder;

    @Column(name = "review_period", nullable = false)
    private String reviewPeriod;

    @Column(name = "review_escalation", nullable = false)
    private String reviewEscalation;

    @Column(name = "report_period", nullable = false)
    private String reportPeriod;

    @Column(name = "report_escalation", nullable = false)
    private String reportEscalation;

    @Column(name = "endorsement_period", nullable = false)
    private String endorsementPeriod;

    @Column(name = "endorsement_escalation", nullable = false)
    private String endorsementEscalation;

    @Column(name = "approval_period", nullable = false)
    private String approvalPeriod;

    @Column(name = "approval_escalation", nullable = false)
    private String approvalEscalation;

    @Column(name = "verification_period", nullable = false)
    private String verificationPeriod;

    @Column(name = "verification_escalation", nullable = false)
    private String verificationEscalation;

    @Column(name = "release_period", nullable = false)
    private String releasePeriod;

    @Column(name = "release_escalation", nullable = false)
    private String releaseEscalation;

    @Column(name = "reminder_lead", nullable = false)
    private String reminderLead;

    @Column(name = "weight_relevance", nullable = false)
    private int relevance;

    @Column(name = "weight_scalability", nullable = false)
    private int scalability;

    @Column(name = "weight_local_ownership", nullable = false)
    private int localOwnership;

    @Column(name = "weight_gender_responsiveness", nullable = false)
    private int genderResponsiveness;

    @Column(name = "weight_sustainability", nullable = false)
    private int sustainability;

    @Column(name = "weight_budget_realism", nullable = false)
    private int budgetRealism;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected TenantSettings() {
    }

    public TenantSettings(TimerSettings timers, Map<String, Integer> weights, String actor, Instant now) {
        change(timers, weights, actor, now);
    }

    public final void change(TimerSettings timers, Map<String, Integer> weights, String actor, Instant now) {
        screeningReminder = timers.duration(Timer.SCREENING_REMINDER);
        reviewPeriod = timers.duration(Timer.REVIEW_PERIOD);
        reviewEscalation = timers.duration(Timer.REVIEW_ESCALATION);
        reportPeriod = timers.duration(Timer.REPORT_PERIOD);
        reportEscalation = timers.duration(Timer.REPORT_ESCALATION);
        endorsementPeriod = timers.duration(Timer.ENDORSEMENT_PERIOD);
        endorsementEscalation = timers.duration(Timer.ENDORSEMENT_ESCALATION);
        approvalPeriod = timers.duration(Timer.APPROVAL_PERIOD);
        approvalEscalation = timers.duration(Timer.APPROVAL_ESCALATION);
        verificationPeriod = timers.duration(Timer.VERIFICATION_PERIOD);
        verificationEscalation = timers.duration(Timer.VERIFICATION_ESCALATION);
        releasePeriod = timers.duration(Timer.RELEASE_PERIOD);
        releaseEscalation = timers.duration(Timer.RELEASE_ESCALATION);
        reminderLead = timers.reminderLead();
        relevance = weights.get(CRITERIA.get(0));
        scalability = weights.get(CRITERIA.get(1));
        localOwnership = weights.get(CRITERIA.get(2));
        genderResponsiveness = weights.get(CRITERIA.get(3));
        sustainability = weights.get(CRITERIA.get(4));
        budgetRealism = weights.get(CRITERIA.get(5));
        updatedBy = actor;
        updatedAt = now;
    }

    public TimerSettings timers() {
        Map<Timer, String> durations = new EnumMap<>(Timer.class);
        durations.put(Timer.SCREENING_REMINDER, screeningReminder);
        durations.put(Timer.REVIEW_PERIOD, reviewPeriod);
        durations.put(Timer.REVIEW_ESCALATION, reviewEscalation);
        durations.put(Timer.REPORT_PERIOD, reportPeriod);
        durations.put(Timer.REPORT_ESCALATION, reportEscalation);
        durations.put(Timer.ENDORSEMENT_PERIOD, endorsementPeriod);
        durations.put(Timer.ENDORSEMENT_ESCALATION, endorsementEscalation);
        durations.put(Timer.APPROVAL_PERIOD, approvalPeriod);
        durations.put(Timer.APPROVAL_ESCALATION, approvalEscalation);
        durations.put(Timer.VERIFICATION_PERIOD, verificationPeriod);
        durations.put(Timer.VERIFICATION_ESCALATION, verificationEscalation);
        durations.put(Timer.RELEASE_PERIOD, releasePeriod);
        durations.put(Timer.RELEASE_ESCALATION, releaseEscalation);
        return new TimerSettings(durations, reminderLead);
    }

    /** The weights as whole percentages by criterion name, in the order of {@link #CRITERIA}. */
    public Map<String, Integer> percentages() {
        List<Integer> values = List.of(relevance, scalability, localOwnership, genderResponsiveness, sustainability,
                budgetRealism);
        Map<String, Integer> percentages = new LinkedHashMap<>();
        for (int i = 0; i < CRITERIA.size(); i++) {
            percentages.put(CRITERIA.get(i), values.get(i));
        }
        return percentages;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
