package org.m4d.grants.bench;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.m4d.grants.it.Database;
import org.m4d.grants.it.Deployments;
import org.m4d.grants.it.MailServer;

/**
 * The outbox drained by one node ({@code mvn -Pbench verify -Dit.test=MailDrainBenchmark}; {@code
 * -Dbench.mail.count}, 10,000 by default): that many mails written to {@code mail_outbox} in one
 * transaction through JDBC (the time of queueing belongs to the steps, not measured here), then the
 * time until the test's GreenMail server has received them all and until every row is marked sent,
 * and mails per second. Writes them to target/mail-drain-benchmark.txt.
 */
@ExtendWith(ArquillianExtension.class)
class MailDrainBenchmark {

    @Deployment(testable = false)
    static WebArchive app() {
        return Deployments.app();
    }

    @ArquillianResource
    URL app;

    @Test
    void drainTheOutboxToGreenMail() throws Exception {
        int count = Integer.getInteger("bench.mail.count", 10_000);
        MailServer.purge();
        String batch = "bench-" + System.currentTimeMillis();
        queue(count, batch);

        long start = System.nanoTime();
        if (!MailServer.awaitReceived(count, Duration.ofMinutes(30))) {
            throw new AssertionError("Not all " + count + " mails received in 30 minutes");
        }
        long receivedAt = System.nanoTime();
        while (Database.count("SELECT COUNT(*) FROM mail_outbox WHERE subject LIKE ? AND status = 'SENT'",
                batch + " %") < count) {
            if (System.nanoTime() - start > 30L * 60 * 1_000_000_000L) {
                throw new AssertionError("Not all " + count + " mails marked sent in 30 minutes");
            }
            Thread.sleep(50);
        }
        long marked = System.nanoTime();
        long received = MailServer.received().size();
        long failed = Database.count("SELECT COUNT(*) FROM mail_outbox WHERE subject LIKE ? AND attempts <> 1",
                batch + " %");
        double toReceive = (receivedAt - start) / 1e9;
        double toMark = (marked - start) / 1e9;
        String figures = String.format(Locale.ROOT, "Mail drain: %d mails to GreenMail, one node, "
                + "batches of 20%n  all received in %.1f s (%.0f mails/s); all marked sent in %.1f s (%.0f mails/s); "
                + "received in all: %d; rows needing more than one attempt: %d%n", count, toReceive, count / toReceive, toMark,
                count / toMark, received, failed);
        System.out.print(figures);
        Files.writeString(Path.of("target/mail-drain-benchmark.txt"), figures);
    }

    private static void queue(int count, String batch) throws Exception {
        try (Connection c = Database.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement("INSERT INTO mail_outbox (id, tenant_id, recipient, address,"
                    + " subject, text_body, html_body, created_at, status, attempts, next_attempt_at)"
                    + " VALUES (nextval('m4d_seq'), 'NP', 'np.coordinator', ?, ?, ?, ?, ?, 'PENDING', 0, ?)")) {
                Timestamp now = Timestamp.from(Instant.now());
                for (int i = 0; i < count; i++) {
                    s.setString(1, "reader" + (i % 50) + "@example.org");
                    s.setString(2, batch + " " + i + ": New task: Screen eligibility — Skills for returnees");
                    s.setString(3, "Screen eligibility of \"Skills for returnees\" by 3 December 2026.\n"
                            + "http://m4d.test/app/task.xhtml?id=" + i + "\nPreferences: http://m4d.test/app/preferences.xhtml");
                    s.setString(4, "<p>Screen eligibility of <b>Skills for returnees</b> by 3 December 2026.</p>"
                            + "<p><a href=\"http://m4d.test/app/task.xhtml?id=" + i + "\">Open the task</a></p>");
                    s.setTimestamp(5, now);
                    s.setTimestamp(6, now);
                    s.addBatch();
                }
                s.executeBatch();
            }
            c.commit();
        }
    }
}
