package org.m4d.grants.notification.domain;

import java.time.Duration;

/**
 * How long a mail waits after a failed attempt: the base delay, doubling with each attempt, never
 * more than the cap; and after how many attempts delivery gives up.
 */
public record RetryPolicy(Duration base, Duration max, int maxAttempts) {

    public RetryPolicy {
        if (base.isNegative() || base.isZero() || max.compareTo(base) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("A retry policy needs 0 < base <= max and at least one attempt");
        }
    }

    /** The wait after the given number of failed attempts (1 → base, 2 → twice the base, …). */
    public Duration delayAfter(int failedAttempts) {
        int doublings = Math.max(0, failedAttempts - 1);
        // beyond 2^30 times the base every realistic cap has long been reached
        if (doublings >= 30) {
            return max;
        }
        Duration delay = base.multipliedBy(1L << doublings);
        return delay.compareTo(max) > 0 ? max : delay;
    }

    public boolean givesUpAfter(int attempts) {
        return attempts >= maxAttempts;
    }
}
