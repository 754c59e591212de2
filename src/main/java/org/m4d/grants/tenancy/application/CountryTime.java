package org.m4d.grants.tenancy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.m4d.grants.tenancy.domain.TenantRepository;

/** A country's time zone and how long before a task's due date its people are reminded. */
@ApplicationScoped
public class CountryTime {

    @Inject
    TenantRepository tenants;

    @Inject
    @ConfigProperty(name = "m4d.notification.reminder-lead", defaultValue = "P2D")
    String defaultReminderLead;

    /** The country's time zone; UTC for an unknown code. */
    public ZoneId zone(String tenant) {
        return tenants.find(tenant).map(t -> t.zone()).orElse(ZoneId.of("UTC"));
    }

    /** How long before a due date the reminder goes out. */
    public Duration reminderLead(String tenant) {
        return Duration.parse(defaultReminderLead);
    }
}
