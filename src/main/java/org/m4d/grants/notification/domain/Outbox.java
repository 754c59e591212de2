package org.m4d.grants.notification.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The stored outbox. Reads across countries are the sender's; a country's pages pass their country. */
public interface Outbox {

    void add(OutboxMail mail);

    Optional<OutboxMail> find(long id);

    /** Up to {@code max} mails a sender may take now, the longest due first. */
    List<OutboxMail> claimable(Instant now, int max);

    /** A country's mails in a status, newest first. */
    List<OutboxMail> ofCountry(String tenantId, OutboxMail.Status status, int max);
}
