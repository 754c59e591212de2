package org.m4d.grants.it.probe;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.m4d.grants.platform.application.TenantContext;
import org.m4d.grants.platform.infra.TenantEntities;
import org.m4d.grants.proposal.domain.ProposalRepository;
import org.m4d.grants.proposal.domain.Proposal;

/**
 * Test-only endpoints, added to the deployment by {@code PersistenceIsolationIT}, that try to get
 * past the tenant filter below the application layer: native SQL, bulk JPQL, and reading an object
 * that another tenant's persistence context has just loaded.
 */
@Path("it-probe/persistence")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class PersistenceProbe extends TenantEntities {

    @Inject
    TenantContext context;

    @Inject
    ProposalRepository proposals;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** A native query in a tenant's persistence context: refused, or how many rows it saw. */
    @POST
    @Path("native")
    @Transactional
    public Map<String, Object> nativeQuery(@QueryParam("tenant") String tenant) {
        EntityManager em = in(tenant);
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
        EntityManager em = in(tenant);
        int touched = em.createQuery("UPDATE Proposal p SET p.title = CONCAT(p.title, '')").executeUpdate();
        transactions.setRollbackOnly();
        return Map.of("touched", touched);
    }

    /**
     * Reads in a transaction, then asks PostgreSQL, on a connection of its own, whether a session
     * is idle inside a transaction right after that read: only when the read ran on the
     * transaction's connection. A read on a connection of its own would have committed at once.
     */
    @POST
    @Path("read-in-transaction")
    @Transactional
    public Map<String, Object> readInTransaction(@QueryParam("tenant") String tenant) throws SQLException {
        in(tenant).createQuery("SELECT COUNT(p) FROM Proposal p", Long.class).getSingleResult();
        try (Connection c = DriverManager.getConnection(System.getenv("DB_URL"), System.getenv("DB_USER"),
                System.getenv("DB_PASSWORD"));
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM pg_stat_activity WHERE pid <> pg_backend_pid()"
                     + " AND state = 'idle in transaction' AND query ILIKE '%COUNT(ID)%FROM proposal%'");
             ResultSet r = s.executeQuery()) {
            r.next();
            return Map.of("readsInTheTransaction", r.getLong(1));
        }
    }

    /**
     * Looks for a proposal by id, by query and by count in one tenant's persistence context (a new
     * one each request, so an object another tenant's request loaded could only come from a cache).
     */
    @POST
    @Path("find")
    @Transactional
    public Map<String, Object> find(@QueryParam("tenant") String tenant, @QueryParam("id") long id) {
        EntityManager em = in(tenant);
        boolean found = em.find(Proposal.class, id) != null;
        long counted = em.createQuery("SELECT COUNT(p) FROM Proposal p WHERE p.id = :id", Long.class)
                .setParameter("id", id).getSingleResult();
        return Map.of("found", found, "counted", counted);
    }

    /**
     * Switches country inside one transaction, as an "all countries" view does: loads a proposal in
     * its own country, then looks for the same id in another; the persistence context must not answer
     * from the entity it already holds.
     */
    @POST
    @Path("switch")
    @Transactional
    public Map<String, Object> switchCountry(@QueryParam("owner") String owner, @QueryParam("other") String other,
                                             @QueryParam("id") long id) {
        boolean ownerFound = context.runIn(owner, () -> proposals.find(id).isPresent());
        boolean otherFound = context.runIn(other, () -> proposals.find(id).isPresent());
        boolean ownerAgain = context.runIn(owner, () -> proposals.find(id).isPresent());
        return Map.of("ownerFound", ownerFound, "otherFound", otherFound, "ownerFoundAgain", ownerAgain);
    }

    /** A repository used with no tenant context: the exception it fails with, or that it did not. */
    @POST
    @Path("no-context")
    @Transactional
    public Map<String, Object> noContext(@QueryParam("id") long id) {
        try {
            return Map.of("failed", false, "found", proposals.find(id).isPresent());
        } catch (IllegalStateException e) {
            return Map.of("failed", true, "message", e.getMessage());
        }
    }

    private EntityManager in(String tenant) {
        context.enter(tenant);
        return em();
    }
}
