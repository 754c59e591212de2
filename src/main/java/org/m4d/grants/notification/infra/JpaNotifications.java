package org.m4d.grants.notification.infra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.m4d.grants.notification.domain.DigestKey;
import org.m4d.grants.notification.domain.DigestQueue;
import org.m4d.grants.notification.domain.Notification;
import org.m4d.grants.notification.domain.NotificationDigest;
import org.m4d.grants.notification.domain.NotificationList;

/**
 * Notifications are not tenant-owned rows: they belong to their recipient, across countries, so
 * every query of the list names the recipient instead of relying on the tenant filter.
 */
@ApplicationScoped
public class JpaNotifications implements NotificationList, DigestQueue {

    @PersistenceContext(unitName = "m4d")
    EntityManager em;

    @Override
    public List<Notification> page(String recipient, boolean unreadOnly, int first, int max) {
        return em.createQuery("SELECT n FROM Notification n WHERE n.recipient = :recipient"
                        + (unreadOnly ? " AND n.readAt IS NULL" : "") + " ORDER BY n.createdAt DESC, n.id DESC",
                        Notification.class)
                .setParameter("recipient", recipient).setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long countUnread(String recipient) {
        return em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.recipient = :recipient"
                        + " AND n.readAt IS NULL", Long.class)
                .setParameter("recipient", recipient).getSingleResult();
    }

    @Override
    public long count(String recipient, boolean unreadOnly) {
        return em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.recipient = :recipient"
                        + (unreadOnly ? " AND n.readAt IS NULL" : ""), Long.class)
                .setParameter("recipient", recipient).getSingleResult();
    }

    @Override
    public Optional<Notification> own(String recipient, long id) {
        return em.createQuery("SELECT n FROM Notification n WHERE n.id = :id AND n.recipient = :recipient",
                        Notification.class)
                .setParameter("id", id).setParameter("recipient", recipient).getResultStream().findFirst();
    }

    @Override
    public List<Notification> unread(String recipient) {
        return em.createQuery("SELECT n FROM Notification n WHERE n.recipient = :recipient AND n.readAt IS NULL",
                        Notification.class)
                .setParameter("recipient", recipient).getResultList();
    }

    @Override
    public List<Notification> pendingBefore(String tenantId, Instant before) {
        return em.createQuery("SELECT n FROM Notification n WHERE n.mail = :pending AND n.tenantId = :tenant"
                        + " AND n.createdAt < :before ORDER BY n.createdAt, n.id", Notification.class)
                .setParameter("pending", Notification.Mail.DIGEST_PENDING).setParameter("tenant", tenantId)
                .setParameter("before", before).getResultList();
    }

    @Override
    public List<Notification> pendingOf(String recipient, String tenantId, Instant from, Instant until) {
        return em.createQuery("SELECT n FROM Notification n WHERE n.mail = :pending AND n.recipient = :recipient"
                        + " AND n.tenantId = :tenant AND n.createdAt >= :from AND n.createdAt < :until"
                        + " ORDER BY n.createdAt, n.id", Notification.class)
                .setParameter("pending", Notification.Mail.DIGEST_PENDING).setParameter("recipient", recipient)
                .setParameter("tenant", tenantId).setParameter("from", from).setParameter("until", until)
                .getResultList();
    }

    @Override
    public boolean sent(DigestKey key) {
        return em.createQuery("SELECT COUNT(d) FROM NotificationDigest d WHERE d.recipient = :recipient"
                        + " AND d.tenantId = :tenant AND d.localDay = :day", Long.class)
                .setParameter("recipient", key.recipient()).setParameter("tenant", key.tenantId())
                .setParameter("day", key.day()).getSingleResult() > 0;
    }

    /** Flushed at once: a digest recorded by another node fails here, before anything else is done. */
    @Override
    public void record(NotificationDigest digest) {
        em.persist(digest);
        em.flush();
    }
}
