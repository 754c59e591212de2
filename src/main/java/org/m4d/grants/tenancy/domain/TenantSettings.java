package org.m4d.grants.tenancy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import org.m4d.grants.platform.domain.TenantOwned;
import org.m4d.grants.review.domain.CriteriaWeights;
import org.m4d.grants.review.domain.Criterion;

/**
 * A country's own timers and review weights, set by its administrator. A country without them
 * works with the configured defaults. At most one per tenant.
 */
@Entity
@Table(name = "tenant_settings")
@NamedQuery(name = "TenantSettings.ofTenant", query = "SELECT s FROM TenantSettings s")
public class TenantSettings extends TenantOwned {

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

    public TenantSettings(TimerSettings timers, CriteriaWeights weights, String actor, Instant now) {
        change(timers, weights, actor, now);
    }

    public final void change(TimerSettings timers, CriteriaWeights weights, String actor, Instant now) {
        screeningReminder = timers.screeningReminder();
        reviewPeriod = timers.reviewPeriod();
        reviewEscalation = timers.reviewEscalation();
        reportPeriod = timers.reportPeriod();
        reportEscalation = timers.reportEscalation();
        Map<Criterion, Integer> percentages = weights.percentages();
        relevance = percentages.get(Criterion.RELEVANCE);
        scalability = percentages.get(Criterion.SCALABILITY);
        localOwnership = percentages.get(Criterion.LOCAL_OWNERSHIP);
        genderResponsiveness = percentages.get(Criterion.GENDER_RESPONSIVENESS);
        sustainability = percentages.get(Criterion.SUSTAINABILITY);
        budgetRealism = percentages.get(Criterion.BUDGET_REALISM);
        updatedBy = actor;
        updatedAt = now;
    }

    public TimerSettings timers() {
        return new TimerSettings(screeningReminder, reviewPeriod, reviewEscalation, reportPeriod, reportEscalation);
    }

    public CriteriaWeights weights() {
        return CriteriaWeights.ofPercentages(percentages());
    }

    public Map<Criterion, Integer> percentages() {
        return Criterion.inOrder(relevance, scalability, localOwnership, genderResponsiveness, sustainability,
                budgetRealism);
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
