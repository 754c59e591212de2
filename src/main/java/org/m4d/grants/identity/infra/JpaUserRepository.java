package org.m4d.grants.identity.infra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.m4d.grants.identity.domain.UserAccount;
import org.m4d.grants.identity.domain.UserRepository;
import org.m4d.grants.platform.application.TenantContext;
import org.m4d.grants.platform.domain.ConflictException;

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

    @Override
    public OptionalLong stampOf(String username) {
        if (username == null) {
            return OptionalLong.empty();
        }
        return em.createQuery("SELECT u.stamp FROM UserAccount u WHERE u.username = :username", Long.class)
                .setParameter("username", username).getResultStream().mapToLong(Long::longValue).findFirst();
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
    public Optional<UserAccount> findByEmail(String email) {
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.email = :email", UserAccount.class)
                .setParameter("email", email).getResultStream().findFirst();
    }

    @Override
    public void flush() {
        try {
            em.flush();
        } catch (PersistenceException failed) {
            for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
                if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                    throw new ConflictException("This conflicts with a record that already exists");
                }
            }
            throw failed;
        }
    }

    @Override
    public long count() {
        return em.createQuery("SELECT COUNT(u) FROM UserAccount u", Long.class).getSingleResult();
    }
}
