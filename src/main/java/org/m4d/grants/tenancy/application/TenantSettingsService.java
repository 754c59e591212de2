package org.m4d.grants.tenancy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.m4d.grants.audit.application.AuditTrail;
import org.m4d.grants.identity.application.Access;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.platform.application.TenantContext;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.NotFoundException;
import org.m4d.grants.tenancy.domain.Tenant;
import org.m4d.grants.tenancy.domain.TenantRepository;
import org.m4d.grants.tenancy.domain.TenantSettings;
import org.m4d.grants.tenancy.domain.TenantSettingsRepository;
import org.m4d.grants.tenancy.domain.Timer;
import org.m4d.grants.tenancy.domain.TimerSettings;

/**
 * A country's time zone, lifecycle timers, reminder lead and review weights: its own once its administrator saved them, the
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
    TenantRepository tenants;

    @Inject
    TenantContext context;

    @Inject
    AuditTrail audit;

    /** What the administrator of the country sees and edits. */
    public SettingsView settings() {
        access.requireRole(Role.TENANT_ADMIN);
        String zone = country().zone().getId();
        return settings.find()
                .map(s -> new SettingsView(s.timers(), s.percentages(), zone, true, s.updatedBy(), s.updatedAt()))
                .orElseGet(() -> new SettingsView(defaultTimers.timers(), weightRules.defaults(), zone, false, null,
                        null));
    }

    /** The time zones an administrator may choose from: region ids, sorted. */
    public List<String> zones() {
        return ZoneId.getAvailableZoneIds().stream().filter(z -> z.contains("/") && !z.startsWith("Etc/")
                && !z.startsWith("SystemV/")).sorted().toList();
    }

    public void save(@NotNull @Valid SettingsInput input) {
        access.requireRole(Role.TENANT_ADMIN);
        TimerSettings timers = TimerSettings.ofDays(input.timers(), input.reminderLead());
        weightRules.check(input.weights());
        if (input.timeZone() == null || !zones().contains(input.timeZone())) {
            throw new DomainException("Choose the country's time zone from the list").withKey("error.settings.zone");
        }
        Map<String, Integer> weights = input.weights();
        Tenant country = country();
        Optional<TenantSettings> stored = settings.find();
        Map<String, String> before = describe(country.zone().getId(),
                stored.map(TenantSettings::timers).orElseGet(defaultTimers::timers),
                stored.map(TenantSettings::percentages).orElseGet(weightRules::defaults));
        Map<String, String> after = describe(input.timeZone(), timers, weights);
        country.changeZone(ZoneId.of(input.timeZone()));
        TenantSettings saved = stored.orElse(null);
        if (saved == null) {
            saved = new TenantSettings(timers, weights, access.username(), Instant.now());
            settings.store(saved);
        } else {
            saved.change(timers, weights, access.username(), Instant.now());
        }
        audit.record(access.username(), "TENANT_SETTINGS_CHANGED", SUBJECT, saved.id(), null, null,
                (stored.isPresent() ? "" : "from the defaults: ") + changes(before, after));
    }

    private Tenant country() {
        return tenants.find(context.current()).orElseThrow(() -> new NotFoundException("No such country"));
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

    /** Every setting by name, as the audit entry shows it. */
    private Map<String, String> describe(String zone, TimerSettings timers, Map<String, Integer> weights) {
        Map<String, String> described = new LinkedHashMap<>();
        described.put("zone", zone);
        for (Timer timer : Timer.values()) {
            described.put(timer.key(), timers.duration(timer));
        }
        described.put("reminderLead", timers.reminderLead());
        weightRules.criteria().forEach(c -> described.put(c, weights.get(c) + "%"));
        return described;
    }

    /** Only what changed, so that the entry stays short enough for its column whatever was changed. */
    private static String changes(Map<String, String> before, Map<String, String> after) {
        String changed = after.entrySet().stream().filter(e -> !e.getValue().equals(before.get(e.getKey())))
                .map(e -> e.getKey() + " " + before.get(e.getKey()) + " -> " + e.getValue())
                .collect(Collectors.joining(", "));
        return changed.isEmpty() ? "no change" : changed;
    }
}
