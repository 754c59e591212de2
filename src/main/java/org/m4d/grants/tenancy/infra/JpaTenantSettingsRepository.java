package org.m4d.grants.tenancy.infra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.m4d.grants.platform.infra.TenantEntities;
import org.m4d.grants.tenancy.domain.TenantSettings;
import org.m4d.grants.tenancy.domain.TenantSettingsRepository;

@ApplicationScoped
public class JpaTenantSettingsRepository extends TenantEntities implements TenantSettingsRepository {

    @Override
    public Optional<TenantSettings> find() {
        EntityManager em = em();
        return em.createNamedQuery("TenantSettings.ofTenant", TenantSettings.class).getResultStream().findFirst();
    }

    @Override
    public void store(TenantSettings settings) {
        EntityManager em = em();
        em.persist(settings);
    }
}
