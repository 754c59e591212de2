package org.m4d.grants.notification.domain;

import java.time.Instant;
import java.util.List;

/** The notifications that wait for a daily digest, and the digests already sent. */
public interface DigestQueue {

    /** A country's notifications waiting for a digest, created before the instant, oldest first. */
    List<Notification> pendingBefore(String tenantId, Instant before);

    /** One user's notifications of a country waiting for a digest, created in [from, until), oldest first. */
    List<Notification> pendingOf(String recipient, String tenantId, Instant from, Instant until);

    /** Whether that user's digest of that country and day was already composed. */
    boolean sent(DigestKey key);

    /**
     * Records the digest; a concurrent record of the same key fails, at the latest when the
     * transaction commits, so the digest is composed once.
     */
    void record(NotificationDigest digest);
}
