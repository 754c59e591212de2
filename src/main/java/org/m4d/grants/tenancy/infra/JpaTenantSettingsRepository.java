package org.m4d.grants.tenancy.infra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.m4d.grants.platform.infra.TenantScope;
import org.m4d.grants.tenancy.domain.TenantSettings;
import org.m4d.grants.tenancy.domain.TenantSettingsRepository;

@ApplicationScoped
public class JpaTenantSettingsRepository implements TenantSettingsRepository {

    @PersistenceContext(unitName = "m4d")
    EntityManager em;

    @Override
    public Optional<TenantSettings> find(String tenant) {
        TenantScope.enter(em, tenant);
        return em.createNamedQuery("TenantSettings.ofTenant", TenantSettings.class).getResultStream().findFirst();
    }

    @Override
    public void store(String tenant, TenantSettings settings) {
        TenantScope.enter(em, tenant);
        em.persist(settings);
    }
}
