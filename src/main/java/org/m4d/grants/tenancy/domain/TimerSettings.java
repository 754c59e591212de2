package org.m4d.grants.tenancy.domain;

import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import org.m4d.grants.platform.domain.DomainException;

/**
 * When the lifecycle's timers fire, as ISO-8601 durations (the form the engine's timer events read):
 * the screening reminder, the review reminder and escalation, the report reminder and escalation.
 */
public record TimerSettings(String screeningReminder, String reviewPeriod, String reviewEscalation,
                            String reportPeriod, String reportEscalation) {

    public static final int MAX_DAYS = 365;

    /**
     * Timers entered in whole days, each 1 to {@value #MAX_DAYS}; an escalation must come after its
     * reminder, or the coordinator would be alerted before the late party was reminded.
     */
    public static TimerSettings ofDays(Integer screeningReminder, Integer reviewPeriod, Integer reviewEscalation,
                                       Integer reportPeriod, Integer reportEscalation) {
        requireDays("The screening reminder", screeningReminder);
        requireDays("The review reminder", reviewPeriod);
        requireDays("The review escalation", reviewEscalation);
        requireDays("The report reminder", reportPeriod);
        requireDays("The report escalation", reportEscalation);
        if (reviewEscalation <= reviewPeriod) {
            throw new DomainException("The review escalation must come after the review reminder");
        }
        if (reportEscalation <= reportPeriod) {
            throw new DomainException("The report escalation must come after the report reminder");
        }
        return new TimerSettings(iso(screeningReminder), iso(reviewPeriod), iso(reviewEscalation), iso(reportPeriod),
                iso(reportEscalation));
    }

    /**
     * The whole days of a duration, for the form. Configured durations finer than a day (a demo may
     * run its timers in minutes) round down, to 0 for less than a day.
     */
    public static int days(String iso) {
        try {
            return (int) Duration.parse(iso).toDays();
        } catch (DateTimeParseException notADuration) {
            Period period = Period.parse(iso);
            return (int) (period.toTotalMonths() * 30 + period.getDays());
        }
    }

    public String describe() {
        return "screening " + screeningReminder + ", review " + reviewPeriod + "/" + reviewEscalation
                + ", report " + reportPeriod + "/" + reportEscalation;
    }

    private static void requireDays(String what, Integer days) {
        if (days == null || days < 1 || days > MAX_DAYS) {
            throw new DomainException(what + " must be 1 to " + MAX_DAYS + " days");
        }
    }

    private static String iso(int days) {
        return "P" + days + "D";
    }
}
