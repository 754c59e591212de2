package org.m4d.grants.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The mark that a task's "due soon" reminder went out; its key makes it one per task. */
@Entity
@Table(name = "task_reminder")
public class TaskReminder {

    @Id
    @Column(name = "task_id", length = 64)
    private String taskId;

    @Column(name = "tenant_id", nullable = false, length = 2)
    private String tenantId;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected TaskReminder() {
    }

    public TaskReminder(String taskId, String tenantId, Instant sentAt) {
        this.taskId = taskId;
        this.tenantId = tenantId;
        this.sentAt = sentAt;
    }
}
