package org.m4d.grants.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.m4d.grants.identity.application.Directory;
import org.m4d.grants.notification.domain.DigestKey;
import org.m4d.grants.notification.domain.DigestQueue;
import org.m4d.grants.notification.domain.Notification;
import org.m4d.grants.notification.domain.NotificationDigest;

/**
 * One user's digest of one country and day, in one transaction: the mail queued in the outbox, its
 * notifications marked digested and the digest recorded under its key, or none of it.
 */
@ApplicationScoped
public class DigestComposer {

    @Inject
    DigestQueue queue;

    @Inject
    Directory directory;

    @Inject
    DigestMail mail;

    @Inject
    Mails mails;

    /** Whether a mail was queued; false when the digest was already sent or has nothing in it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean compose(DigestKey key, ZoneId zone, Instant now) {
        if (queue.sent(key)) {
            return false;
        }
        List<Notification> items = queue.pendingOf(key.recipient(), key.tenantId(),
                key.day().atStartOfDay(zone).toInstant(), key.day().plusDays(1).atStartOfDay(zone).toInstant());
        if (items.isEmpty()) {
            return false;
        }
        Optional<Directory.Recipient> recipient = directory.find(key.recipient())
                .filter(r -> r.email() != null);
        Long mailId = recipient.map(r -> mails.enqueue(mail.render(r, key, zone, items))).orElse(null);
        items.forEach(Notification::digested);
        queue.record(new NotificationDigest(key, mailId, items.size(), now));
        return mailId != null;
    }
}
