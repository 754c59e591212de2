package org.m4d.grants.workflow.infra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.util.Arrays;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.m4d.grants.tenancy.application.TimerDefaults;
import org.m4d.grants.tenancy.domain.Timer;
import org.m4d.grants.tenancy.domain.TimerSettings;
import org.m4d.grants.workflow.domain.GrantLifecycle;

/**
 * Due dates, timers and follow-up dates of human steps, for the models' expressions
 * ({@code ${deadlines.of(execution, 'approvalPeriod')}}, {@code ${deadlines.followUp(execution, 'approvalPeriod')}}).
 * The durations are the instance's, copied from its country's settings when it started; an instance
 * started before a timer existed gets the configured default rather than failing on a missing variable.
 */
@ApplicationScoped
@Named("deadlines")
public class StepDeadlines {

    @Inject
    TimerDefaults defaults;

    public StepDeadlines() {
    }

    public StepDeadlines(TimerDefaults defaults) {
        this.defaults = defaults;
    }

    /** The ISO-8601 duration of a timer ({@link Timer#key()}) or of the reminder lead ({@code reminderLead}). */
    public String of(VariableScope scope, String key) {
        Object value = scope.getVariable(key);
        if (value instanceof String duration && !duration.isBlank()) {
            return duration;
        }
        TimerSettings configured = defaults.timers();
        if (GrantLifecycle.VAR_REMINDER_LEAD.equals(key)) {
            return configured.reminderLead();
        }
        return configured.duration(Arrays.stream(Timer.values()).filter(t -> t.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No timer " + key)));
    }

    /**
     * When the step is to be followed up: its due date minus the country's reminder lead, as a
     * duration from the step's creation; at once when the lead is as long as the period.
     */
    public String followUp(VariableScope scope, String periodKey) {
        Duration period = TimerSettings.length(of(scope, periodKey));
        Duration lead = TimerSettings.length(of(scope, GrantLifecycle.VAR_REMINDER_LEAD));
        Duration followUp = period.minus(lead);
        return (followUp.isNegative() ? Duration.ZERO : followUp).toString();
    }
}
