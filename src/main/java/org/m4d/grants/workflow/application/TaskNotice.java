package org.m4d.grants.workflow.application;

import org.m4d.grants.workflow.domain.OpenTask;

/**
 * A user task was created, or handed to someone. Announced by the engine's task listener inside
 * the transaction of the step that caused it, in the tenant context of the task's country, so a
 * step that rolls back leaves nothing of what was told.
 */
public record TaskNotice(Kind kind, String tenantId, OpenTask task) {

    public enum Kind {
        /** The task was created, for its assignee or its candidate groups. */
        CREATED,
        /** The task was given to its assignee after it was created (a claim, a hand-over). */
        ASSIGNED
    }
}
