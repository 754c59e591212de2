package org.m4d.grants.tenancy.application;

import java.time.Instant;
import java.util.Map;
import org.m4d.grants.tenancy.domain.Timer;
import org.m4d.grants.tenancy.domain.TimerSettings;

/**
 * The settings a country works with now; {@code own} is false while it uses the configured
 * defaults, and then nobody has changed them. The time zone is the country's in either case.
 */
public record SettingsView(TimerSettings timers, Map<String, Integer> weights, String timeZone, boolean own,
                           String updatedBy, Instant updatedAt) {

    public int days(Timer timer) {
        return TimerSettings.days(timers.duration(timer));
    }

    public int reminderLeadDays() {
        return TimerSettings.days(timers.reminderLead());
    }
}
