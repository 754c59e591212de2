package org.m4d.grants.tenancy.application;

import java.time.Instant;
import java.util.Map;
import org.m4d.grants.tenancy.domain.TimerSettings;

/**
 * The settings a country works with now; {@code own} is false while it uses the configured
 * defaults, and then nobody has changed them.
 */
public record SettingsView(TimerSettings timers, Map<String, Integer> weights, boolean own, String updatedBy,
                           Instant updatedAt) {

    public int screeningReminderDays() {
        return TimerSettings.days(timers.screeningReminder());
    }

    public int reviewPeriodDays() {
        return TimerSettings.days(timers.reviewPeriod());
    }

    public int reviewEscalationDays() {
        return TimerSettings.days(timers.reviewEscalation());
    }

    public int reportPeriodDays() {
        return TimerSettings.days(timers.reportPeriod());
    }

    public int reportEscalationDays() {
        return TimerSettings.days(timers.reportEscalation());
    }
}
