package org.m4d.grants.grant.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.Money;

class GrantAgreementTest {

    private static Money xof(long amount) {
        return Money.of(BigDecimal.valueOf(amount), "XOF");
    }

    private final GrantAgreement grant = new GrantAgreement(1L, xof(1_000_000), new BigDecimal("605"), "sn.coordinator", Instant.now());

    @Test
    void allowsDisbursingUpToTheApprovedAmountExactly() {
        assertThatCode(() -> grant.checkDisbursable(xof(400_000), xof(600_000))).doesNotThrowAnyException();
    }

    @Test
    void refusesAnAmountThatWouldExceedTheApprovedAmount() {
        assertThatThrownBy(() -> grant.checkDisbursable(xof(400_000), xof(600_001)))
                .isInstanceOf(DomainException.class)
                .hasMessage("Disbursing 600001 XOF would bring the total to 1000001 XOF, above the approved "
                        + "1000000 XOF; at most 600000 XOF remains");
    }

    @Test
    void refusesZeroAndOtherCurrencies() {
        assertThatThrownBy(() -> grant.checkDisbursable(xof(0), xof(0))).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> grant.checkDisbursable(xof(0), Money.of(BigDecimal.ONE, "NPR")))
                .isInstanceOf(DomainException.class).hasMessageContaining("in XOF");
    }

    @Test
    void aDisbursementNeedsDateAndReference() {
        assertThatThrownBy(() -> new Disbursement(1L, xof(1), null, "R", "u", Instant.now()))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new Disbursement(1L, xof(1), LocalDate.now(), " ", "u", Instant.now()))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void aReversalTakesTheAmountBackAndCannotItselfBeReversed() {
        Disbursement paid = new Disbursement(1L, xof(250_000), LocalDate.of(2026, 11, 2), "SN-1", "sn.finance",
                Instant.parse("2026-11-02T09:00:00Z"));
        Disbursement reversal = paid.reverse(" Wrong account ", "sn.finance", Instant.parse("2026-11-03T09:00:00Z"));

        org.assertj.core.api.Assertions.assertThat(reversal.kind()).isEqualTo(Disbursement.Kind.REVERSAL);
        org.assertj.core.api.Assertions.assertThat(reversal.amount()).isEqualTo(xof(-250_000));
        org.assertj.core.api.Assertions.assertThat(reversal.reason()).isEqualTo("Wrong account");
        org.assertj.core.api.Assertions.assertThat(reversal.reference()).isEqualTo("Reversal of SN-1");
        assertThatThrownBy(() -> reversal.reverse("again", "u", Instant.now())).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> paid.reverse(" ", "u", Instant.now())).isInstanceOf(DomainException.class);
    }

    @Test
    void anAgreementRecordsTheDollarRateOfApprovalAndIsPlannedOnceWithAModality() {
        assertThat(grant.approvedUsd()).isEqualByComparingTo("1652.89");
        assertThatThrownBy(() -> grant.plan(null, java.util.List.of(BigDecimal.valueOf(100))))
                .isInstanceOf(DomainException.class).hasMessageContaining("modality");
        grant.plan(Modality.REIMBURSEMENT, java.util.List.of(BigDecimal.valueOf(100)));
        assertThat(grant.modality()).isEqualTo(Modality.REIMBURSEMENT);
        assertThat(grant.status()).isEqualTo(GrantAgreement.Status.PLANNED);
        assertThatThrownBy(() -> grant.plan(Modality.REIMBURSEMENT, java.util.List.of(BigDecimal.valueOf(100))))
                .isInstanceOf(DomainException.class).hasMessageContaining("already set");
    }

    @Test
    void anAgreementNeedsAPositiveAmount() {
        assertThatThrownBy(() -> new GrantAgreement(1L, xof(0), new BigDecimal("605"), "u", Instant.now())).isInstanceOf(DomainException.class);
    }

    @Test
    void onlyADirectCashTransferPlannedNowHasItsAdvancesRequested() {
        assertThat(grant.requestsAdvances()).as("not planned yet").isFalse();
        grant.plan(Modality.DIRECT_CASH_TRANSFER, java.util.List.of(BigDecimal.valueOf(100)));
        assertThat(grant.requestsAdvances()).isTrue();

        GrantAgreement reimbursed = new GrantAgreement(2L, xof(1_000_000), new BigDecimal("605"), "sn.coordinator", Instant.now());
        reimbursed.plan(Modality.REIMBURSEMENT, java.util.List.of(BigDecimal.valueOf(100)));
        assertThat(reimbursed.requestsAdvances()).isFalse();
    }
}
