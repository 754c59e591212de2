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
 * recording the batch's outcomes. Sending happens between them, outside any transaction.
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
     * A batch's outcomes, in one transaction. An accepted mail is recorded even when its claim was
     * lost meanwhile: it did go out, and the mark keeps another sender from sending it once more. A
     * failure is recorded only while the claim holds (else another sender owns the row now).
     */
    public void record(List<Outcome> outcomes, RetryPolicy policy) {
        for (Outcome outcome : outcomes) {
            outbox.find(outcome.id()).ifPresent(mail -> outcome.applyTo(mail, policy));
        }
    }

    /** What became of one attempt. */
    public record Outcome(long id, String token, Kind kind, String detail, Instant at) {

        /** Accepted, failed (another attempt may follow), or refused (none will). */
        public enum Kind { SENT, FAILED, REFUSED }

        void applyTo(OutboxMail mail, RetryPolicy policy) {
            switch (kind) {
                case SENT -> {
                    if (mail.status() == OutboxMail.Status.PENDING) {
                        mail.accepted(detail, at);
                    }
                }
                case FAILED -> {
                    if (mail.heldBy(token)) {
                        mail.attemptFailed(detail, at, policy);
                    }
                }
                case REFUSED -> {
                    if (mail.heldBy(token)) {
                        mail.refused(detail, at);
                    }
                }
            }
        }
    }
}
