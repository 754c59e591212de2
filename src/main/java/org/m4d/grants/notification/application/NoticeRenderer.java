package org.m4d.grants.notification.application;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * Puts a notice in the recipient's language (English, French or Spanish; English for any other):
 * the due date in the country's time zone and the user's locale, an absolute link to the page and
 * one to the preferences. Only the title, the task, the due date and the reason or note: no other
 * data of the proposal. Texts typed by people (titles, names, notes) never break a mail header and
 * are escaped in HTML.
 */
public class NoticeRenderer {

    private static final String BUNDLE = "notification.messages";
    /** The pages' bundle, which names every task in the three languages. */
    private static final String TASK_NAMES = "i18n.messages";
    private static final Set<String> LANGUAGES = Set.of("en", "fr", "es");
    private static final String PREFERENCES = "/app/preferences.xhtml";

    private final String publicUrl;

    /** {@code publicUrl}: where users reach the app, e.g. {@code https://grants.example.org/}. */
    public NoticeRenderer(String publicUrl) {
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    public RenderedNotice render(Notice notice, String displayName, String language, ZoneId zone) {
        Locale locale = Locale.forLanguageTag(language != null && LANGUAGES.contains(language) ? language : "en");
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String kind = "notice." + notice.kind().name();
        String title = oneLine(notice.title());
        String task = oneLine(taskName(notice, locale));
        String subject = oneLine(format(texts, locale, kind + ".subject", title, task));
        String sentence = format(texts, locale, kind + ".body", title, task);
        String greeting = format(texts, locale, "notice.greeting", oneLine(displayName));
        String note = notice.note() == null || notice.note().isBlank() ? null
                : format(texts, locale, "notice.note", notice.note().strip());
        String due = notice.due() == null ? null : format(texts, locale, "notice.due", dueDate(notice.due(), locale, zone));
        String link = publicUrl + notice.link();
        String preferences = publicUrl + PREFERENCES;
        String open = texts.getString("notice.open");
        String choose = texts.getString("notice.preferences");

        StringBuilder text = new StringBuilder(greeting).append("\n\n").append(sentence).append('\n');
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(locale.getLanguage())
                .append("\"><body><p>").append(escape(greeting)).append("</p><p>").append(escape(sentence)).append("</p>");
        for (String line : new String[] {note, due}) {
            if (line != null) {
                text.append(line).append('\n');
                html.append("<p>").append(escape(line)).append("</p>");
            }
        }
        text.append('\n').append(open).append(": ").append(link).append("\n\n-- \n")
                .append(choose).append(": ").append(preferences).append('\n');
        html.append("<p><a href=\"").append(escape(link)).append("\">").append(escape(open)).append("</a></p>")
                .append("<hr><p><small><a href=\"").append(escape(preferences)).append("\">").append(escape(choose))
                .append("</a></small></p></body></html>");
        return new RenderedNotice(subject, subject, text.toString(), html.toString());
    }

    /** The task's name in the user's language, as the pages name it; the model's name for a task they do not know. */
    private static String taskName(Notice notice, Locale locale) {
        if (notice.taskKey() == null) {
            return notice.taskName();
        }
        ResourceBundle names = ResourceBundle.getBundle(TASK_NAMES, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String key = "taskName." + notice.taskKey();
        return names.containsKey(key) ? names.getString(key) : notice.taskName();
    }

    /** The date and time a task is due, in the country's time zone, named after it. */
    static String dueDate(Instant due, Locale locale, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale)
                .withZone(zone).format(due).replaceAll("[\\s\\u00A0\\u202F]+", " ") + " (" + zone.getId() + ")";
    }

    /**
     * One line of text: every control character (CR and LF included) and Unicode line or paragraph
     * separator becomes a space, so a title or name can never start a new mail header.
     */
    public static String oneLine(String value) {
        if (value == null) {
            return "";
        }
        return value.replaceAll("[\\p{Cntrl}\\u2028\\u2029\\u0085]", " ").replaceAll(" {2,}", " ").strip();
    }

    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (char c : value.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String format(ResourceBundle texts, Locale locale, String key, Object... values) {
        return new MessageFormat(texts.getString(key), locale).format(values);
    }
}
