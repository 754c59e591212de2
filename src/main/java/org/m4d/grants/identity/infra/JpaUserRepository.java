package org.m4d.grants.identity.infra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.m4d.grants.identity.domain.UserAccount;
import org.m4d.grants.identity.domain.UserRepository;

@ApplicationScoped
public class JpaUserRepository implements UserRepository {

    @PersistenceContext(unitName = "m4d")
    EntityManager em;

    @Override
    public Optional<UserAccount> find(String username) {
        return username == null ? Optional.empty() : Optional.ofNullable(em.find(UserAccount.class, username));
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
