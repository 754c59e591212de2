package org.m4d.grants.notification.application;

import java.time.Instant;
import org.m4d.grants.notification.domain.NotificationKind;

/**
 * What one event tells its people, before it is put in each one's language: the proposal's title,
 * the task it asks for ({@code taskKey} and the model's {@code taskName}, or null), its due date
 * (or null), the reason or note given (or null), and the page it is about, relative to the app's
 * root ({@code /app/…}).
 */
public record Notice(NotificationKind kind, String tenantId, long proposalId, String taskId, String taskKey,
                     String title, String taskName, Instant due, String note, String link) {

    /**
     * The task page, which the sign-in page returns to once the user has signed in; it names the
     * country, which the page switches to for a user of several countries (a member of it only).
     */
    public static String taskLink(String tenantId, String taskId) {
        return "/app/task.xhtml?tenant=" + tenantId + "&id=" + taskId;
    }

    /** The proposal page, in the proposal's country. */
    public static String proposalLink(String tenantId, long proposalId) {
        return "/app/proposal/view.xhtml?tenant=" + tenantId + "&id=" + proposalId;
    }

    /** The practice page, which finds the practice in whichever country it is. */
    public static String practiceLink(long practiceId) {
        return "/app/practice.xhtml?id=" + practiceId;
    }
}
