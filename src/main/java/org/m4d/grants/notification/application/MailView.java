package org.m4d.grants.notification.application;

import java.time.Instant;
import org.m4d.grants.notification.domain.OutboxMail;

/** A mail of the country's outbox as its administrator sees it. */
public record MailView(long id, String recipient, String address, String subject, String text, Instant createdAt,
        Instant sentAt, int attempts, String lastError) {

    static MailView of(OutboxMail mail) {
        return new MailView(mail.id(), mail.recipient(), mail.address(), mail.subject(), mail.text(),
                mail.createdAt(), mail.sentAt(), mail.attempts(), mail.lastError());
    }
}
