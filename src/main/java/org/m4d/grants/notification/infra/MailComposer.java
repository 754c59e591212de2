package org.m4d.grants.notification.infra;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import org.m4d.grants.notification.domain.OutboxMail;

/** Turns an outbox row into the MIME message sent: multipart/alternative, text then HTML, UTF-8. */
final class MailComposer {

    private final Session session;
    private final InternetAddress from;
    private final String host;

    MailComposer(Session session, InternetAddress from, String host) {
        this.session = session;
        this.from = from;
        this.host = host;
    }

    MimeMessage compose(OutboxMail mail, Instant now) throws MessagingException {
        String utf8 = StandardCharsets.UTF_8.name();
        MimeMessage message = new OutboxMessage(session, OutboxMessage.messageId(mail.id(), host));
        message.setFrom(from);
        message.setRecipient(Message.RecipientType.TO, MailHeaders.address(mail.address()));
        message.setSubject(MailHeaders.oneLine(mail.subject()), utf8);
        message.setSentDate(Date.from(now));
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), utf8, "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.html(), utf8, "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        message.setContent(alternative);
        message.saveChanges();
        return message;
    }
}
