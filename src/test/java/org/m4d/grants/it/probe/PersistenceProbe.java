package org.m4d.grants.it.probe;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.m4d.grants.platform.infra.TenantScope;
import org.m4d.grants.proposal.domain.Proposal;

/**
 * Test-only endpoints, added to the deployment by {@code PersistenceIsolationIT}, that try to get
 * past the tenant filter below the application layer: native SQL, bulk JPQL, and reading an object
 * that another tenant's persistence context has just loaded.
 */
@Path("it-probe/persistence")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class PersistenceProbe {

    @PersistenceContext(unitName = "m4d")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** A native query in a tenant's persistence context: refused, or how many rows it saw. */
    @POST
    @Path("native")
    @Transactional
    public Map<String, Object> nativeQuery(@QueryParam("tenant") String tenant) {
        TenantScope.enter(em, tenant);
        try {
            Object rows = em.createNativeQuery("SELECT COUNT(*) FROM proposal").getSingleResult();
            return Map.of("refused", false, "rows", ((Number) rows).longValue());
        } catch (RuntimeException refused) {
            return Map.of("refused", true, "error", refused.getClass().getSimpleName());
        }
    }

    /** A bulk JPQL update in a tenant's context; how many rows it touched, then rolled back. */
    @POST
    @Path("bulk")
    @Transactional
    public Map<String, Object> bulkUpdate(@QueryParam("tenant") String tenant) {
        TenantScope.enter(em, tenant);
        int touched = em.createQuery("UPDATE Proposal p SET p.title = CONCAT(p.title, '')").executeUpdate();
        transactions.setRollbackOnly();
        return Map.of("touched", touched);
    }

    /**
     * Looks for a proposal by id, by query and by count in one tenant's persistence context (a new
     * one each request, so an object another tenant's request loaded could only come from a cache).
     */
    @POST
    @Path("find")
    @Transactional
    public Map<String, Object> find(@QueryParam("tenant") String tenant, @QueryParam("id") long id) {
        TenantScope.enter(em, tenant);
        boolean found = em.find(Proposal.class, id) != null;
        long counted = em.createQuery("SELECT COUNT(p) FROM Proposal p WHERE p.id = :id", Long.class)
                .setParameter("id", id).getSingleResult();
        return Map.of("found", found, "counted", counted);
    }
}
