package org.m4d.grants.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Logger;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * A real SMTP server (GreenMail) for the integration-test run, started once in the test JVM on the
 * port the build reserved ({@code m4d.it.smtp.port}), like {@link EmbeddedPostgresSession}. Payara
 * Micro sends to it: the failsafe environment sets {@code SMTP_HOST=localhost}, this port,
 * {@code SMTP_FROM=grants@m4d.test}, no STARTTLS, a one-second poll and retry base, and
 * {@code M4D_PUBLIC_URL=http://m4d.test/}, so every mail's links and Message-IDs name {@link #LINK_HOST}
 * (a test opening a link replaces {@link #PUBLIC_URL} with its deployment's URL).
 * <p>
 * Tests read what arrived, wait for mail, purge it, and stop and start the server on the same port
 * to see the app through an outage. Does nothing in unit-test runs, which have no such port.
 */
public class MailServer implements LauncherSessionListener {

    public static final String LINK_HOST = "m4d.test";
    public static final String PUBLIC_URL = "http://" + LINK_HOST + "/";
    public static final String FROM = "grants@m4d.test";

    private static final Logger LOG = Logger.getLogger(MailServer.class.getName());
    private static GreenMail server;
    private static int port;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String reserved = System.getProperty("m4d.it.smtp.port");
        if (reserved == null || server != null) {
            return;
        }
        port = Integer.parseInt(reserved);
        start();
        LOG.info(() -> "SMTP server (GreenMail) for the integration tests is up on port " + port);
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        stop();
    }

    /** Starts the server (again) on the reserved port; mail received before a stop is gone. */
    public static synchronized void start() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
    }

    /** The server goes away: the app's connections are refused until {@link #start()}. */
    public static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    public static synchronized List<MimeMessage> received() {
        return server == null ? List.of() : List.of(server.getReceivedMessages());
    }

    /** The messages received for one address, in the order they arrived. */
    public static List<MimeMessage> receivedBy(String address) {
        return received().stream().filter(m -> addressedTo(m, address)).toList();
    }

    /** Waits until at least {@code count} messages for the address arrived; fails after the timeout. */
    public static List<MimeMessage> awaitFor(String address, int count, Duration timeout) {
        return awaitFor(address, m -> true, count, timeout);
    }

    /**
     * Waits until at least {@code count} messages for the address that match arrived (others may
     * reach the same user meanwhile: a demo user has an address); fails after the timeout.
     */
    public static List<MimeMessage> awaitFor(String address, java.util.function.Predicate<MimeMessage> matching,
            int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<MimeMessage> got = receivedBy(address).stream().filter(matching).toList();
        while (got.size() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Expected " + count + " mail(s) for " + address + " within " + timeout
                        + ", got " + got.size());
            }
            pause();
            got = receivedBy(address).stream().filter(matching).toList();
        }
        return got;
    }

    /**
     * Waits, without copying the messages received, until the server has received {@code count} in
     * all since the last purge; answers whether it did within the timeout.
     */
    public static boolean awaitReceived(int count, Duration timeout) {
        GreenMail running;
        synchronized (MailServer.class) {
            running = server;
        }
        return running != null && running.waitForIncomingEmail(timeout.toMillis(), count);
    }

    /** How many received messages carry this Message-ID. */
    public static long countWithMessageId(String messageId) {
        return received().stream().filter(m -> messageId.equals(messageId(m))).count();
    }

    public static synchronized void purge() {
        if (server != null) {
            server.reset();
        }
    }

    public static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            return message.getRecipients(Message.RecipientType.TO) != null
                    && Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                            .anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting for mail", e);
        }
    }
}
