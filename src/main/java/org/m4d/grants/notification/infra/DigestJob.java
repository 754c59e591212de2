package org.m4d.grants.notification.infra;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.m4d.grants.notification.application.Digests;

/**
 * Looks for due daily digests every {@code m4d.notification.digest-every} (default 15 minutes) on the
 * container's managed scheduled executor. Every node runs it; the digest's key in the database keeps
 * two nodes from sending the same digest.
 */
@ApplicationScoped
public class DigestJob {

    private static final Logger LOG = Logger.getLogger(DigestJob.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    Digests digests;

    @Inject
    @ConfigProperty(name = "m4d.notification.digest-every", defaultValue = "PT15M")
    String every;

    private final Clock clock = Clock.systemUTC();
    private ScheduledFuture<?> schedule;

    /** After start-up's schema migration (a later priority than the bootstrap's). */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) Startup startup) {
        long period = Duration.parse(every).toMillis();
        if (period <= 0) {
            throw new IllegalStateException("m4d.notification.digest-every must be a positive duration: " + every);
        }
        schedule = executor.scheduleWithFixedDelay(this::run, period, period, TimeUnit.MILLISECONDS);
    }

    private void run() {
        try {
            int sent = digests.sendDue(clock.instant());
            if (sent > 0) {
                LOG.info(() -> sent + " daily digest(s) queued");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Looking for due digests failed; the next run tries again", e);
        }
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }
}
