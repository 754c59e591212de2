package org.m4d.grants.notification.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.m4d.grants.notification.domain.OutboxMail;

/** The message as it leaves the app: its Message-ID, parts and headers, on Angus Mail as Payara runs it. */
class MailComposerTest {

    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
    private final MailComposer composer = new MailComposer(Session.getInstance(new Properties()),
            address("grants@m4d.test"), "grants.example.org");

    @Test
    void theMessageIdIsTheOutboxIdAtThePublicHostOnEverySave() throws Exception {
        MimeMessage message = composer.compose(mail(42L, "ana@example.org", "Nouvelle tâche"), NOW);
        assertThat(message.getMessageID()).isEqualTo("<m4d.outbox.42@grants.example.org>");

        message.saveChanges();
        assertThat(message.getMessageID()).isEqualTo("<m4d.outbox.42@grants.example.org>");
        MimeMessage again = composer.compose(mail(42L, "ana@example.org", "Nouvelle tâche"), NOW.plusSeconds(60));
        assertThat(again.getMessageID()).isEqualTo(message.getMessageID());
    }

    @Test
    void textAndHtmlAlternativesInUtf8() throws Exception {
        MimeMessage message = composer.compose(mail(7L, "ana@example.org", "Tâche à faire"), NOW);

        assertThat(message.getFrom()).containsExactly(address("grants@m4d.test"));
        assertThat(message.getRecipients(Message.RecipientType.TO)).containsExactly(address("ana@example.org"));
        assertThat(message.getSubject()).isEqualTo("Tâche à faire");
        MimeMultipart parts = (MimeMultipart) message.getContent();
        assertThat(parts.getContentType()).startsWith("multipart/alternative");
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(0).getContentType()).isEqualTo("text/plain; charset=UTF-8");
        assertThat(parts.getBodyPart(0).getContent()).isEqualTo("Échéance : 3 décembre");
        assertThat(parts.getBodyPart(1).getContentType()).isEqualTo("text/html; charset=UTF-8");
        assertThat(parts.getBodyPart(1).getContent()).isEqualTo("<p>Échéance : 3 décembre</p>");
    }

    @Test
    void aLineBreakInTheSubjectNeverStartsAHeader() throws Exception {
        MimeMessage message = composer.compose(
                mail(8L, "ana@example.org", "Grant\r\nBcc: victim@evil.example\r\n\r\nbody"), NOW);

        assertThat(message.getSubject()).isEqualTo("Grant Bcc: victim@evil.example body");
        assertThat(message.getHeader("Bcc")).isNull();
        String raw = raw(message);
        assertThat(raw.lines().filter(l -> l.startsWith("Bcc:"))).isEmpty();
        assertThat(raw.lines().filter(l -> l.startsWith("Subject:")))
                .containsExactly("Subject: Grant Bcc: victim@evil.example body");
    }

    @Test
    void anAddressWithALineBreakOrASecondAddressIsRefused() {
        assertThatThrownBy(() -> composer.compose(mail(9L, "ana@example.org\r\nBcc: victim@evil.example", "S"), NOW))
                .isInstanceOf(AddressException.class);
        assertThatThrownBy(() -> composer.compose(mail(9L, "ana@example.org, victim@evil.example", "S"), NOW))
                .isInstanceOf(AddressException.class);
        assertThatThrownBy(() -> composer.compose(mail(9L, "Eve <victim@evil.example>", "S"), NOW))
                .isInstanceOf(AddressException.class);
        assertThatThrownBy(() -> composer.compose(mail(9L, "not an address", "S"), NOW))
                .isInstanceOf(AddressException.class);
    }

    @Test
    void aFailureReasonKeepsTheServersWordsWithoutTheNestedExceptionsClass() {
        MessagingException e = new MessagingException("Couldn't connect to host, port: localhost, 2525; timeout -1",
                new java.net.ConnectException("Connection refused"));
        assertThat(OutboxSender.reason(e)).isEqualTo("Couldn't connect to host, port: localhost, 2525; timeout -1");
    }

    private static OutboxMail mail(long id, String to, String subject) {
        OutboxMail mail = new OutboxMail("NP", "ana", to, subject, "Échéance : 3 décembre",
                "<p>Échéance : 3 décembre</p>", NOW);
        try {
            Field field = OutboxMail.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(mail, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return mail;
    }

    private static InternetAddress address(String address) {
        try {
            return new InternetAddress(address, true);
        } catch (AddressException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String raw(MimeMessage message) throws IOException, MessagingException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
