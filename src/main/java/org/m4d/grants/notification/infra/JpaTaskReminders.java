package org.m4d.grants.notification.infra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.m4d.grants.notification.domain.TaskReminder;
import org.m4d.grants.notification.domain.TaskReminders;

/**
 * The marks in {@code task_reminder}. Two nodes marking the same task at once: the primary key
 * refuses the second at its flush, and its transaction rolls back with the reminders it would have sent.
 */
@ApplicationScoped
public class JpaTaskReminders implements TaskReminders {

    @PersistenceContext(unitName = "m4d")
    EntityManager em;

    @Override
    public boolean markFirst(String taskId, String tenantId, Instant now) {
        if (em.find(TaskReminder.class, taskId) != null) {
            return false;
        }
        em.persist(new TaskReminder(taskId, tenantId, now));
        em.flush();
        return true;
    }
}
