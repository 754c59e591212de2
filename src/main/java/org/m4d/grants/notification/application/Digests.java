package org.m4d.grants.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.m4d.grants.notification.domain.DigestKey;
import org.m4d.grants.notification.domain.DigestQueue;
import org.m4d.grants.tenancy.application.CountryTime;
import org.m4d.grants.tenancy.domain.Tenant;
import org.m4d.grants.tenancy.domain.TenantRepository;

/**
 * The daily digests. A notification belongs to the local day of its own country (its tenant's time
 * zone); once that day is over and the country's clock has reached the digest hour, each user gets
 * one mail with their notifications of that country and day. A user who works in several countries
 * thus gets one digest per country and day, each at the digest hour in that country. Each digest is
 * composed in a transaction of its own ({@link DigestComposer}), so one that fails leaves the others;
 * the run's own transaction only reads what is due.
 */
@ApplicationScoped
@Transactional
public class Digests {

    private static final Logger LOG = Logger.getLogger(Digests.class.getName());

    @Inject
    DigestQueue queue;

    @Inject
    DigestComposer composer;

    @Inject
    TenantRepository tenants;

    @Inject
    CountryTime countryTime;

    @Inject
    NotificationConfig config;

    /** Composes every digest that is due at that moment; answers how many mails were queued. */
    public int sendDue(Instant now) {
        int sent = 0;
        for (Tenant tenant : tenants.all()) {
            ZoneId zone = countryTime.zone(tenant.code());
            Set<DigestKey> due = new LinkedHashSet<>();
            queue.pendingBefore(tenant.code(), dueBefore(now, zone)).forEach(n -> due.add(new DigestKey(
                    n.recipient(), tenant.code(), LocalDate.ofInstant(n.createdAt(), zone))));
            for (DigestKey key : due) {
                try {
                    sent += composer.compose(key, zone, now) ? 1 : 0;
                } catch (RuntimeException e) {
                    // another node composed it first (the digest's key), or the outbox refused it: next run
                    LOG.log(Level.INFO, "The digest " + key + " was not composed now", e);
                }
            }
        }
        return sent;
    }

    /**
     * The notifications created before this instant are due: those of the days before today from
     * the digest hour on, those of the days before yesterday until then.
     */
    Instant dueBefore(Instant now, ZoneId zone) {
        ZonedDateTime local = now.atZone(zone);
        LocalDate lastDayDue = local.getHour() >= config.digestHour()
                ? local.toLocalDate().minusDays(1) : local.toLocalDate().minusDays(2);
        return lastDayDue.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
