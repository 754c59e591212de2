package org.m4d.grants.notification.infra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import java.util.Properties;

/**
 * The mail session built from {@link MailSettings} (not a container resource: the settings come
 * from the environment) and connections to its server, one per batch of mails.
 */
@ApplicationScoped
public class MailTransport {

    /** Far below the claim's lease, so that a hanging server cannot outlive a sender's claim. */
    private static final String TIMEOUT_MS = "10000";

    @Inject
    MailSettings settings;

    private volatile Session session;

    Session session() {
        Session current = session;
        if (current == null) {
            Properties props = new Properties();
            props.put("mail.transport.protocol", "smtp");
            props.put("mail.smtp.host", settings.host());
            props.put("mail.smtp.port", String.valueOf(settings.port()));
            props.put("mail.smtp.from", settings.from());
            props.put("mail.smtp.auth", String.valueOf(settings.user().isPresent()));
            props.put("mail.smtp.starttls.enable", String.valueOf(settings.starttls()));
            props.put("mail.smtp.starttls.required", String.valueOf(settings.starttls()));
            props.put("mail.smtp.connectiontimeout", TIMEOUT_MS);
            props.put("mail.smtp.timeout", TIMEOUT_MS);
            props.put("mail.smtp.writetimeout", TIMEOUT_MS);
            props.put("mail.mime.charset", "UTF-8");
            current = Session.getInstance(props);
            session = current;
        }
        return current;
    }

    MailComposer composer() throws MessagingException {
        return new MailComposer(session(), MailHeaders.address(settings.from()), settings.publicHost());
    }

    /** An open connection to the server; the caller closes it. */
    Transport connect() throws MessagingException {
        Transport transport = session().getTransport("smtp");
        if (settings.user().isPresent()) {
            transport.connect(settings.host(), settings.port(), settings.user().get(), settings.password().orElse(""));
        } else {
            transport.connect();
        }
        return transport;
    }
}
