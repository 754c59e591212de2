package org.m4d.grants.notification.infra;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.m4d.grants.notification.application.DueSoonReminders;
import org.m4d.grants.tenancy.domain.Tenant;
import org.m4d.grants.tenancy.domain.TenantRepository;

/**
 * Runs the "due soon" reminders of every country on the container's managed scheduler, every
 * {@code m4d.notification.reminder-interval} (15 minutes unless set). A country that fails is
 * logged and tried again at the next run; the others go on.
 */
@ApplicationScoped
public class DueSoonSchedule {

    private static final Logger LOG = Logger.getLogger(DueSoonSchedule.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    DueSoonReminders reminders;

    @Inject
    TenantRepository tenants;

    @Inject
    @ConfigProperty(name = "m4d.notification.reminder-interval", defaultValue = "PT15M")
    String interval;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        long every = Duration.parse(interval).toMillis();
        scheduler.scheduleWithFixedDelay(this::run, every, every, TimeUnit.MILLISECONDS);
    }

    void run() {
        for (Tenant tenant : tenants.all()) {
            try {
                reminders.remindIn(tenant.code(), Instant.now());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, e, () -> "The due-soon reminders of " + tenant.code() + " failed; next run retries");
            }
        }
    }
}
