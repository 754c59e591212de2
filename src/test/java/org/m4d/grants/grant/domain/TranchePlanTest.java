package org.m4d.grants.grant.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.Money;

class TranchePlanTest {

    private static List<BigDecimal> percent(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }

    @Test
    void tranchesSumExactlyToTheApprovedAmountAtTheCurrencyScale() {
        Money approved = Money.of(new BigDecimal("1000000"), "XOF");
        List<Tranche> tranches = TranchePlan.split(1L, approved, percent("33.33", "33.33", "33.34"));

        assertThat(tranches).extracting(t -> t.amount("XOF").amount())
                .containsExactly(new BigDecimal("333300"), new BigDecimal("333300"), new BigDecimal("333400"));
        assertThat(tranches).extracting(Tranche::number).containsExactly(1, 2, 3);
    }

    @Test
    void theLastTrancheTakesTheRoundingRemainder() {
        Money approved = Money.of(new BigDecimal("100.01"), "NPR");
        List<Tranche> tranches = TranchePlan.split(1L, approved, percent("40", "40", "20"));

        assertThat(tranches).extracting(t -> t.amount("NPR").amount())
                .containsExactly(new BigDecimal("40.00"), new BigDecimal("40.00"), new BigDecimal("20.01"));
    }

    @Test
    void percentagesMustBePositiveAndAddUpTo100() {
        Money approved = Money.of(new BigDecimal("1000"), "NPR");
        assertThatThrownBy(() -> TranchePlan.split(1L, approved, percent("40", "40")))
                .isInstanceOf(DomainException.class).hasMessage("The tranches must add up to 100%, not 80%");
        assertThatThrownBy(() -> TranchePlan.split(1L, approved, percent("110", "-10")))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> TranchePlan.split(1L, approved, List.of())).isInstanceOf(DomainException.class);
    }

    @Test
    void aTrancheOpensOnceTakesDisbursementsUpToItsAmountAndIsReleasedWithSomethingDisbursed() {
        Tranche tranche = TranchePlan.split(1L, Money.of(new BigDecimal("1000"), "NPR"), percent("40", "60")).get(0);
        Money none = Money.zero("NPR");
        Money four = Money.of(new BigDecimal("400"), "NPR");
        assertThatThrownBy(() -> tranche.checkDisbursable(none, four)).isInstanceOf(DomainException.class)
                .hasMessage("Tranche 1 is not open for disbursement");

        tranche.open(Instant.now());
        tranche.checkDisbursable(none, four);
        assertThatThrownBy(() -> tranche.checkDisbursable(none, Money.of(new BigDecimal("400.01"), "NPR")))
                .isInstanceOf(DomainException.class).hasMessageContaining("would exceed tranche 1 of 400.00 NPR");
        assertThatThrownBy(() -> tranche.release(none, Instant.now())).isInstanceOf(DomainException.class);
        tranche.release(four, Instant.now());
        assertThat(tranche.status()).isEqualTo(Tranche.Status.RELEASED);
        assertThatThrownBy(() -> tranche.open(Instant.now())).isInstanceOf(DomainException.class);
    }

    @Test
    void aReportGivesActualsOnlyForTheIndicatorsOfTheResultsFramework() {
        Report report = new Report(1L, 2, Report.Kind.PERIODIC, "On track", 10, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 6, 30), Money.of(new BigDecimal("400"), "NPR"), Money.zero("NPR"), "u", Instant.now());
        java.util.Set<String> framework = java.util.Set.of("Qualifications recognised", "Employers reached");

        report.reportActuals(List.of(new IndicatorActual("Qualifications recognised", new BigDecimal("120"))), framework);
        assertThat(report.indicatorActuals()).extracting(IndicatorActual::actual).containsExactly(new BigDecimal("120"));
        assertThatThrownBy(() -> report.reportActuals(List.of(new IndicatorActual("Smiles", BigDecimal.ONE)), framework))
                .isInstanceOf(DomainException.class).hasMessageContaining("not an indicator");
        assertThatThrownBy(() -> report.reportActuals(List.of(new IndicatorActual("Employers reached", BigDecimal.ONE),
                new IndicatorActual("Employers reached", BigDecimal.TEN)), framework))
                .isInstanceOf(DomainException.class).hasMessageContaining("reported twice");
    }

    @Test
    void aReportIsAcceptedOnlyWhenBothPartsAreAndItsBalanceIsWhatRemains() {
        Money authorised = Money.of(new BigDecimal("400"), "NPR");
        Report report = new Report(1L, 2, Report.Kind.PERIODIC, "Two centres open", 120, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 6, 30), authorised, Money.of(new BigDecimal("350"), "NPR"), "np.applicant", Instant.now());
        assertThat(report.balance()).isEqualTo(Money.of(new BigDecimal("50"), "NPR"));
        report.verifyProgress(true, "np.coordinator", null);
        assertThat(report.status()).isEqualTo(Report.Status.SUBMITTED);
        report.verifyFinancial(false, "np.finance", "Receipts missing");
        assertThat(report.status()).isEqualTo(Report.Status.RETURNED);
        assertThat(report.verificationNote()).isEqualTo("Financial: Receipts missing");
        assertThatThrownBy(() -> report.verifyFinancial(true, "np.finance", null)).isInstanceOf(DomainException.class);

        assertThatThrownBy(() -> new Report(1L, 2, Report.Kind.PERIODIC, "x", 1, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 6, 30), authorised, Money.of(new BigDecimal("400.01"), "NPR"), "u", Instant.now()))
                .isInstanceOf(DomainException.class).hasMessageContaining("exceeds the amount authorised");
        assertThatThrownBy(() -> new Report(1L, 2, Report.Kind.PERIODIC, "x", 1, LocalDate.of(2026, 7, 1),
                LocalDate.of(2026, 6, 30), authorised, Money.zero("NPR"), "u", Instant.now()))
                .isInstanceOf(DomainException.class);
    }
}
