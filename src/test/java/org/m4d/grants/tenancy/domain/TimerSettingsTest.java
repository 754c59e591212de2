package org.m4d.grants.tenancy.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.m4d.grants.platform.domain.DomainException;

class TimerSettingsTest {

    /** 5, 10/15, 30/45 for the older steps; 10/20 for endorsement, approval, verification and release. */
    static Map<Timer, Integer> days() {
        Map<Timer, Integer> days = new EnumMap<>(Timer.class);
        for (Timer timer : Timer.values()) {
            days.put(timer, timer.after() == null ? 10 : 20);
        }
        days.put(Timer.SCREENING_REMINDER, 5);
        days.put(Timer.REVIEW_ESCALATION, 15);
        days.put(Timer.REPORT_PERIOD, 30);
        days.put(Timer.REPORT_ESCALATION, 45);
        return days;
    }

    private static Map<Timer, Integer> with(Timer timer, Integer value) {
        Map<Timer, Integer> days = days();
        days.put(timer, value);
        return days;
    }

    @Test
    void storesWholeDaysAsIsoDurations() {
        TimerSettings timers = TimerSettings.ofDays(days(), 2);

        assertThat(timers.duration(Timer.SCREENING_REMINDER)).isEqualTo("P5D");
        assertThat(timers.duration(Timer.REPORT_ESCALATION)).isEqualTo("P45D");
        assertThat(timers.duration(Timer.APPROVAL_ESCALATION)).isEqualTo("P20D");
        assertThat(timers.reminderLead()).isEqualTo("P2D");
        assertThat(TimerSettings.days(timers.duration(Timer.REPORT_ESCALATION))).isEqualTo(45);
    }

    @Test
    void eachTimerIsOneToAYear() {
        assertThat(TimerSettings.ofDays(with(Timer.RELEASE_ESCALATION, 365), 2).duration(Timer.RELEASE_ESCALATION))
                .isEqualTo("P365D");
        assertThatThrownBy(() -> TimerSettings.ofDays(with(Timer.SCREENING_REMINDER, 0), 2))
                .isInstanceOf(DomainException.class).hasMessage("The screening reminder must be 1 to 365 days");
        assertThatThrownBy(() -> TimerSettings.ofDays(with(Timer.REPORT_ESCALATION, 366), 2))
                .isInstanceOf(DomainException.class).hasMessage("The report escalation must be 1 to 365 days");
        assertThatThrownBy(() -> TimerSettings.ofDays(with(Timer.REVIEW_PERIOD, null), 2))
                .isInstanceOf(DomainException.class).hasMessage("The review reminder must be 1 to 365 days");
        assertThatThrownBy(() -> TimerSettings.ofDays(with(Timer.VERIFICATION_PERIOD, -1), 2))
                .isInstanceOf(DomainException.class)
                .hasMessage("The report verification period must be 1 to 365 days");
    }

    @Test
    void anEscalationComesAfterItsPeriod() {
        assertThatThrownBy(() -> TimerSettings.ofDays(with(Timer.REVIEW_ESCALATION, 10), 2))
                .isInstanceOf(DomainException.class)
                .hasMessage("The review escalation must come after the review reminder");
        assertThatThrownBy(() -> TimerSettings.ofDays(with(Timer.REPORT_ESCALATION, 20), 2))
                .isInstanceOf(DomainException.class)
                .hasMessage("The report escalation must come after the report reminder");
        assertThatThrownBy(() -> TimerSettings.ofDays(with(Timer.ENDORSEMENT_ESCALATION, 10), 2))
                .isInstanceOf(DomainException.class)
                .hasMessage("The endorsement escalation must come after the endorsement period");
        assertThatThrownBy(() -> TimerSettings.ofDays(with(Timer.RELEASE_ESCALATION, 9), 2))
                .isInstanceOf(DomainException.class)
                .hasMessage("The tranche release escalation must come after the tranche release period");
    }

    @Test
    void theReminderLeadIsAtLeastADayAndShorterThanEveryPeriod() {
        assertThat(TimerSettings.ofDays(days(), 1).reminderLead()).isEqualTo("P1D");
        assertThat(TimerSettings.ofDays(days(), 4).reminderLead()).as("just under the screening reminder's 5")
                .isEqualTo("P4D");
        assertThatThrownBy(() -> TimerSettings.ofDays(days(), 400)).isInstanceOf(DomainException.class)
                .hasMessage("The reminder lead must be 1 to 365 days");
        assertThatThrownBy(() -> TimerSettings.ofDays(days(), -1)).isInstanceOf(DomainException.class)
                .hasMessage("The reminder lead must be 1 to 365 days");
        assertThatThrownBy(() -> TimerSettings.ofDays(days(), null)).isInstanceOf(DomainException.class)
                .hasMessage("The reminder lead must be 1 to 365 days");
        assertThatThrownBy(() -> TimerSettings.ofDays(days(), 5)).isInstanceOf(DomainException.class)
                .hasMessage("The reminder lead must be shorter than the screening reminder");
        assertThatThrownBy(() -> TimerSettings.ofDays(with(Timer.APPROVAL_PERIOD, 2), 2))
                .isInstanceOf(DomainException.class)
                .hasMessage("The reminder lead must be shorter than the approval period");
    }

    @Test
    void configuredDurationsShowAsWholeDays() {
        assertThat(TimerSettings.days("P10D")).isEqualTo(10);
        assertThat(TimerSettings.days("PT48H")).isEqualTo(2);
        assertThat(TimerSettings.days("PT5M")).isZero();
        assertThat(TimerSettings.days("P1M")).isEqualTo(30);
    }

    @Test
    void eachTimerHasItsConfigurationProperty() {
        assertThat(Timer.REVIEW_ESCALATION.configName()).isEqualTo("m4d.workflow.review-escalation");
        assertThat(Timer.VERIFICATION_PERIOD.configName()).isEqualTo("m4d.workflow.verification-period");
    }
}
