package org.m4d.grants.notification.infra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.m4d.grants.notification.domain.Outbox;
import org.m4d.grants.notification.domain.OutboxMail;
import org.m4d.grants.notification.domain.RetryPolicy;

/**
 * The sender's short transactions on the outbox, each its own: taking a batch (a versioned UPDATE
 * per row, so that of two nodes taking the same row one fails and takes nothing this round), and
 * recording each attempt's outcome. Sending happens between them, outside any transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class OutboxClaims {

    /** How long a claim holds: far above a batch's worst case (timeouts of {@link MailTransport}). */
    static final Duration LEASE = Duration.ofMinutes(5);

    @Inject
    Outbox outbox;

    /** Claims up to {@code max} due mails under a token; once committed, the mails returned are detached. */
    public List<OutboxMail> claim(String token, Instant now, int max) {
        List<OutboxMail> claimed = outbox.claimable(now, max);
        claimed.forEach(mail -> mail.claim(token, now, LEASE));
        return claimed;
    }

    /**
     * The server accepted it. Recorded even when the claim was lost meanwhile: the mail did go out,
     * and marking it keeps the other sender from sending it once more.
     */
    public void sent(long id, String messageId, Instant at) {
        outbox.find(id).filter(m -> m.status() == OutboxMail.Status.PENDING)
                .ifPresent(m -> m.accepted(messageId, at));
    }

    /** A failed attempt, recorded only while the claim holds (else another sender owns the row now). */
    public void failed(long id, String token, String reason, Instant at, RetryPolicy policy) {
        outbox.find(id).filter(m -> m.heldBy(token)).ifPresent(m -> m.attemptFailed(reason, at, policy));
    }

    /** Never deliverable as it is: no more attempts. */
    public void refused(long id, String token, String reason, Instant at) {
        outbox.find(id).filter(m -> m.heldBy(token)).ifPresent(m -> m.refused(reason, at));
    }
}
