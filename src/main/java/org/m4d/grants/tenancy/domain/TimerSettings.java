package org.m4d.grants.tenancy.domain;

import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import org.m4d.grants.platform.domain.DomainException;

/**
 * When the lifecycle's timers fire, as ISO-8601 durations (the form the engine's timer events and
 * due dates read), one per {@link Timer}, and how long before a step is due its people are reminded.
 */
public record TimerSettings(Map<Timer, String> durations, String reminderLead) {

    public static final int MAX_DAYS = 365;

    public TimerSettings {
        if (!durations.keySet().containsAll(EnumSet.allOf(Timer.class))) {
            throw new IllegalArgumentException("Every timer needs a duration");
        }
        durations = Map.copyOf(durations);
    }

    /**
     * Timers entered in whole days, each 1 to {@value #MAX_DAYS}; an escalation must come after its
     * period, or the escalation would reach people before the late party was reminded; the reminder
     * lead is shorter than every period, or the reminder would come before the step began.
     */
    public static TimerSettings ofDays(Map<Timer, Integer> days, Integer reminderLead) {
        Map<Timer, String> durations = new EnumMap<>(Timer.class);
        for (Timer timer : Timer.values()) {
            Integer value = days.get(timer);
            if (value == null || value < 1 || value > MAX_DAYS) {
                throw new DomainException(timer.label() + " must be 1 to " + MAX_DAYS + " days");
            }
            durations.put(timer, iso(value));
        }
        for (Timer timer : Timer.values()) {
            if (timer.after() != null && days.get(timer) <= days.get(timer.after())) {
                throw new DomainException(timer.label() + " must come after "
                        + timer.after().label().toLowerCase(Locale.ROOT));
            }
        }
        if (reminderLead == null || reminderLead < 1 || reminderLead > MAX_DAYS) {
            throw new DomainException("The reminder lead must be 1 to " + MAX_DAYS + " days");
        }
        for (Timer timer : Timer.values()) {
            if (timer.after() == null && reminderLead >= days.get(timer)) {
                throw new DomainException("The reminder lead must be shorter than "
                        + timer.label().toLowerCase(Locale.ROOT));
            }
        }
        return new TimerSettings(durations, iso(reminderLead));
    }

    public String duration(Timer timer) {
        return durations.get(timer);
    }

    /**
     * The whole days of a duration, for the form. Configured durations finer than a day (a demo may
     * run its timers in minutes) round down, to 0 for less than a day.
     */
    public static int days(String iso) {
        return (int) length(iso).toDays();
    }

    /** A duration as the engine reads it; months count 30 days. */
    public static Duration length(String iso) {
        try {
            return Duration.parse(iso);
        } catch (DateTimeParseException notADuration) {
            Period period = Period.parse(iso);
            return Duration.ofDays(period.toTotalMonths() * 30 + period.getDays());
        }
    }

    private static String iso(int days) {
        return "P" + days + "D";
    }
}
