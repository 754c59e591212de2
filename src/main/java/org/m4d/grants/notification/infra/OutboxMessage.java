package org.m4d.grants.notification.infra;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * A MIME message whose Message-ID is given, not generated at each save: every attempt to deliver
 * the same outbox row carries the same id, so a mail delivered twice is recognisably one.
 */
final class OutboxMessage extends MimeMessage {

    private final String messageId;

    OutboxMessage(Session session, String messageId) {
        super(session);
        this.messageId = messageId;
    }

    /** {@code <m4d.outbox.42@grants.example.org>}: the outbox id at the public address's host. */
    static String messageId(long outboxId, String host) {
        return "<m4d.outbox." + outboxId + "@" + host + ">";
    }

    @Override
    protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
    }
}
