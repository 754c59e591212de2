package org.m4d.grants.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** The mark of a digest sent: one per user, country and local day, so no digest goes out twice. */
@Entity
@Table(name = "digest_sent")
@IdClass(NotificationDigest.Key.class)
public class NotificationDigest {

    /** The primary key, as {@link DigestKey}. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        private String recipient;
        private String tenantId;
        private LocalDate localDay;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(recipient, key.recipient)
                    && Objects.equals(tenantId, key.tenantId) && Objects.equals(localDay, key.localDay);
        }

        @Override
        public int hashCode() {
            return Objects.hash(recipient, tenantId, localDay);
        }
    }

    @Id
    @Column(nullable = false, length = 100)
    private String recipient;

    @Id
    @Column(name = "tenant_id", nullable = false, length = 2)
    private String tenantId;

    @Id
    @Column(name = "local_day", nullable = false)
    private LocalDate localDay;

    /** The outbox id of the digest's mail; null when there was nobody to mail. */
    @Column(name = "mail_id")
    private Long mailId;

    @Column(nullable = false)
    private int items;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected NotificationDigest() {
    }

    public NotificationDigest(DigestKey key, Long mailId, int items, Instant sentAt) {
        this.recipient = key.recipient();
        this.tenantId = key.tenantId();
        this.localDay = key.day();
        this.mailId = mailId;
        this.items = items;
        this.sentAt = sentAt;
    }

    public DigestKey key() {
        return new DigestKey(recipient, tenantId, localDay);
    }

    public Long mailId() {
        return mailId;
    }

    public int items() {
        return items;
    }
}
