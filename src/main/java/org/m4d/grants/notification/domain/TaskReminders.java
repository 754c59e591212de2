package org.m4d.grants.notification.domain;

import java.time.Instant;

/** Marks the tasks whose "due soon" reminder went out, so that each gets one. */
public interface TaskReminders {

    /** Marks the task in the caller's transaction; false when it was marked before. */
    boolean markFirst(String taskId, String tenantId, Instant now);
}
