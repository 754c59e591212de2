package org.m4d.grants.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(1), 10);

    @Test
    void theWaitDoublesFromTheBase() {
        assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(policy.delayAfter(3)).isEqualTo(Duration.ofSeconds(120));
        assertThat(policy.delayAfter(7)).isEqualTo(Duration.ofSeconds(1920));
    }

    @Test
    void theWaitNeverExceedsTheCap() {
        assertThat(policy.delayAfter(8)).isEqualTo(Duration.ofHours(1));
        assertThat(policy.delayAfter(100)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void deliveryGivesUpAtTheMaximumNumberOfAttempts() {
        assertThat(policy.givesUpAfter(9)).isFalse();
        assertThat(policy.givesUpAfter(10)).isTrue();
    }

    @Test
    void aCapBelowTheBaseIsRefused() {
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofMinutes(2), Duration.ofMinutes(1), 3))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
