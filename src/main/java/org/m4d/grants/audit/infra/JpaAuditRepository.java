package org.m4d.grants.audit.infra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import org.m4d.grants.audit.domain.AuditSearch;
import org.m4d.grants.audit.domain.AuditEntry;
import org.m4d.grants.audit.domain.AuditRepository;
import org.m4d.grants.platform.infra.TenantEntities;

@ApplicationScoped
public class JpaAuditRepository extends TenantEntities implements AuditRepository {

    @Override
    public void append(AuditEntry entry) {
        EntityManager em = em();
        em.persist(entry);
    }

    @Override
    public List<AuditEntry> ofSubject(String subjectType, long subjectId) {
        EntityManager em = em();
        return em.createNamedQuery("AuditEntry.ofSubject", AuditEntry.class)
                .setParameter("type", subjectType)
                .setParameter("id", subjectId)
                .getResultList();
    }

    @Override
    public List<AuditEntry> recent(AuditSearch search, int max) {
        EntityManager em = em();
        TypedQuery<AuditEntry> query = em.createQuery("SELECT a FROM AuditEntry a" + where(search)
                + " ORDER BY a.occurredAt DESC, a.id DESC", AuditEntry.class);
        return bind(query, search).setMaxResults(max).getResultList();
    }

    @Override
    public long count(AuditSearch search) {
        EntityManager em = em();
        return bind(em.createQuery("SELECT COUNT(a) FROM AuditEntry a" + where(search), Long.class), search)
                .getSingleResult();
    }

    @Override
    public List<String> actions() {
        EntityManager em = em();
        return em.createQuery("SELECT DISTINCT a.action FROM AuditEntry a ORDER BY a.action", String.class)
                .getResultList();
    }

    private static String where(AuditSearch search) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (search.action() != null) {
            where.append(" AND a.action = :action");
        }
        if (search.actor() != null) {
            where.append(" AND LOWER(a.actor) LIKE :actor ESCAPE '!'");
        }
        return where.toString();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, AuditSearch search) {
        if (search.action() != null) {
            query.setParameter("action", search.action());
        }
        if (search.actor() != null) {
            String literal = search.actor().toLowerCase(Locale.ROOT)
                    .replace("!", "!!").replace("%", "!%").replace("_", "!_");
            query.setParameter("actor", "%" + literal + "%");
        }
        return query;
    }
}
