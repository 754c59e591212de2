package org.m4d.grants.platform.infra;

import jakarta.persistence.EntityManager;
import org.eclipse.persistence.config.EntityManagerProperties;

/**
 * Sets the tenant on the transaction's persistence context. EclipseLink then adds the tenant
 * discriminator to every read and write of a tenant-owned entity, {@code find()} included; a
 * tenant-owned entity used without it fails (EclipseLink-6174) instead of leaking.
 */
public final class TenantScope {

    private TenantScope() {
    }

    public static void enter(EntityManager em, String tenant) {
        if (tenant == null || tenant.isBlank()) {
            throw new IllegalStateException("No tenant given for a tenant-owned operation");
        }
        em.setProperty(EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT, tenant);
    }
}
