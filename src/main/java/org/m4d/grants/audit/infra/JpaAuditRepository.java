package org.m4d.grants.audit.infra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
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
}
