package org.m4d.grants.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import org.m4d.grants.identity.application.Directory;
import org.m4d.grants.notification.domain.DigestKey;
import org.m4d.grants.notification.domain.Notification;
import org.m4d.grants.tenancy.domain.Tenant;
import org.m4d.grants.tenancy.domain.TenantRepository;

/**
 * Writes a daily digest in the recipient's language (English, French or Spanish), as plain text and
 * HTML: each notification's line with the time, in the country's zone, and its absolute link, and the
 * link to the preferences page. The subject holds no entered text, so nothing a user typed can reach
 * a mail header; entered text in the body is stripped of control characters and escaped in HTML.
 */
@ApplicationScoped
public class DigestMail {

    private static final String BUNDLE = "i18n.messages";
    private static final List<String> LANGUAGES = List.of("en", "fr", "es");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    /** An apostrophe not already doubled: translators write "l'étape", MessageFormat needs "l''étape". */
    private static final Pattern LONE_QUOTE = Pattern.compile("(?<!')'(?!')");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029]+");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    NotificationConfig config;

    @Inject
    TenantRepository tenants;

    public MailDraft render(Directory.Recipient recipient, DigestKey key, ZoneId zone, List<Notification> items) {
        String language = recipient.language();
        Locale locale = Locale.forLanguageTag(language != null && LANGUAGES.contains(language) ? language : "en");
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
        String day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(key.day());
        String country = tenants.find(key.tenantId()).map(Tenant::name).orElse(key.tenantId());
        String subject = oneLine(text(bundle, locale, "digest.subject", day));
        String greeting = text(bundle, locale, "digest.greeting", oneLine(recipient.displayName()));
        String intro = text(bundle, locale, "digest.intro", country, day);
        String preferences = config.pagesUrl() + "preferences.xhtml";
        String footer = text(bundle, locale, "digest.preferences", preferences);

        StringBuilder plain = new StringBuilder(greeting).append("\n\n").append(intro).append("\n\n");
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(locale.getLanguage())
                .append("\"><body><p>").append(NoticeRenderer.escape(greeting)).append("</p><p>").append(NoticeRenderer.escape(intro))
                .append("</p><ul>");
        for (Notification item : items) {
            String time = TIME.format(item.createdAt().atZone(zone));
            String summary = oneLine(item.summary());
            String link = link(item);
            plain.append("- ").append(time).append("  ").append(summary).append("\n  ").append(link).append("\n");
            html.append("<li>").append(time).append(" <a href=\"").append(NoticeRenderer.escape(link)).append("\">")
                    .append(NoticeRenderer.escape(summary)).append("</a></li>");
        }
        plain.append("\n").append(footer).append("\n");
        html.append("</ul><p>").append(NoticeRenderer.escape(text(bundle, locale, "digest.preferences", "")))
                .append("<a href=\"").append(NoticeRenderer.escape(preferences)).append("\">").append(NoticeRenderer.escape(preferences))
                .append("</a></p></body></html>");
        return new MailDraft(key.tenantId(), recipient.username(), recipient.email(), subject, plain.toString(),
                html.toString());
    }

    /** The notification's page as an absolute address. */
    private String link(Notification item) {
        return config.pagesUrl() + MyNotifications.target(item.link());
    }

    private static String text(ResourceBundle bundle, Locale locale, String key, Object... args) {
        return new MessageFormat(LONE_QUOTE.matcher(bundle.getString(key)).replaceAll("''"), locale).format(args);
    }

    /** Entered text on one line: control characters, CR and LF included, become a space. */
    static String oneLine(String text) {
        return text == null ? "" : CONTROL.matcher(text).replaceAll(" ").strip();
    }
}
