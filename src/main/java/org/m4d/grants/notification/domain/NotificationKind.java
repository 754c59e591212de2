package org.m4d.grants.notification.domain;

/** What people hear about, each with the delivery a user gets until they choose another. */
public enum NotificationKind {
    /** A new task for me or for a group of mine. */
    TASK_NEW(DeliveryMode.IMMEDIATE),
    /** A task handed to me. */
    TASK_ASSIGNED(DeliveryMode.IMMEDIATE),
    /** A task of mine is due soon (the country's reminder lead). */
    TASK_DUE_SOON(DeliveryMode.DIGEST),
    /** A task of mine is overdue. */
    TASK_OVERDUE(DeliveryMode.IMMEDIATE),
    /** Someone else's task is overdue and escalated to me. */
    TASK_ESCALATED(DeliveryMode.IMMEDIATE),
    /** My proposal was returned for revision, with the reason. */
    PROPOSAL_RETURNED(DeliveryMode.IMMEDIATE),
    /** My proposal was rejected. */
    PROPOSAL_REJECTED(DeliveryMode.IMMEDIATE),
    /** My proposal was approved. */
    PROPOSAL_APPROVED(DeliveryMode.IMMEDIATE),
    /** A disbursement was recorded on my grant. */
    DISBURSEMENT_RECORDED(DeliveryMode.IMMEDIATE),
    /** A report of my grant is due. */
    REPORT_DUE(DeliveryMode.IMMEDIATE),
    /** A report of mine was returned, with what to correct. */
    REPORT_RETURNED(DeliveryMode.IMMEDIATE),
    /** My grant was closed. */
    GRANT_CLOSED(DeliveryMode.IMMEDIATE),
    /** The practice my closed grant left awaits my consent to be published. */
    PRACTICE_AWAITS_CONSENT(DeliveryMode.IMMEDIATE);

    private final DeliveryMode byDefault;

    NotificationKind(DeliveryMode byDefault) {
        this.byDefault = byDefault;
    }

    public DeliveryMode byDefault() {
        return byDefault;
    }
}
