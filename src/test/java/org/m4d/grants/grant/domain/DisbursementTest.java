package org.m4d.grants.grant.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.m4d.grants.platform.domain.Money;

/** What an idempotency key replays: only the very disbursement it first recorded. */
class DisbursementTest {

    private static final LocalDate DAY = LocalDate.parse("2026-03-02");
    private final Disbursement recorded = new Disbursement(7L, 1, Money.of(new BigDecimal("20000.00"), "NPR"), DAY,
            "NP-TT-77", "np.finance", Instant.parse("2026-03-02T10:00:00Z"), "retry-1");

    @Test
    void theSameRequestAgainIsTheRecordedEntry() {
        assertThat(recorded.records(new BigDecimal("20000"), DAY, "NP-TT-77")).isTrue();
        assertThat(recorded.records(new BigDecimal("20000.00"), DAY, " NP-TT-77 ")).isTrue();
    }

    @Test
    void anotherAmountDateOrReferenceIsAnotherDisbursement() {
        assertThat(recorded.records(new BigDecimal("20000.01"), DAY, "NP-TT-77")).isFalse();
        assertThat(recorded.records(new BigDecimal("20000"), DAY.plusDays(1), "NP-TT-77")).isFalse();
        assertThat(recorded.records(new BigDecimal("20000"), DAY, "NP-TT-78")).isFalse();
        assertThat(recorded.records(null, DAY, "NP-TT-77")).isFalse();
    }
}
