package org.m4d.grants.notification.infra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.m4d.grants.notification.domain.Outbox;
import org.m4d.grants.notification.domain.OutboxMail;

/**
 * The outbox in the application's database. Its rows are not tenant-scoped by the ORM (the sender
 * works for every country), so {@link #ofCountry} names its country in the query.
 */
@ApplicationScoped
public class JpaOutbox implements Outbox {

    @PersistenceContext(unitName = "m4d")
    EntityManager em;

    @Override
    public void add(OutboxMail mail) {
        em.persist(mail);
    }

    @Override
    public Optional<OutboxMail> find(long id) {
        return Optional.ofNullable(em.find(OutboxMail.class, id));
    }

    @Override
    public List<OutboxMail> claimable(Instant now, int max) {
        return em.createQuery("SELECT m FROM OutboxMail m WHERE m.status = :pending AND m.nextAttemptAt <= :now"
                        + " AND (m.claimedUntil IS NULL OR m.claimedUntil < :now) ORDER BY m.nextAttemptAt, m.id",
                        OutboxMail.class)
                .setParameter("pending", OutboxMail.Status.PENDING)
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public List<OutboxMail> ofCountry(String tenantId, OutboxMail.Status status, int max) {
        return em.createQuery("SELECT m FROM OutboxMail m WHERE m.tenantId = :tenant AND m.status = :status"
                        + " ORDER BY m.createdAt DESC, m.id DESC", OutboxMail.class)
                .setParameter("tenant", tenantId)
                .setParameter("status", status)
                .setMaxResults(max)
                .getResultList();
    }
}
