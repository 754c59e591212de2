package org.m4d.grants.tenancy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.m4d.grants.platform.domain.TenantOwned;

/**
 * A country's own timers and review weights, set by its administrator. A country without them
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
        screeningReminder = timers.screeningReminder();
        reviewPeriod = timers.reviewPeriod();
        reviewEscalation = timers.reviewEscalation();
        reportPeriod = timers.reportPeriod();
        reportEscalation = timers.reportEscalation();
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
        return new TimerSettings(screeningReminder, reviewPeriod, reviewEscalation, reportPeriod, reportEscalation);
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
