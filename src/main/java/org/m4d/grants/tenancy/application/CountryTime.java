package org.m4d.grants.tenancy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.ZoneId;
import org.m4d.grants.platform.application.TenantContext;
import org.m4d.grants.tenancy.domain.TenantRepository;
import org.m4d.grants.tenancy.domain.TenantSettings;
import org.m4d.grants.tenancy.domain.TenantSettingsRepository;
import org.m4d.grants.tenancy.domain.TimerSettings;

/**
 * A country's time zone and how long before a task's due date its people are reminded. No access
 * check: timer jobs and senders ask it without a signed-in user.
 */
@ApplicationScoped
public class CountryTime {

    @Inject
    TenantRepository tenants;

    @Inject
    TenantSettingsRepository settings;

    @Inject
    TimerDefaults defaults;

    @Inject
    TenantContext context;

    /** The country's time zone; UTC for an unknown code. */
    public ZoneId zone(String tenant) {
        return tenants.find(tenant).map(t -> t.zone()).orElse(ZoneId.of("UTC"));
    }

    /** How long before a due date the reminder goes out: the country's setting, else the configured default. */
    public Duration reminderLead(String tenant) {
        String lead = context.runIn(tenant, () -> settings.find().map(TenantSettings::timers)
                .orElseGet(defaults::timers).reminderLead());
        return TimerSettings.length(lead);
    }
}
