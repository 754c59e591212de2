package org.m4d.grants.identity.infra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.m4d.grants.identity.domain.UserAccount;
import org.m4d.grants.identity.domain.UserRepository;
import org.m4d.grants.platform.application.TenantContext;

@ApplicationScoped
public class JpaUserRepository implements UserRepository {

    @PersistenceContext(unitName = "m4d")
    EntityManager em;

    @Inject
    TenantContext tenants;

    @Override
    public Optional<UserAccount> find(String username) {
        return username == null ? Optional.empty() : Optional.ofNullable(em.find(UserAccount.class, username));
    }

    /** Accounts are not tenant-owned; a membership names its tenant, so the filter is on that. */
    @Override
    public List<UserAccount> withRoleIn() {
        return em.createQuery("SELECT DISTINCT u FROM UserAccount u JOIN u.memberships m WHERE m.tenant = :tenant"
                        + " ORDER BY u.username", UserAccount.class)
                .setParameter("tenant", tenants.current()).getResultList();
    }

    @Override
    public List<UserAccount> withGlobalRole() {
        return em.createQuery("SELECT DISTINCT u FROM UserAccount u JOIN u.memberships m WHERE m.tenant IS NULL"
                + " ORDER BY u.username", UserAccount.class).getResultList();
    }

    @Override
    public void store(UserAccount user) {
        em.persist(user);
    }

    @Override
    public long count() {
        return em.createQuery("SELECT COUNT(u) FROM UserAccount u", Long.class).getSingleResult();
    }
}
