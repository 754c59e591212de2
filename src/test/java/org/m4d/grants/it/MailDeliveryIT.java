package org.m4d.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.m4d.grants.it.probe.MailProbeResource;
import org.m4d.grants.it.probe.MailProbeWork;

/**
 * Delivery of the outbox by Payara Micro to a real SMTP server ({@link MailServer}), with the
 * settings of the failsafe environment: poll and retry base one second, at most six attempts.
 * Mails are queued by a test-only step through the real {@code Mails} port ({@link MailProbeResource});
 * the notices helper's event-driven tests queue them through the app's own steps.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("probes")
class MailDeliveryIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Deployment(testable = false)
    static WebArchive app() {
        return Deployments.app().addClasses(MailProbeResource.class, MailProbeWork.class);
    }

    @ArquillianResource
    URL app;

    @Test
    void aQueuedMailIsDeliveredOnceWithItsStableMessageIdAndBothParts() throws Exception {
        String to = unique("ana");
        long id = queue(to, "New task: Screen eligibility — Formation des rapatriés");

        MimeMessage mail = MailServer.awaitFor(to, 1, WAIT).get(0);

        assertThat(mail.getRecipients(Message.RecipientType.TO)).containsExactly(new InternetAddress(to));
        assertThat(mail.getFrom()).containsExactly(new InternetAddress(MailServer.FROM));
        assertThat(mail.getSubject()).isEqualTo("New task: Screen eligibility — Formation des rapatriés");
        assertThat(mail.getMessageID()).isEqualTo("<m4d.outbox." + id + "@" + MailServer.LINK_HOST + ">");
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        assertThat(parts.getContentType()).startsWith("multipart/alternative");
        assertThat(parts.getBodyPart(0).getContentType()).isEqualTo("text/plain; charset=UTF-8");
        assertThat(((String) parts.getBodyPart(0).getContent()).replace("\r\n", "\n"))
                .isEqualTo("Screen eligibility by 3 December 2026.\nhttp://m4d.test/app/task.xhtml?id=probe");
        assertThat(parts.getBodyPart(1).getContentType()).isEqualTo("text/html; charset=UTF-8");
        assertThat(parts.getBodyPart(1).getContent())
                .isEqualTo("<p>Screen eligibility by <b>3 December 2026</b>.</p>");

        await("the row is marked sent", () -> "SENT".equals(status(id)));
        assertThat(Database.string("SELECT message_id FROM mail_outbox WHERE id = ?", id)).isEqualTo(mail.getMessageID());
        assertThat(Database.count("SELECT attempts FROM mail_outbox WHERE id = ?", id)).isEqualTo(1);
        assertThat(MailServer.countWithMessageId(mail.getMessageID())).isEqualTo(1);
    }

    @Test
    void aStepThatRollsBackQueuesAndSendsNothing() throws Exception {
        String to = unique("rolled-back");
        assertThat(probe().post("api/v1/mail-probe/queue-then-fail?" + params(to, "Rolled back"), null).json()
                .getBoolean("failed")).isTrue();
        // a committed mail queued after it arrives: the sender has run since, and the rolled-back one never came
        String witness = unique("witness");
        queue(witness, "Witness");
        MailServer.awaitFor(witness, 1, WAIT);

        assertThat(Database.count("SELECT COUNT(*) FROM mail_outbox WHERE address = ?", to)).isZero();
        assertThat(MailServer.receivedBy(to)).isEmpty();
    }

    @Test
    void queueingOutsideATransactionIsRefused() {
        String to = unique("no-transaction");
        assertThat(probe().post("api/v1/mail-probe/queue-outside-transaction?" + params(to, "No transaction"), null)
                .json().getBoolean("refused")).isTrue();
        assertThat(Database.count("SELECT COUNT(*) FROM mail_outbox WHERE address = ?", to)).isZero();
    }

    @Test
    void whileTheServerIsDownMailWaitsLongerEachTimeAndIsDeliveredOnceWhenItIsBack() throws Exception {
        String to = unique("outage");
        long id;
        MailServer.stop();
        try {
            id = queue(to, "Sent after the outage");
            await("two failed attempts", () -> attempts(id) >= 2);
            assertThat(status(id)).isEqualTo("PENDING");
            assertThat(Database.string("SELECT last_error FROM mail_outbox WHERE id = ?", id))
                    .startsWith("Couldn't connect to host").doesNotContain("Exception");
            Instant created = instant("created_at", id);
            Instant next = instant("next_attempt_at", id);
            // after n failed attempts the next waits 2^(n-1) seconds from the last: past the first second at least
            assertThat(Duration.between(created, next)).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
        } finally {
            MailServer.start();
        }

        List<MimeMessage> got = MailServer.awaitFor(to, 1, WAIT);
        await("the row is marked sent", () -> "SENT".equals(status(id)));
        String messageId = "<m4d.outbox." + id + "@" + MailServer.LINK_HOST + ">";
        assertThat(got.get(0).getMessageID()).isEqualTo(messageId);
        // two more polls: nothing goes out again
        Thread.sleep(2500);
        assertThat(MailServer.countWithMessageId(messageId)).isEqualTo(1);
        assertThat(MailServer.receivedBy(to)).hasSize(1);
    }

    @Test
    void afterTheLastAttemptTheMailIsListedAsFailedForItsCountrysAdministratorWhoRetriesIt() throws Exception {
        String to = unique("failed");
        String subject = "Failed " + UUID.randomUUID();
        long id;
        MailServer.stop();
        try {
            // written through JDBC one attempt short of the limit of six, so the next failure is the last
            id = insertPending("NP", to, subject, 5);
            await("the last attempt fails", () -> "FAILED".equals(status(id)));
            assertThat(attempts(id)).isEqualTo(6);
        } finally {
            MailServer.start();
        }
        Thread.sleep(2500);
        assertThat(MailServer.receivedBy(to)).as("a failed mail is not attempted again").isEmpty();

        WebSession senegal = WebSession.signIn(app, "sn.admin");
        Api.Reply foreign = senegal.get("app/admin/mail.xhtml");
        assertThat(foreign.status()).isEqualTo(200);
        assertThat(foreign.body()).doesNotContain("mail-" + id).doesNotContain(subject);

        WebSession nepal = WebSession.signIn(app, "np.admin");
        Api.Reply page = nepal.get("app/admin/mail.xhtml");
        assertThat(page.status()).isEqualTo(200);
        Matcher row = Pattern.compile("<tr[^>]*mail-" + id + "[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(page.body());
        assertThat(row.find()).as("the failed mail's row").isTrue();
        assertThat(row.group(1)).contains("<span class=\"subject\">" + subject + "</span>")
                .contains("<span class=\"attempts\">6</span>");
        Matcher button = Pattern.compile("name=\"(failedMail:failed:\\d+:retry)\"").matcher(row.group(1));
        assertThat(button.find()).isTrue();

        Map<String, String> form = new LinkedHashMap<>();
        form.put("failedMail", "failedMail");
        form.put(button.group(1), "Retry");
        form.put("jakarta.faces.ViewState", viewState(page.body()));
        Api.Reply retried = nepal.post("app/admin/mail.xhtml", form);
        assertThat(retried.status()).isEqualTo(200);

        MailServer.awaitFor(to, 1, WAIT);
        await("the retried mail is marked sent", () -> "SENT".equals(status(id)));
        assertThat(attempts(id)).isEqualTo(1);
        assertThat(Database.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'MAIL_RETRIED' AND subject_id = ?"
                + " AND tenant_id = 'NP' AND actor = 'np.admin'", id)).isEqualTo(1);
        Api.Reply after = nepal.get("app/admin/mail.xhtml");
        Matcher sentRow = Pattern.compile("<tr[^>]*mail-" + id + "[^>]*>(.*?)</tr>", Pattern.DOTALL)
                .matcher(after.body().substring(after.body().indexOf("id=\"sent-heading\"")));
        assertThat(sentRow.find()).as("listed under sent mail").isTrue();
        assertThat(senegal.get("app/admin/mail.xhtml").body()).doesNotContain(subject);
    }

    private Api probe() {
        return Api.as(app, "np.coordinator");
    }

    private long queue(String to, String subject) {
        return probe().post("api/v1/mail-probe/queue?" + params(to, subject), null).json().getJsonNumber("id")
                .longValue();
    }

    private static String params(String to, String subject) {
        return "to=" + URLEncoder.encode(to, StandardCharsets.UTF_8) + "&subject="
                + URLEncoder.encode(subject, StandardCharsets.UTF_8);
    }

    private static String unique(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    private static String status(long id) {
        return Database.string("SELECT status FROM mail_outbox WHERE id = ?", id);
    }

    private static long attempts(long id) {
        return Database.count("SELECT attempts FROM mail_outbox WHERE id = ?", id);
    }

    private static Instant instant(String column, long id) throws SQLException {
        try (Connection c = Database.connect();
             PreparedStatement s = c.prepareStatement("SELECT " + column + " FROM mail_outbox WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getTimestamp(1).toInstant();
            }
        }
    }

    private static long insertPending(String tenant, String to, String subject, int attempts) throws SQLException {
        try (Connection c = Database.connect()) {
            long id;
            try (PreparedStatement s = c.prepareStatement("SELECT nextval('m4d_seq')"); ResultSet r = s.executeQuery()) {
                r.next();
                id = r.getLong(1);
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO mail_outbox (id, tenant_id, recipient, address,"
                    + " subject, text_body, html_body, created_at, status, attempts, next_attempt_at)"
                    + " VALUES (?, ?, 'np.coordinator', ?, ?, 'text', '<p>html</p>', ?, 'PENDING', ?, ?)")) {
                Timestamp now = Timestamp.from(Instant.now());
                s.setLong(1, id);
                s.setString(2, tenant);
                s.setString(3, to);
                s.setString(4, subject);
                s.setTimestamp(5, now);
                s.setInt(6, attempts);
                s.setTimestamp(7, now);
                s.executeUpdate();
            }
            return id;
        }
    }

    private static String viewState(String page) {
        Matcher state = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
        assertThat(state.find()).isTrue();
        return state.group(1);
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited for: " + what).isLessThan(deadline);
            Thread.sleep(100);
        }
    }
}
