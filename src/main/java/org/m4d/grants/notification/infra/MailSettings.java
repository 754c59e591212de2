package org.m4d.grants.notification.infra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.m4d.grants.notification.domain.RetryPolicy;

/**
 * Where mail goes, read once from the environment ({@code SMTP_HOST} is the property
 * {@code smtp.host}, config/README.md): a real SMTP server, the demo's own mail catcher, or nowhere.
 */
@ApplicationScoped
public class MailSettings {

    /** Where mail goes. */
    public enum Mode {
        /** The SMTP server of {@code SMTP_HOST}. */
        SMTP,
        /** Demo data without an SMTP server: the embedded mail catcher. */
        DEMO,
        /** No SMTP server and no demo: nothing is queued, notifications stay in the app. */
        OFF
    }

    @Inject
    @ConfigProperty(name = "smtp.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "smtp.port", defaultValue = "587")
    int port;

    @Inject
    @ConfigProperty(name = "smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "smtp.from")
    Optional<String> from;

    @Inject
    @ConfigProperty(name = "smtp.starttls", defaultValue = "true")
    boolean starttls;

    @Inject
    @ConfigProperty(name = "m4d.demo-data", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "m4d.demo.smtp-port", defaultValue = "2525")
    int demoPort;

    @Inject
    @ConfigProperty(name = "m4d.public-url", defaultValue = "http://localhost:8080/")
    String publicUrl;

    @Inject
    @ConfigProperty(name = "m4d.mail.poll", defaultValue = "PT5S")
    Duration poll;

    @Inject
    @ConfigProperty(name = "m4d.mail.retry-base", defaultValue = "PT30S")
    Duration retryBase;

    @Inject
    @ConfigProperty(name = "m4d.mail.retry-max", defaultValue = "PT1H")
    Duration retryMax;

    @Inject
    @ConfigProperty(name = "m4d.mail.max-attempts", defaultValue = "10")
    int maxAttempts;

    public Mode mode() {
        if (host.filter(h -> !h.isBlank()).isPresent()) {
            return Mode.SMTP;
        }
        return demo ? Mode.DEMO : Mode.OFF;
    }

    public String host() {
        return mode() == Mode.SMTP ? host.get().trim() : "localhost";
    }

    public int port() {
        return mode() == Mode.SMTP ? port : demoPort;
    }

    public Optional<String> user() {
        return mode() == Mode.SMTP ? user.filter(u -> !u.isBlank()) : Optional.empty();
    }

    public Optional<String> password() {
        return mode() == Mode.SMTP ? password : Optional.empty();
    }

    /** STARTTLS is required with a real server unless turned off; the local catcher has none. */
    public boolean starttls() {
        return mode() == Mode.SMTP && starttls;
    }

    /** The sender's address; without {@code SMTP_FROM}, no-reply at the public address's host. */
    public String from() {
        return from.filter(f -> !f.isBlank()).orElseGet(() -> "no-reply@" + publicHost());
    }

    /** The host of {@code M4D_PUBLIC_URL}: the right-hand side of every Message-ID. */
    public String publicHost() {
        try {
            String h = URI.create(publicUrl.trim()).getHost();
            return h == null || h.isBlank() ? "localhost" : h;
        } catch (IllegalArgumentException e) {
            return "localhost";
        }
    }

    public Duration poll() {
        return poll;
    }

    public RetryPolicy retryPolicy() {
        return new RetryPolicy(retryBase, retryMax, maxAttempts);
    }

    /** One line for the start-up log; never the password. */
    public String describe() {
        return switch (mode()) {
            case SMTP -> String.format("Mail: sending through %s:%d%s as %s, STARTTLS %s", host(), port(),
                    user().map(u -> " (user " + u + ")").orElse(""), from(), starttls() ? "required" : "off");
            case DEMO -> String.format("Mail: SMTP_HOST not set; demo mail catcher (GreenMail) on localhost:%d, "
                    + "sent mail listed under Administration → Mail", port());
            case OFF -> "Mail: SMTP_HOST not set; notifications appear in the app only, no mail is sent";
        };
    }
}
