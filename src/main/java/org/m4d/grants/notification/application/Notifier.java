package org.m4d.grants.notification.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.m4d.grants.identity.application.Directory.Recipient;
import org.m4d.grants.notification.domain.DeliveryMode;
import org.m4d.grants.notification.domain.Notification;
import org.m4d.grants.notification.domain.NotificationStore;
import org.m4d.grants.tenancy.application.CountryTime;

/**
 * Tells people of a notice, in the transaction of the step that caused it: for each one (never the
 * one who acted), a line in their in-app list in their language and, as they prefer, a mail queued
 * in the outbox at once, kept for their daily digest, or none; a user without an address gets the
 * in-app line only. {@code m4d.notifications=off} tells nobody, to measure a step without it.
 */
@ApplicationScoped
public class Notifier {

    /** The in-app line's column holds 400 characters. */
    private static final int SUMMARY = 400;

    @Inject
    DeliveryPreferences preferences;

    @Inject
    Mails mails;

    @Inject
    NotificationStore store;

    @Inject
    CountryTime time;

    @Inject
    @ConfigProperty(name = "m4d.public-url", defaultValue = "http://localhost:8080/")
    String publicUrl;

    @Inject
    @ConfigProperty(name = "m4d.notifications", defaultValue = "on")
    String switchedOn;

    private NoticeRenderer renderer;

    @PostConstruct
    void init() {
        renderer = new NoticeRenderer(publicUrl);
    }

    public boolean enabled() {
        return !"off".equalsIgnoreCase(switchedOn.strip());
    }

    /** Tells each recipient but the actor ({@code null} for the system) once; returns whom, in order. */
    public List<String> tell(Notice notice, Collection<Recipient> recipients, String actor) {
        if (!enabled()) {
            return List.of();
        }
        Map<String, Recipient> once = new LinkedHashMap<>();
        recipients.stream().filter(r -> !r.username().equals(actor)).forEach(r -> once.putIfAbsent(r.username(), r));
        ZoneId zone = time.zone(notice.tenantId());
        Instant now = Instant.now();
        List<String> told = new ArrayList<>();
        for (Recipient recipient : once.values()) {
            RenderedNotice rendered = renderer.render(notice, recipient.displayName(), recipient.language(), zone);
            store.add(new Notification(notice.tenantId(), recipient.username(), notice.kind(), notice.proposalId(),
                    notice.taskId(), cut(rendered.summary()), notice.link(), now, mail(notice, recipient, rendered)));
            told.add(recipient.username());
        }
        return told;
    }

    private Notification.Mail mail(Notice notice, Recipient recipient, RenderedNotice rendered) {
        if (recipient.email() == null) {
            return Notification.Mail.NONE;
        }
        DeliveryMode mode = preferences.modeFor(recipient.username(), notice.kind());
        return switch (mode) {
            case IMMEDIATE -> {
                mails.enqueue(new MailDraft(notice.tenantId(), recipient.username(), recipient.email(),
                        rendered.subject(), rendered.text(), rendered.html()));
                yield Notification.Mail.QUEUED;
            }
            case DIGEST -> Notification.Mail.DIGEST_PENDING;
            case NONE -> Notification.Mail.NONE;
        };
    }

    private static String cut(String summary) {
        return summary.length() <= SUMMARY ? summary : summary.substring(0, SUMMARY - 1) + "\u2026";
    }
}
