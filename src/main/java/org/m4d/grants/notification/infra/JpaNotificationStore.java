package org.m4d.grants.notification.infra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.m4d.grants.notification.domain.Notification;
import org.m4d.grants.notification.domain.NotificationStore;

/** Notifications in the {@code notification} table, joining the caller's transaction. */
@ApplicationScoped
public class JpaNotificationStore implements NotificationStore {

    @PersistenceContext(unitName = "m4d")
    EntityManager em;

    @Override
    public void add(Notification notification) {
        em.persist(notification);
    }
}
