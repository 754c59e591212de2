package org.m4d.grants.platform.infra;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.persistence.config.EntityManagerProperties;
import org.m4d.grants.platform.application.TenantContext;

/**
 * The base of the repositories of tenant-owned entities, and the one place where the country of the
 * {@link TenantContext} becomes the tenant of the transaction's persistence context. EclipseLink then
 * adds the tenant discriminator to every read and write, {@code find()} included.
 * <p>
 * When the country changes within one transaction (an "all countries" view), the persistence
 * context is flushed and cleared first: it would otherwise still hold the previous country's
 * entities, and {@code find()} answers from it without a query, so without the filter.
 */
public abstract class TenantEntities {

    private static final String TENANT = EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT;

    @PersistenceContext(unitName = "m4d")
    EntityManager em;

    @Inject
    TenantContext tenants;

    /** The transaction's persistence context, working in the current country; none set fails. */
    protected EntityManager em() {
        String tenant = tenants.current();
        Object before = em.getProperties().get(TENANT);
        if (!tenant.equals(before)) {
            if (before != null) {
                if (em.isJoinedToTransaction()) {
                    em.flush();
                }
                em.clear();
            }
            em.setProperty(TENANT, tenant);
        }
        return em;
    }
}
