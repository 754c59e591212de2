package org.m4d.grants.tenancy.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.m4d.grants.review.domain.CriteriaWeights;
import org.m4d.grants.review.domain.Criterion;

class TenantSettingsTest {

    private static Map<Criterion, Integer> weights(int relevance, int others) {
        Map<Criterion, Integer> weights = new EnumMap<>(Criterion.class);
        for (Criterion c : Criterion.values()) {
            weights.put(c, others);
        }
        weights.put(Criterion.RELEVANCE, relevance);
        return weights;
    }

    @Test
    void keepsTimersAndWeightsAndWhoChangedThem() {
        Instant now = Instant.parse("2026-01-05T10:00:00Z");
        TenantSettings settings = new TenantSettings(TimerSettings.ofDays(3, 7, 14, 20, 40),
                CriteriaWeights.ofPercentages(weights(50, 10)), "np.admin", now);

        assertThat(settings.timers().reviewPeriod()).isEqualTo("P7D");
        assertThat(settings.percentages()).isEqualTo(weights(50, 10));
        assertThat(settings.updatedBy()).isEqualTo("np.admin");
        assertThat(settings.updatedAt()).isEqualTo(now);

        Map<Criterion, Integer> scores = new EnumMap<>(Criterion.class);
        for (Criterion c : Criterion.values()) {
            scores.put(c, 1);
        }
        scores.put(Criterion.RELEVANCE, 5);
        assertThat(settings.weights().score(scores)).isEqualByComparingTo(new BigDecimal("3.00"));
    }
}
