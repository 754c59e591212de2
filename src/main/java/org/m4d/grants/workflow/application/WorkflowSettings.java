package org.m4d.grants.workflow.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.m4d.grants.tenancy.application.TimerDefaults;
import org.m4d.grants.tenancy.domain.TimerSettings;

/**
 * Durations of the lifecycle's timers, from configuration (ISO-8601 durations): the defaults of
 * countries whose administrator has not set their own.
 */
@ApplicationScoped
public class WorkflowSettings implements TimerDefaults {

    @Inject
    @ConfigProperty(name = "m4d.workflow.screening-reminder", defaultValue = "P5D")
    String screeningReminder;

    @Inject
    @ConfigProperty(name = "m4d.workflow.review-period", defaultValue = "P10D")
    String reviewPeriod;

    @Inject
    @ConfigProperty(name = "m4d.workflow.review-escalation", defaultValue = "P15D")
    String reviewEscalation;

    @Inject
    @ConfigProperty(name = "m4d.workflow.report-period", defaultValue = "P30D")
    String reportPeriod;

    @Inject
    @ConfigProperty(name = "m4d.workflow.report-escalation", defaultValue = "P45D")
    String reportEscalation;

    @Override
    public TimerSettings timers() {
        return new TimerSettings(screeningReminder, reviewPeriod, reviewEscalation, reportPeriod, reportEscalation);
    }

    public String reportPeriod() {
        return reportPeriod;
    }

    public String reportEscalation() {
        return reportEscalation;
    }

    public String screeningReminder() {
        return screeningReminder;
    }

    public String reviewPeriod() {
        return reviewPeriod;
    }

    public String reviewEscalation() {
        return reviewEscalation;
    }
}
