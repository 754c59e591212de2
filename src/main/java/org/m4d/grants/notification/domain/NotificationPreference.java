package org.m4d.grants.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A user's own choice of delivery for one kind of notification; a kind without one has its default. */
@Entity
@Table(name = "notification_preference")
@IdClass(NotificationPreference.Key.class)
public class NotificationPreference {

    /** The primary key: one choice per user and kind. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        private String username;
        private NotificationKind kind;

        public Key() {
        }

        public Key(String username, NotificationKind kind) {
            this.username = username;
            this.kind = kind;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(username, key.username) && kind == key.kind;
        }

        @Override
        public int hashCode() {
            return Objects.hash(username, kind);
        }
    }

    @Id
    @Column(nullable = false, length = 100)
    private String username;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private NotificationKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DeliveryMode mode;

    protected NotificationPreference() {
    }

    public NotificationPreference(String username, NotificationKind kind, DeliveryMode mode) {
        this.username = username;
        this.kind = kind;
        this.mode = mode;
    }

    public String username() {
        return username;
    }

    public NotificationKind kind() {
        return kind;
    }

    public DeliveryMode mode() {
        return mode;
    }

    public void choose(DeliveryMode chosen) {
        mode = chosen;
    }
}
