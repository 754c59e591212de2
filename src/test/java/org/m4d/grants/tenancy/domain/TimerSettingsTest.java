package org.m4d.grants.tenancy.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.m4d.grants.platform.domain.DomainException;

class TimerSettingsTest {

    @Test
    void storesWholeDaysAsIsoDurations() {
        TimerSettings timers = TimerSettings.ofDays(5, 10, 15, 30, 45);

        assertThat(timers).isEqualTo(new TimerSettings("P5D", "P10D", "P15D", "P30D", "P45D"));
        assertThat(TimerSettings.days(timers.reportEscalation())).isEqualTo(45);
    }

    @Test
    void eachTimerIsOneToAYear() {
        assertThat(TimerSettings.ofDays(1, 1, 2, 364, 365).reportEscalation()).isEqualTo("P365D");
        assertThatThrownBy(() -> TimerSettings.ofDays(0, 10, 15, 30, 45)).isInstanceOf(DomainException.class)
                .hasMessage("The screening reminder must be 1 to 365 days");
        assertThatThrownBy(() -> TimerSettings.ofDays(5, 10, 15, 30, 366)).isInstanceOf(DomainException.class)
                .hasMessage("The report escalation must be 1 to 365 days");
        assertThatThrownBy(() -> TimerSettings.ofDays(5, null, 15, 30, 45)).isInstanceOf(DomainException.class)
                .hasMessage("The review reminder must be 1 to 365 days");
    }

    @Test
    void anEscalationComesAfterItsReminder() {
        assertThatThrownBy(() -> TimerSettings.ofDays(5, 10, 10, 30, 45)).isInstanceOf(DomainException.class)
                .hasMessage("The review escalation must come after the review reminder");
        assertThatThrownBy(() -> TimerSettings.ofDays(5, 10, 15, 30, 20)).isInstanceOf(DomainException.class)
                .hasMessage("The report escalation must come after the report reminder");
    }

    @Test
    void configuredDurationsShowAsWholeDays() {
        assertThat(TimerSettings.days("P10D")).isEqualTo(10);
        assertThat(TimerSettings.days("PT48H")).isEqualTo(2);
        assertThat(TimerSettings.days("PT5M")).isZero();
        assertThat(TimerSettings.days("P1M")).isEqualTo(30);
    }
}
