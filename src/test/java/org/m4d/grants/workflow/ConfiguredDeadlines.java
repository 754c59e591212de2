package org.m4d.grants.workflow;

import java.util.EnumMap;
import java.util.Map;
import org.m4d.grants.tenancy.domain.Timer;
import org.m4d.grants.tenancy.domain.TimerSettings;
import org.m4d.grants.workflow.infra.StepDeadlines;

/** The {@code deadlines} bean of the models with the programme's configured defaults, for process tests. */
public final class ConfiguredDeadlines {

    private ConfiguredDeadlines() {
    }

    static TimerSettings defaults() {
        Map<Timer, Integer> days = new EnumMap<>(Timer.class);
        for (Timer timer : Timer.values()) {
            days.put(timer, timer.after() == null ? 10 : 20);
        }
        days.put(Timer.SCREENING_REMINDER, 5);
        days.put(Timer.REVIEW_ESCALATION, 15);
        days.put(Timer.REPORT_PERIOD, 30);
        days.put(Timer.REPORT_ESCALATION, 45);
        return TimerSettings.ofDays(days, 2);
    }

    public static StepDeadlines bean() {
        return new StepDeadlines(ConfiguredDeadlines::defaults);
    }
}
