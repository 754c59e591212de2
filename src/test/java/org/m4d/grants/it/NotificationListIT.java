package org.m4d.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The in-app list, the bell, the delivery preferences and the daily digest, on Payara Micro with
 * PostgreSQL and a real SMTP server ({@link MailServer}). Notifications are written straight into the
 * table, as the notification context writes them, so that each test knows exactly what is there.
 */
@ExtendWith(SharedApp.class)
class NotificationListIT {

    private static final Pattern BELL = Pattern.compile("<span id=\"bell-count\" class=\"[^\"]*\">(\\d+)</span>");

    @AppUrl
    URL app;

    private final String token = "NL" + UUID.randomUUID().toString().substring(0, 8);

    private static long unreadOf(String user) {
        return Database.count("SELECT COUNT(*) FROM notification WHERE recipient = ? AND read_at IS NULL", user);
    }

    @Test
    void theApiListsOnlyTheCallersOwnNotificationsNewestFirstAndAnothersIdIsNotFound() {
        Instant now = Instant.now();
        long older = Fixtures.notification("NP", "np.reviewer.iom", token + " older", "task.xhtml?id=a",
                now.minusSeconds(120), "QUEUED");
        long newer = Fixtures.notification("SN", "np.reviewer.iom", token + " newer", "task.xhtml?id=b",
                now.minusSeconds(60), "QUEUED");
        long someoneElses = Fixtures.notification("NP", "np.reviewer.undp", token + " not yours", "task.xhtml?id=c",
                now, "QUEUED");
        Api reviewer = Api.as(app, "np.reviewer.iom");

        List<Long> listed = reviewer.get("api/v1/me/notifications?max=200").array().stream()
                .map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
        assertThat(listed).containsSubsequence(newer, older).doesNotContain(someoneElses);
        assertThat(Database.count("SELECT COUNT(*) FROM notification WHERE recipient = 'np.reviewer.iom'"))
                .isEqualTo(listed.size());

        Api.Reply foreign = reviewer.post("api/v1/me/notifications/" + someoneElses + "/read", null);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.contentType()).startsWith("application/problem+json");
        assertThat(foreign.body()).doesNotContain(token);
        assertThat(Database.string("SELECT read_at FROM notification WHERE id = ?", someoneElses)).isNull();

        Api.Reply read = reviewer.post("api/v1/me/notifications/" + older + "/read", null);
        assertThat(read.status()).isEqualTo(200);
        JsonObject dto = read.json();
        assertThat(dto.getString("summary")).isEqualTo(token + " older");
        assertThat(dto.getString("tenant")).isEqualTo("NP");
        assertThat(dto.getString("link")).isEqualTo("task.xhtml?id=a");
        assertThat(dto.containsKey("readAt")).isTrue();
        assertThat(Database.string("SELECT read_at FROM notification WHERE id = ?", older)).isNotNull();

        List<Long> unread = reviewer.get("api/v1/me/notifications?unread=true&max=200").array().stream()
                .map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
        assertThat(unread).contains(newer).doesNotContain(older, someoneElses);
    }

    @Test
    void badPagingOrFilterIsA400Problem() {
        Api reviewer = Api.as(app, "np.reviewer.iom");
        for (String query : List.of("?first=-1", "?max=0", "?max=201", "?unread=maybe", "?max=1e3")) {
            Api.Reply reply = reviewer.get("api/v1/me/notifications" + query);
            assertThat(reply.status()).as(query).isEqualTo(400);
            assertThat(reply.contentType()).as(query).startsWith("application/problem+json");
        }
    }

    @Test
    void preferencesAreKeptPerUserAndBadOnesChangeNothing() {
        Api focal = Api.as(app, "np.focal");
        String path = "api/v1/me/notification-preferences";
        Api.Reply defaults = focal.put(path, "{\"preferences\":[]}");
        assertThat(defaults.status()).isEqualTo(200);
        assertThat(defaults.json().getJsonArray("preferences")).hasSize(13);

        Api.Reply chosen = focal.put(path, "{\"preferences\":[{\"kind\":\"TASK_NEW\",\"mode\":\"DIGEST\"},"
                + "{\"kind\":\"GRANT_CLOSED\",\"mode\":\"NONE\"}]}");
        assertThat(chosen.status()).isEqualTo(200);
        String stored = "SELECT string_agg(kind || '=' || mode, ',' ORDER BY kind) FROM notification_preference "
                + "WHERE username = 'np.focal'";
        assertThat(Database.string(stored)).isEqualTo("GRANT_CLOSED=NONE,TASK_NEW=DIGEST");
        JsonObject taskNew = focal.get(path).json().getJsonArray("preferences").stream().map(v -> v.asJsonObject())
                .filter(o -> o.getString("kind").equals("TASK_NEW")).findFirst().orElseThrow();
        assertThat(taskNew.getString("mode")).isEqualTo("DIGEST");
        assertThat(taskNew.getBoolean("byDefault")).isFalse();
        assertThat(Database.count("SELECT COUNT(*) FROM notification_preference WHERE username = 'np.coordinator'"
                + " AND kind = 'TASK_NEW'")).isZero();

        Map<String, Integer> bad = new LinkedHashMap<>();
        bad.put("{\"preferences\":[{\"kind\":\"TASK_NEWS\",\"mode\":\"DIGEST\"}]}", 400);
        bad.put("{\"preferences\":[{\"kind\":\"TASK_NEW\",\"mode\":\"WEEKLY\"}]}", 400);
        bad.put("{\"preferences\":[{\"kind\":\"TASK_NEW\"}]}", 400);
        bad.put("{\"preferences\":null}", 400);
        bad.put("{\"preferences\":[{\"kind\":\"TASK_NEW\",\"mode\":\"NONE\"},{\"kind\":\"TASK_NEW\",\"mode\":\"DIGEST\"}]}", 422);
        bad.forEach((body, status) -> {
            Api.Reply reply = focal.put(path, body);
            assertThat(reply.status()).as(body).isEqualTo(status);
            assertThat(reply.contentType()).as(body).startsWith("application/problem+json");
            assertThat(Database.string(stored)).as(body).isEqualTo("GRANT_CLOSED=NONE,TASK_NEW=DIGEST");
        });
        assertThat(focal.put(path, "{\"preferences\":[]}").status()).isEqualTo(200);
        assertThat(Database.string(stored)).isNull();
    }

    @Test
    void theBellCountsTheUsersUnreadAndClearsWhenAllAreRead() {
        String user = "np.reviewer.undp2";
        Fixtures.notification("NP", user, token + " first", "task.xhtml?id=x", Instant.now().minusSeconds(30), "QUEUED");
        long second = Fixtures.notification("NP", user, token + " second", "proposal/view.xhtml?id=1", Instant.now(),
                "QUEUED");
        Fixtures.notification("NP", "np.reviewer.undp", token + " someone else's", "task.xhtml?id=y", Instant.now(),
                "QUEUED");
        WebSession page = WebSession.signIn(app, user);

        Api.Reply list = page.get("app/notifications.xhtml");
        assertThat(list.status()).isEqualTo(200);
        assertThat(bell(list.body())).isEqualTo(unreadOf(user)).isGreaterThanOrEqualTo(2);
        assertThat(list.body()).contains(token + " first", token + " second").doesNotContain(token + " someone else");

        Api.Reply opened = page.get("app/notifications.xhtml?open=" + second);
        assertThat(opened.status()).isEqualTo(302);
        assertThat(Database.string("SELECT read_at FROM notification WHERE id = ?", second)).isNotNull();
        long foreign = Database.count("SELECT MAX(id) FROM notification WHERE recipient = 'np.reviewer.undp'");
        assertThat(page.get("app/notifications.xhtml?open=" + foreign).status()).isEqualTo(404);
        assertThat(Database.string("SELECT read_at FROM notification WHERE id = ?", foreign)).isNull();

        Map<String, String> form = new LinkedHashMap<>();
        form.put("notifications", "notifications");
        form.put("notifications:markAllRead", "Mark all read");
        form.put("jakarta.faces.ViewState", page.viewState("app/notifications.xhtml"));
        Api.Reply marked = page.post("app/notifications.xhtml", form);
        assertThat(marked.status()).isEqualTo(200);
        assertThat(bell(marked.body())).isZero();
        assertThat(unreadOf(user)).isZero();
        assertThat(unreadOf("np.reviewer.undp")).isGreaterThanOrEqualTo(1);
        assertThat(bell(page.get("app/index.xhtml").body())).isZero();
    }

    @Test
    void yesterdaysPendingNotificationsArriveAsOneDigestInTheUsersLanguage() throws Exception {
        String user = "np.finance";
        String language = Database.string("SELECT language FROM user_account WHERE username = ?", user);
        update("UPDATE user_account SET email = COALESCE(email, ?), language = 'es' WHERE username = ?",
                "np.finance." + token.toLowerCase(Locale.ROOT) + "@m4d.test", user);
        try {
            digestOfYesterday(user);
        } finally {
            update("UPDATE user_account SET language = ? WHERE username = ?", language, user);
        }
    }

    private void digestOfYesterday(String user) throws Exception {
        String address = Database.string("SELECT email FROM user_account WHERE username = ?", user);
        ZoneId nepal = ZoneId.of("Asia/Kathmandu");
        LocalDate yesterday = LocalDate.now(nepal).minusDays(1);
        Instant morning = yesterday.atTime(9, 30).atZone(nepal).toInstant();
        long first = Fixtures.notification("NP", user, token + " release the tranche", "task.xhtml?id=r1", morning,
                "DIGEST_PENDING");
        long second = Fixtures.notification("NP", user, token + " injected\r\nBcc: victim@example.org",
                "task.xhtml?id=r2", morning.plusSeconds(3600), "DIGEST_PENDING");
        long today = Fixtures.notification("NP", user, token + " today", "task.xhtml?id=r3", Instant.now(),
                "DIGEST_PENDING");

        List<MimeMessage> mails = MailServer.awaitFor(address, m -> body(m).contains(token), 1, Duration.ofSeconds(60));
        Thread.sleep(5_000);
        List<MimeMessage> after = MailServer.receivedBy(address).stream().filter(m -> body(m).contains(token)).toList();

        assertThat(after).hasSize(1).isEqualTo(mails);
        MimeMessage digest = mails.get(0);
        String day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag("es"))
                .format(yesterday);
        assertThat(digest.getSubject()).isEqualTo("M4D Grants: sus notificaciones del " + day);
        assertThat(digest.getRecipients(Message.RecipientType.TO)).extracting(Object::toString).containsExactly(address);
        assertThat(digest.getRecipients(Message.RecipientType.BCC)).isNull();
        assertThat(digest.getHeader("Bcc")).isNull();
        String text = body(digest);
        assertThat(text).contains(token + " release the tranche", MailServer.PUBLIC_URL + "app/task.xhtml?id=r1",
                token + " injected Bcc: victim@example.org", MailServer.PUBLIC_URL + "app/preferences.xhtml")
                .doesNotContain(token + " today");
        assertThat(Database.string("SELECT mail FROM notification WHERE id = ?", first)).isEqualTo("DIGESTED");
        assertThat(Database.string("SELECT mail FROM notification WHERE id = ?", second)).isEqualTo("DIGESTED");
        assertThat(Database.string("SELECT mail FROM notification WHERE id = ?", today)).isEqualTo("DIGEST_PENDING");
        assertThat(Database.count("SELECT COUNT(*) FROM digest_sent WHERE recipient = ? AND tenant_id = 'NP'"
                + " AND local_day = ?", user, java.sql.Date.valueOf(yesterday))).isEqualTo(1);
    }

    private static void update(String sql, Object... params) throws java.sql.SQLException {
        try (var c = Database.connect(); var s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            s.executeUpdate();
        }
    }

    private static long bell(String page) {
        Matcher count = BELL.matcher(page);
        assertThat(count.find()).as("the bell's count on the page").isTrue();
        return Long.parseLong(count.group(1));
    }

    /** The plain-text part of a mail. */
    private static String body(MimeMessage message) {
        try {
            Object content = message.getContent();
            if (content instanceof Multipart parts) {
                for (int i = 0; i < parts.getCount(); i++) {
                    String text = textOf(parts.getBodyPart(i));
                    if (text != null) {
                        return text;
                    }
                }
                return "";
            }
            return String.valueOf(content);
        } catch (java.io.IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String textOf(BodyPart part) throws java.io.IOException, MessagingException {
        if (part.getContent() instanceof Multipart nested) {
            for (int i = 0; i < nested.getCount(); i++) {
                String text = textOf(nested.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
            return null;
        }
        return part.isMimeType("text/plain") ? String.valueOf(part.getContent()) : null;
    }
}
