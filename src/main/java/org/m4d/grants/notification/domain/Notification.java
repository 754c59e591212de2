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
import java.time.Instant;

/**
 * One thing one user hears about, as the in-app list shows it: written in the transaction of the
 * step that caused it, in the recipient's language. It belongs to its recipient (the list is theirs
 * alone) and names the country it concerns; {@link #mail} says what happens to its e-mail.
 */
@Entity
@Table(name = "notification")
public class Notification {

    /** The e-mail side of a notification. */
    public enum Mail {
        /** No mail: the user chose none, or has no address. */
        NONE,
        /** Queued in the outbox on its own. */
        QUEUED,
        /** Waiting for the recipient's daily digest. */
        DIGEST_PENDING,
        /** Sent as part of a digest. */
        DIGESTED
    }

    @Id
    @SequenceGenerator(name = "m4d_seq", sequenceName = "m4d_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "m4d_seq")
    private Long id;

    @Column(name = "tenant_id", nullable = false, length = 2)
    private String tenantId;

    @Column(nullable = false, length = 100)
    private String recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private NotificationKind kind;

    @Column(name = "proposal_id")
    private Long proposalId;

    @Column(name = "task_id", length = 64)
    private String taskId;

    /** One line in the recipient's language, e.g. "New task: Screen eligibility — Skills for returnees". */
    @Column(nullable = false, length = 400)
    private String summary;

    /** The page it is about, relative to the app's root, e.g. {@code task.xhtml?id=…}. */
    @Column(nullable = false, length = 400)
    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Mail mail;

    protected Notification() {
    }

    public Notification(String tenantId, String recipient, NotificationKind kind, Long proposalId, String taskId,
            String summary, String link, Instant createdAt, Mail mail) {
        this.tenantId = tenantId;
        this.recipient = recipient;
        this.kind = kind;
        this.proposalId = proposalId;
        this.taskId = taskId;
        this.summary = summary;
        this.link = link;
        this.createdAt = createdAt;
        this.mail = mail;
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

    public NotificationKind kind() {
        return kind;
    }

    public Long proposalId() {
        return proposalId;
    }

    public String taskId() {
        return taskId;
    }

    public String summary() {
        return summary;
    }

    public String link() {
        return link;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant readAt() {
        return readAt;
    }

    public boolean unread() {
        return readAt == null;
    }

    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public Mail mail() {
        return mail;
    }

    /** Once the day's digest that holds it is queued. */
    public void digested() {
        mail = Mail.DIGESTED;
    }
}
