package org.m4d.grants.workflow;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Stops the engine's clock at one instant for each process test, so that a create time and a due
 * date the engine reads one after the other are exactly the period apart, and restarts it after.
 */
final class FixedClock implements BeforeEachCallback, AfterEachCallback {

    static final Date NOW = Date.from(Instant.parse("2026-03-02T09:00:00Z"));

    @Override
    public void beforeEach(ExtensionContext context) {
        ClockUtil.setCurrentTime(NOW);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        ClockUtil.reset();
    }

    /** The instant {@code period} after {@link #NOW}. */
    static Date plus(Duration period) {
        return new Date(NOW.getTime() + period.toMillis());
    }
}
