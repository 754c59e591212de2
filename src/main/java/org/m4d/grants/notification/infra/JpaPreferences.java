package org.m4d.grants.notification.infra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.m4d.grants.notification.domain.NotificationKind;
import org.m4d.grants.notification.domain.NotificationPreference;
import org.m4d.grants.notification.domain.PreferenceRepository;

@ApplicationScoped
public class JpaPreferences implements PreferenceRepository {

    @PersistenceContext(unitName = "m4d")
    EntityManager em;

    @Override
    public List<NotificationPreference> of(String username) {
        return em.createQuery("SELECT p FROM NotificationPreference p WHERE p.username = :username",
                NotificationPreference.class).setParameter("username", username).getResultList();
    }

    @Override
    public Optional<NotificationPreference> find(String username, NotificationKind kind) {
        return Optional.ofNullable(em.find(NotificationPreference.class, new NotificationPreference.Key(username, kind)));
    }

    @Override
    public void store(NotificationPreference preference) {
        em.persist(preference);
    }

    @Override
    public void remove(NotificationPreference preference) {
        em.remove(preference);
    }
}
