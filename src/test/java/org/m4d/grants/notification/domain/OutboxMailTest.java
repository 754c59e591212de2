package org.m4d.grants.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The claim and attempt rules on a fake clock: instants chosen by the test. */
class OutboxMailTest {

    private static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(5);
    private final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(30), Duration.ofMinutes(2), 4);

    private static OutboxMail queuedAt(Instant at) {
        return new OutboxMail("NP", "np.coordinator", "coord@example.org", "New task", "text", "<p>html</p>", at);
    }

    @Test
    void aQueuedMailIsDueAtOnce() {
        OutboxMail mail = queuedAt(T0);
        assertThat(mail.status()).isEqualTo(OutboxMail.Status.PENDING);
        assertThat(mail.claimable(T0)).isTrue();
        assertThat(mail.claimable(T0.minusSeconds(1))).isFalse();
    }

    @Test
    void aClaimHoldsOtherSendersOffUntilItsLeaseEnds() {
        OutboxMail mail = queuedAt(T0);
        mail.claim("node-a", T0, LEASE);

        assertThat(mail.heldBy("node-a")).isTrue();
        assertThat(mail.claimable(T0.plus(LEASE))).isFalse();
        assertThatThrownBy(() -> mail.claim("node-b", T0.plusSeconds(60), LEASE))
                .isInstanceOf(IllegalStateException.class);

        Instant afterLease = T0.plus(LEASE).plusSeconds(1);
        assertThat(mail.claimable(afterLease)).isTrue();
        mail.claim("node-b", afterLease, LEASE);
        assertThat(mail.heldBy("node-b")).isTrue();
        assertThat(mail.heldBy("node-a")).isFalse();
    }

    @Test
    void aFailedAttemptWaitsLongerEachTimeAndReleasesTheClaim() {
        OutboxMail mail = queuedAt(T0);
        mail.claim("a", T0, LEASE);
        mail.attemptFailed("Connection refused", T0, policy);

        assertThat(mail.attempts()).isEqualTo(1);
        assertThat(mail.nextAttemptAt()).isEqualTo(T0.plusSeconds(30));
        assertThat(mail.claimToken()).isNull();
        assertThat(mail.lastError()).isEqualTo("Connection refused");
        assertThat(mail.claimable(T0.plusSeconds(29))).isFalse();

        Instant second = T0.plusSeconds(30);
        mail.claim("b", second, LEASE);
        mail.attemptFailed("Connection refused", second, policy);
        assertThat(mail.nextAttemptAt()).isEqualTo(second.plusSeconds(60));
        assertThat(mail.status()).isEqualTo(OutboxMail.Status.PENDING);
    }

    @Test
    void theLastAttemptFailsTheMailForGoodUntilAnAdministratorRetriesIt() {
        OutboxMail mail = queuedAt(T0);
        for (int i = 0; i < 4; i++) {
            mail.attemptFailed("Connection refused", T0, policy);
        }
        assertThat(mail.status()).isEqualTo(OutboxMail.Status.FAILED);
        assertThat(mail.claimable(T0.plus(Duration.ofDays(1)))).isFalse();

        Instant retried = T0.plus(Duration.ofHours(2));
        mail.retry(retried);
        assertThat(mail.status()).isEqualTo(OutboxMail.Status.PENDING);
        assertThat(mail.attempts()).isZero();
        assertThat(mail.claimable(retried)).isTrue();
    }

    @Test
    void anAcceptedMailIsNeverClaimedAgain() {
        OutboxMail mail = queuedAt(T0);
        mail.claim("a", T0, LEASE);
        mail.accepted("<m4d.outbox.1@m4d.test>", T0.plusSeconds(1));

        assertThat(mail.status()).isEqualTo(OutboxMail.Status.SENT);
        assertThat(mail.messageId()).isEqualTo("<m4d.outbox.1@m4d.test>");
        assertThat(mail.claimable(T0.plus(Duration.ofDays(1)))).isFalse();
        assertThatThrownBy(() -> mail.retry(T0)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aLongErrorIsCutToItsColumn() {
        OutboxMail mail = queuedAt(T0);
        mail.attemptFailed("x".repeat(1000), T0, policy);
        assertThat(mail.lastError()).hasSize(OutboxMail.ERROR_LENGTH);
    }
}
