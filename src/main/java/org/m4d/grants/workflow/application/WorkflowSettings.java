package org.m4d.grants.workflow.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.m4d.grants.tenancy.application.TimerDefaults;
import org.m4d.grants.tenancy.domain.Timer;
import org.m4d.grants.tenancy.domain.TimerSettings;

/**
 * Durations of the lifecycle's timers, from configuration (ISO-8601 durations, one property per
 * timer, {@code m4d.workflow.<timer>}): the defaults of countries whose administrator has not set their own.
 */
@ApplicationScoped
public class WorkflowSettings implements TimerDefaults {

    @Inject
    Config config;

    @Inject
    @ConfigProperty(name = "m4d.notification.reminder-lead", defaultValue = "P2D")
    String reminderLead;

    @Override
    public TimerSettings timers() {
        Map<Timer, String> durations = new EnumMap<>(Timer.class);
        for (Timer timer : Timer.values()) {
            durations.put(timer, config.getValue(timer.configName(), String.class));
        }
        return new TimerSettings(durations, reminderLead);
    }
}
