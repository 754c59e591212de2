package org.m4d.grants.notification.infra;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.m4d.grants.notification.application.MailQueued;
import org.m4d.grants.notification.domain.OutboxMail;
import org.m4d.grants.notification.domain.RetryPolicy;

/**
 * Delivers the outbox on the container's managed scheduler: every poll interval, and at once after
 * a transaction that queued mail commits. One drain at a time per node; batches are claimed in
 * their own transactions, sent outside any, and each outcome recorded (docs/adr/0018).
 */
@ApplicationScoped
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());
    static final int BATCH = 20;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService executor;

    @Inject
    MailSettings settings;

    @Inject
    MailTransport transport;

    @Inject
    OutboxClaims claims;

    @Inject
    DemoMailServer demoServer;

    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private volatile ScheduledFuture<?> polling;

    /** Called once the schema exists; returns at once, delivery runs on the scheduler. */
    public void start() {
        if (settings.mode() == MailSettings.Mode.DEMO) {
            demoServer.start(settings.port());
        }
        LOG.info(settings::describe);
        if (settings.mode() == MailSettings.Mode.OFF || polling != null) {
            return;
        }
        long every = Math.max(100, settings.poll().toMillis());
        polling = executor.scheduleWithFixedDelay(this::drain, every, every, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        ScheduledFuture<?> running = polling;
        if (running != null) {
            running.cancel(false);
        }
    }

    /** A step that queued mail committed: look now rather than at the next poll. */
    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        if (polling != null) {
            again.set(true);
            executor.execute(this::drain);
        }
    }

    void drain() {
        if (!draining.compareAndSet(false, true)) {
            return;
        }
        try {
            do {
                again.set(false);
                while (sendBatch() == BATCH) {
                    // a full batch: there may be more due right now
                }
            } while (again.get());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Mail delivery stopped until the next poll", e);
        } finally {
            draining.set(false);
        }
    }

    /** Claims and sends one batch; answers how many it claimed (0 also when the server is down). */
    int sendBatch() {
        String token = UUID.randomUUID().toString();
        List<OutboxMail> batch;
        try {
            batch = claims.claim(token, Instant.now(), BATCH);
        } catch (RuntimeException taken) {
            // another node's claim won a row of this batch; the rows are left to the next round
            LOG.log(Level.FINE, "Outbox claim lost to another sender", taken);
            return 0;
        }
        if (batch.isEmpty()) {
            return 0;
        }
        RetryPolicy policy = settings.retryPolicy();
        Transport connection;
        MailComposer composer;
        try {
            composer = transport.composer();
            connection = transport.connect();
        } catch (MessagingException down) {
            String reason = reason(down);
            LOG.warning(() -> "Mail server not reachable, " + batch.size() + " mail(s) wait for a retry: " + reason);
            batch.forEach(mail -> claims.failed(mail.id(), token, reason, Instant.now(), policy));
            return 0;
        }
        try {
            for (OutboxMail mail : batch) {
                deliver(connection, composer, mail, token, policy);
            }
        } finally {
            try {
                connection.close();
            } catch (MessagingException e) {
                LOG.log(Level.FINE, "Closing the mail connection failed", e);
            }
        }
        return batch.size();
    }

    private void deliver(Transport connection, MailComposer composer, OutboxMail mail, String token,
            RetryPolicy policy) {
        MimeMessage message;
        String messageId;
        try {
            message = composer.compose(mail, Instant.now());
            messageId = message.getMessageID();
        } catch (MessagingException malformed) {
            claims.refused(mail.id(), token, "Not deliverable: " + reason(malformed), Instant.now());
            return;
        }
        try {
            connection.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException failed) {
            claims.failed(mail.id(), token, reason(failed), Instant.now(), policy);
            return;
        }
        claims.sent(mail.id(), messageId, Instant.now());
    }

    /** The server's or library's reason in one line, without the nested exception's class name. */
    static String reason(MessagingException e) {
        String message = e.getMessage() == null ? "delivery failed" : e.getMessage();
        int nested = message.indexOf(";\n  nested exception is");
        return MailHeaders.oneLine(nested < 0 ? message : message.substring(0, nested));
    }
}
