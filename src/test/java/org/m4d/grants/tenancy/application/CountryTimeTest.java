package org.m4d.grants.tenancy.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.m4d.grants.platform.application.TenantContext;
import org.m4d.grants.tenancy.domain.TenantSettings;
import org.m4d.grants.tenancy.domain.TenantSettingsRepository;
import org.m4d.grants.tenancy.domain.Timer;
import org.m4d.grants.tenancy.domain.TimerSettings;

/** The reminder lead a country set, else the configured one, asked without a signed-in user. */
class CountryTimeTest {

    private static TimerSettings timers(int lead) {
        Map<Timer, Integer> days = new EnumMap<>(Timer.class);
        for (Timer timer : Timer.values()) {
            days.put(timer, timer.after() == null ? 10 : 20);
        }
        return TimerSettings.ofDays(days, lead);
    }

    private final CountryTime time = new CountryTime();

    {
        time.context = new TenantContext();
        time.defaults = () -> timers(2);
        TenantSettings nepal = new TenantSettings(timers(4), Map.of("RELEVANCE", 50, "SCALABILITY", 10,
                "LOCAL_OWNERSHIP", 10, "GENDER_RESPONSIVENESS", 10, "SUSTAINABILITY", 10, "BUDGET_REALISM", 10),
                "np.admin", Instant.parse("2026-01-05T10:00:00Z"));
        time.settings = new TenantSettingsRepository() {
            @Override
            public Optional<TenantSettings> find() {
                return "NP".equals(time.context.current()) ? Optional.of(nepal) : Optional.empty();
            }

            @Override
            public void store(TenantSettings settings) {
                throw new AssertionError("read only");
            }
        };
    }

    @Test
    void aCountryWithItsOwnSettingsRemindsWithItsLead() {
        assertThat(time.reminderLead("NP")).isEqualTo(Duration.ofDays(4));
    }

    @Test
    void aCountryWithoutRemindsWithTheConfiguredLead() {
        assertThat(time.reminderLead("SN")).isEqualTo(Duration.ofDays(2));
    }
}
