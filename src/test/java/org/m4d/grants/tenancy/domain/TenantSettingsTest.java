package org.m4d.grants.tenancy.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TenantSettingsTest {

    private static Map<String, Integer> weights(int relevance, int others) {
        Map<String, Integer> weights = new LinkedHashMap<>();
        for (String criterion : TenantSettings.CRITERIA) {
            weights.put(criterion, others);
        }
        weights.put("RELEVANCE", relevance);
        return weights;
    }

    @Test
    void keepsTimersAndWeightsAndWhoChangedThem() {
        Instant now = Instant.parse("2026-01-05T10:00:00Z");
        TenantSettings settings = new TenantSettings(TimerSettings.ofDays(TimerSettingsTest.days(), 2), weights(50, 10),
                "np.admin", now);

        assertThat(settings.timers()).isEqualTo(TimerSettings.ofDays(TimerSettingsTest.days(), 2));
        assertThat(settings.percentages()).containsExactly(Map.entry("RELEVANCE", 50), Map.entry("SCALABILITY", 10),
                Map.entry("LOCAL_OWNERSHIP", 10), Map.entry("GENDER_RESPONSIVENESS", 10),
                Map.entry("SUSTAINABILITY", 10), Map.entry("BUDGET_REALISM", 10));
        assertThat(settings.updatedBy()).isEqualTo("np.admin");
        assertThat(settings.updatedAt()).isEqualTo(now);
    }

    @Test
    void aChangeReplacesEveryWeight() {
        TenantSettings settings = new TenantSettings(TimerSettings.ofDays(TimerSettingsTest.days(), 2), weights(50, 10),
                "np.admin", Instant.parse("2026-01-05T10:00:00Z"));

        settings.change(TimerSettings.ofDays(TimerSettingsTest.days(), 2), weights(25, 15), "np.admin",
                Instant.parse("2026-01-06T10:00:00Z"));

        assertThat(settings.percentages()).isEqualTo(weights(25, 15));
    }
}
