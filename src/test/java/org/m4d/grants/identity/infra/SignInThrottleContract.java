package org.m4d.grants.identity.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SignInThrottle} does, whatever keeps its counts: {@link MemorySignInThrottleTest} and
 * {@link DatabaseSignInThrottleTest} run these same cases.
 */
abstract class SignInThrottleContract {

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final ManualClock clock = new ManualClock();
    SignInThrottle throttle;

    /** A throttle with no counts yet, on this clock. */
    abstract SignInThrottle freshThrottle(Clock clock);

    @BeforeEach
    void freshThrottle() {
        throttle = freshThrottle(clock);
    }


    void fail(String name, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(name);
        }
    }

    @Test
    void fourFailuresStillAllowAnotherTryTheFifthLocksTheName() {
        fail("np.finance", 4);
        assertThat(throttle.allows("np.finance")).isTrue();

        throttle.failed("np.finance");

        assertThat(throttle.allows("np.finance")).isFalse();
        assertThat(throttle.allows("sn.finance")).as("other names are not affected").isTrue();
    }

    @Test
    void theLockLastsFifteenMinutes() {
        fail("np.finance", 5);

        clock.advance(Duration.ofMinutes(14).plusSeconds(59));
        assertThat(throttle.allows("np.finance")).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.allows("np.finance")).isTrue();
    }

    @Test
    void attemptsDuringTheLockDoNotProlongIt() {
        fail("np.finance", 5);
        clock.advance(Duration.ofMinutes(10));
        fail("np.finance", 3);

        clock.advance(Duration.ofMinutes(5));

        assertThat(throttle.allows("np.finance")).isTrue();
    }

    @Test
    void failuresOlderThanTheWindowNoLongerCount() {
        fail("np.finance", 4);
        clock.advance(Duration.ofMinutes(15));

        throttle.failed("np.finance");

        assertThat(throttle.allows("np.finance")).isTrue();
    }

    @Test
    void aSuccessfulSignInStartsTheCountAfresh() {
        fail("np.finance", 4);
        throttle.succeeded("np.finance");

        fail("np.finance", 4);

        assertThat(throttle.allows("np.finance")).isTrue();
    }

    @Test
    void unknownNamesAreCountedLikeKnownOnes() {
        fail("nobody.here", 5);

        assertThat(throttle.allows("nobody.here")).isFalse();
    }

    @Test
    void aNameWithAControlCharacterOrTooLongIsCountedLikeAnyOther() {
        String odd = "np.finance\u0000" + "x".repeat(200);
        fail(odd, 5);

        assertThat(throttle.allows(odd)).isFalse();
        assertThat(throttle.allows("np.finance")).isTrue();
    }

    @Test
    void concurrentFailuresAreAllCounted() throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int i = 0; i < SignInThrottle.MAX_FAILURES; i++) {
            pool.submit(() -> throttle.failed("np.finance"));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        assertThat(throttle.allows("np.finance")).isFalse();
    }
}
