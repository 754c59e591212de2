package org.m4d.grants.notification.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.m4d.grants.notification.domain.DigestKey;
import org.m4d.grants.notification.domain.DigestQueue;
import org.m4d.grants.notification.domain.Notification;
import org.m4d.grants.notification.domain.NotificationDigest;
import org.m4d.grants.notification.domain.NotificationKind;
import org.m4d.grants.notification.domain.NotificationList;
import org.m4d.grants.testing.Wiring;

/** The notification table and the digests' marks, in memory, with the queries of the JPA repository. */
final class InMemoryNotifications implements NotificationList, DigestQueue {

    private static final AtomicLong IDS = new AtomicLong(1000);

    final List<Notification> rows = new ArrayList<>();
    final List<NotificationDigest> digests = new ArrayList<>();

    Notification add(String tenant, String recipient, String summary, String link, Instant at, Notification.Mail mail) {
        Notification n = new Notification(tenant, recipient, NotificationKind.TASK_NEW, 7L, "task-1", summary, link,
                at, mail);
        Wiring.set(n, Notification.class, "id", IDS.incrementAndGet());
        rows.add(n);
        return n;
    }

    private static final Comparator<Notification> NEWEST_FIRST =
            Comparator.comparing(Notification::createdAt).thenComparing(Notification::id).reversed();

    @Override
    public List<Notification> page(String recipient, boolean unreadOnly, int first, int max) {
        return rows.stream().filter(n -> n.recipient().equals(recipient) && (!unreadOnly || n.unread()))
                .sorted(NEWEST_FIRST).skip(first).limit(max).toList();
    }

    @Override
    public long countUnread(String recipient) {
        return count(recipient, true);
    }

    @Override
    public long count(String recipient, boolean unreadOnly) {
        return rows.stream().filter(n -> n.recipient().equals(recipient) && (!unreadOnly || n.unread())).count();
    }

    @Override
    public Optional<Notification> own(String recipient, long id) {
        return rows.stream().filter(n -> n.id() == id && n.recipient().equals(recipient)).findFirst();
    }

    @Override
    public List<Notification> unread(String recipient) {
        return rows.stream().filter(n -> n.recipient().equals(recipient) && n.unread()).toList();
    }

    @Override
    public List<Notification> pendingBefore(String tenantId, Instant before) {
        return rows.stream().filter(n -> n.mail() == Notification.Mail.DIGEST_PENDING && n.tenantId().equals(tenantId)
                && n.createdAt().isBefore(before)).sorted(Comparator.comparing(Notification::createdAt)).toList();
    }

    @Override
    public List<Notification> pendingOf(String recipient, String tenantId, Instant from, Instant until) {
        return pendingBefore(tenantId, until).stream()
                .filter(n -> n.recipient().equals(recipient) && !n.createdAt().isBefore(from)).toList();
    }

    @Override
    public boolean sent(DigestKey key) {
        return digests.stream().anyMatch(d -> d.key().equals(key));
    }

    @Override
    public void record(NotificationDigest digest) {
        if (sent(digest.key())) {
            throw new IllegalStateException("duplicate key " + digest.key());
        }
        digests.add(digest);
    }
}
