package org.m4d.grants.notification.infra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import org.m4d.grants.notification.domain.TaskReminders;

/**
 * The marks in {@code task_reminder}. Two nodes marking the same task at once: the primary key
 * refuses the second, whose transaction rolls back with the reminders it would have sent.
 */
@ApplicationScoped
public class JpaTaskReminders implements TaskReminders {

    @PersistenceContext(unitName = "m4d")
    EntityManager em;

    @Override
    public boolean markFirst(String taskId, String tenantId, Instant now) {
        return em.createNativeQuery("INSERT INTO task_reminder (task_id, tenant_id, sent_at) SELECT ?1, ?2, ?3"
                        + " WHERE NOT EXISTS (SELECT 1 FROM task_reminder WHERE task_id = ?1)")
                .setParameter(1, taskId).setParameter(2, tenantId).setParameter(3, Timestamp.from(now))
                .executeUpdate() == 1;
    }
}
