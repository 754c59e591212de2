package org.m4d.grants.tenancy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.m4d.grants.audit.application.AuditTrail;
import org.m4d.grants.identity.application.Access;
import org.m4d.grants.identity.domain.Role;
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
    ReviewWeightRules weightRules;

    @Inject
    Access access;

    @Inject
    AuditTrail audit;

    /** What the administrator of the country sees and edits. */
    public SettingsView settings() {
        access.requireRole(Role.TENANT_ADMIN);
        return settings.find()
                .map(s -> new SettingsView(s.timers(), s.percentages(), true, s.updatedBy(), s.updatedAt()))
                .orElseGet(() -> new SettingsView(defaultTimers.timers(), weightRules.defaults(), false, null, null));
    }

    public void save(@NotNull @Valid SettingsInput input) {
        access.requireRole(Role.TENANT_ADMIN);
        TimerSettings timers = TimerSettings.ofDays(input.screeningReminder(), input.reviewPeriod(),
                input.reviewEscalation(), input.reportPeriod(), input.reportEscalation());
        weightRules.check(input.weights());
        Map<String, Integer> weights = input.weights();
        Optional<TenantSettings> stored = settings.find();
        String before = stored.map(s -> describe(s.timers(), s.percentages()))
                .orElseGet(() -> "defaults: " + describe(defaultTimers.timers(), weightRules.defaults()));
        TenantSettings saved = stored.orElse(null);
        if (saved == null) {
            saved = new TenantSettings(timers, weights, access.username(), Instant.now());
            settings.store(saved);
        } else {
            saved.change(timers, weights, access.username(), Instant.now());
        }
        audit.record(access.username(), "TENANT_SETTINGS_CHANGED", SUBJECT, saved.id(), null, null,
                "before: " + before + "; after: " + describe(timers, weights));
    }

    /** The timers a lifecycle starting now in the country runs with. */
    public TimerSettings timersOf() {
        access.requireMember();
        return settings.find().map(TenantSettings::timers).orElseGet(defaultTimers::timers);
    }

    /** The weights, as percentages by criterion name, a review scored now in the country is weighted with. */
    public Map<String, Integer> weightsOf() {
        access.requireMember();
        return settings.find().map(TenantSettings::percentages).orElseGet(weightRules::defaults);
    }

    private String describe(TimerSettings timers, Map<String, Integer> weights) {
        return timers.describe() + ", weights " + weightRules.criteria().stream()
                .map(c -> c + " " + weights.get(c)).collect(Collectors.joining(", "));
    }
}
