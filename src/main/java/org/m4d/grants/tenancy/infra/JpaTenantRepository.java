package org.m4d.grants.tenancy.infra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.m4d.grants.tenancy.domain.Tenant;
import org.m4d.grants.tenancy.domain.TenantRepository;

@ApplicationScoped
public class JpaTenantRepository implements TenantRepository {

    @PersistenceContext(unitName = "m4d")
    EntityManager em;

    @Override
    public Optional<Tenant> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(Tenant.class, code));
    }

    @Override
    public List<Tenant> all() {
        return em.createNamedQuery("Tenant.all", Tenant.class).getResultList();
    }
}
