package org.m4d.grants.identity.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Test;

class MemorySignInThrottleTest extends SignInThrottleContract {

    @Override
    SignInThrottle freshThrottle(Clock clock) {
        return new MemorySignInThrottle(clock);
    }

    @Test
    void floodingWithOtherNamesKeepsTheStoreBoundedAndDoesNotLiftALock() {
        fail("np.finance", 5);

        for (int i = 0; i < MemorySignInThrottle.MAX_NAMES * 2; i++) {
            throttle.failed("guess" + i);
        }

        assertThat(((MemorySignInThrottle) throttle).size()).isLessThanOrEqualTo(MemorySignInThrottle.MAX_NAMES);
        assertThat(throttle.allows("np.finance")).isFalse();
    }
}
