package org.m4d.grants.workflow.application;

/**
 * A timer on a human step fired: the task is overdue, or still overdue and escalated. Announced in
 * the timer job's transaction, in the tenant context of the task's country; the notification
 * context tells the people concerned and records what it sent to whom.
 */
public record TaskDeadline(String tenantId, long proposalId, String taskKey, Stage stage) {

    public enum Stage {
        OVERDUE,
        ESCALATION
    }
}
