package org.m4d.grants.audit.infra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import org.m4d.grants.audit.domain.AuditSearch;
import org.m4d.grants.audit.domain.AuditEntry;
import org.m4d.grants.audit.domain.AuditRepository;
import org.m4d.grants.platform.infra.TenantScope;

@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {

    @PersistenceContext(unitName = "m4d")
    EntityManager em;

    @Override
    public void append(String tenant, AuditEntry entry) {
        TenantScope.enter(em, tenant);
        em.persist(entry);
    }

    @Override
    public List<AuditEntry> ofSubject(String tenant, String subjectType, long subjectId) {
        TenantScope.enter(em, tenant);
        return em.createNamedQuery("AuditEntry.ofSubject", AuditEntry.class)
                .setParameter("type", subjectType)
                .setParameter("id", subjectId)
                .getResultList();
    }

    @Override
    public List<AuditEntry> recent(String tenant, AuditSearch search, int max) {
        TenantScope.enter(em, tenant);
        TypedQuery<AuditEntry> query = em.createQuery("SELECT a FROM AuditEntry a" + where(search)
                + " ORDER BY a.occurredAt DESC, a.id DESC", AuditEntry.class);
        return bind(query, search).setMaxResults(max).getResultList();
    }

    @Override
    public long count(String tenant, AuditSearch search) {
        TenantScope.enter(em, tenant);
        return bind(em.createQuery("SELECT COUNT(a) FROM AuditEntry a" + where(search), Long.class), search)
                .getSingleResult();
    }

    @Override
    public List<String> actions(String tenant) {
        TenantScope.enter(em, tenant);
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
