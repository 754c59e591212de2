package org.m4d.grants.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * One mail in the outbox, from the step that queued it to the server that accepted it (or the
 * attempts that gave up). Not tenant-scoped by the ORM: the sender delivers every country's mail;
 * readers of a country's rows filter on {@link #tenantId()}.
 */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail {

    /** Where a mail is in its delivery. */
    public enum Status {
        /** Waiting for its first or next attempt. */
        PENDING,
        /** Accepted by the SMTP server. */
        SENT,
        /** Given up after the last attempt; an administrator may retry it. */
        FAILED
    }

    /** Room for the reason of a failed attempt: a line, never a stack trace. */
    public static final int ERROR_LENGTH = 300;

    @Id
    @SequenceGenerator(name = "m4d_seq", sequenceName = "m4d_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "m4d_seq")
    private Long id;

    @Column(name = "tenant_id", length = 2)
    private String tenantId;

    @Column(nullable = false, length = 100)
    private String recipient;

    @Column(nullable = false, length = 254)
    private String address;

    @Column(nullable = false, length = 400)
    private String subject;

    @Column(name = "text_body", nullable = false)
    private String text;

    @Column(name = "html_body", nullable = false)
    private String html;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = ERROR_LENGTH)
    private String lastError;

    @Column(name = "claim_token", length = 36)
    private String claimToken;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "message_id", length = 300)
    private String messageId;

    /** Two senders claiming the same row: the second one's conditional UPDATE matches nothing. */
    @Version
    private int version;

    protected OutboxMail() {
    }

    public OutboxMail(String tenantId, String recipient, String address, String subject, String text, String html,
            Instant createdAt) {
        this.tenantId = tenantId;
        this.recipient = recipient;
        this.address = address;
        this.subject = subject;
        this.text = text;
        this.html = html;
        this.createdAt = createdAt;
        this.status = Status.PENDING;
        this.nextAttemptAt = createdAt;
    }

    /** Whether a sender may take it now: pending, due, and not held by another sender's live claim. */
    public boolean claimable(Instant now) {
        return status == Status.PENDING && !nextAttemptAt.isAfter(now)
                && (claimedUntil == null || claimedUntil.isBefore(now));
    }

    /** A sender takes it for a while; past that lease another sender may take it (its sender died). */
    public void claim(String token, Instant now, Duration lease) {
        if (!claimable(now)) {
            throw new IllegalStateException("Mail " + id + " is not claimable now");
        }
        claimToken = token;
        claimedUntil = now.plus(lease);
    }

    /** Whether the given claim still holds it. */
    public boolean heldBy(String token) {
        return token != null && token.equals(claimToken);
    }

    /** The server accepted it: it is never attempted again. */
    public void accepted(String messageId, Instant at) {
        this.status = Status.SENT;
        this.messageId = messageId;
        this.sentAt = at;
        this.attempts++;
        this.lastError = null;
        release();
    }

    /** An attempt failed: the next one waits as the policy says, or there is none. */
    public void attemptFailed(String reason, Instant at, RetryPolicy policy) {
        attempts++;
        lastError = reason == null ? null : reason.substring(0, Math.min(reason.length(), ERROR_LENGTH));
        if (policy.givesUpAfter(attempts)) {
            status = Status.FAILED;
        } else {
            nextAttemptAt = at.plus(policy.delayAfter(attempts));
        }
        release();
    }

    /** The mail can never be sent as it is (e.g. a malformed address): no further attempt. */
    public void refused(String reason, Instant at) {
        attempts++;
        lastError = reason == null ? null : reason.substring(0, Math.min(reason.length(), ERROR_LENGTH));
        status = Status.FAILED;
        nextAttemptAt = at;
        release();
    }

    /** An administrator's retry of a failed mail: a fresh series of attempts, due now. */
    public void retry(Instant at) {
        if (status != Status.FAILED) {
            throw new IllegalStateException("Only a failed mail is retried");
        }
        status = Status.PENDING;
        attempts = 0;
        nextAttemptAt = at;
        release();
    }

    private void release() {
        claimToken = null;
        claimedUntil = null;
    }

    public Long id() {
        return id;
    }

    public String tenantId() {
        return tenantId;
    }

    public String recipient() {
        return recipient;
    }

    public String address() {
        return address;
    }

    public String subject() {
        return subject;
    }

    public String text() {
        return text;
    }

    public String html() {
        return html;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Status status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public String lastError() {
        return lastError;
    }

    public String claimToken() {
        return claimToken;
    }

    public Instant claimedUntil() {
        return claimedUntil;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public String messageId() {
        return messageId;
    }
}
