package org.m4d.grants.tenancy.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.m4d.grants.audit.application.AuditTrail;
import org.m4d.grants.identity.application.Access;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.review.domain.CriteriaWeights;
import org.m4d.grants.review.domain.Criterion;
import org.m4d.grants.tenancy.domain.TenantSettings;
import org.m4d.grants.tenancy.domain.TenantSettingsRepository;
import org.m4d.grants.tenancy.domain.TimerSettings;

/**
 * A country's lifecycle timers and review weights: its own once its administrator saved them, the
 * configured defaults before. Each public method is one transaction.
 */
@ApplicationScoped
@Transactional
public class TenantSettingsService {

    public static final String SUBJECT = "TENANT_SETTINGS";

    @Inject
    TenantSettingsRepository settings;

    @Inject
    TimerDefaults defaultTimers;

    @Inject
    @ConfigProperty(name = "m4d.review.weights")
    String weightsSetting;

    @Inject
    Access access;

    @Inject
    AuditTrail audit;

    private CriteriaWeights defaultWeights;

    @PostConstruct
    void readWeights() {
        defaultWeights = CriteriaWeights.parse(weightsSetting);
    }

    /** What the administrator of the country sees and edits. */
    public SettingsView settings() {
        access.requireRole(Role.TENANT_ADMIN);
        return settings.find()
                .map(s -> new SettingsView(s.timers(), s.percentages(), true, s.updatedBy(), s.updatedAt()))
                .orElseGet(() -> new SettingsView(defaultTimers.timers(), defaultWeights.percentages(), false, null, null));
    }

    public void save(@NotNull @Valid SettingsInput input) {
        access.requireRole(Role.TENANT_ADMIN);
        TimerSettings timers = TimerSettings.ofDays(input.screeningReminder(), input.reviewPeriod(),
                input.reviewEscalation(), input.reportPeriod(), input.reportEscalation());
        CriteriaWeights weights = CriteriaWeights.ofPercentages(input.weights());
        Optional<TenantSettings> stored = settings.find();
        String before = stored.map(s -> describe(s.timers(), s.percentages()))
                .orElseGet(() -> "defaults: " + describe(defaultTimers.timers(), defaultWeights.percentages()));
        TenantSettings saved = stored.orElse(null);
        if (saved == null) {
            saved = new TenantSettings(timers, weights, access.username(), Instant.now());
            settings.store(saved);
        } else {
            saved.change(timers, weights, access.username(), Instant.now());
        }
        audit.record(access.username(), "TENANT_SETTINGS_CHANGED", SUBJECT, saved.id(), null, null,
                "before: " + before + "; after: " + describe(timers, weights.percentages()));
    }

    /** The timers a lifecycle starting now in the country runs with. */
    public TimerSettings timersOf() {
        access.requireMember();
        return settings.find().map(TenantSettings::timers).orElseGet(defaultTimers::timers);
    }

    /** The weights a review scored now in the country is weighted with. */
    public CriteriaWeights weightsOf() {
        access.requireMember();
        return settings.find().map(TenantSettings::weights).orElse(defaultWeights);
    }

    private static String describe(TimerSettings timers, Map<Criterion, Integer> weights) {
        return timers.describe() + ", weights " + weights.entrySet().stream()
                .map(e -> e.getKey().name() + " " + e.getValue()).collect(Collectors.joining(", "));
    }
}
