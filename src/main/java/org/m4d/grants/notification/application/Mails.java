package org.m4d.grants.notification.application;

/**
 * The outbox: a mail to deliver, written in the caller's transaction (so a step that rolls back
 * sends nothing) and delivered after it commits, with retries, by the sender.
 */
public interface Mails {

    /**
     * Queues the mail. Must be called inside a transaction; returns the outbox id. The sender gives
     * it a stable Message-ID built from that id, so a retried delivery is recognisably the same mail.
     */
    long enqueue(MailDraft draft);
}
