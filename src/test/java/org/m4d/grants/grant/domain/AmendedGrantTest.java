package org.m4d.grants.grant.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.Money;

/**
 * A grant after an amendment: its ceiling and its tranches follow the version in force, and the
 * undisbursed part of the plan is split again at the currency's scale.
 */
class AmendedGrantTest {

    private static Money npr(String amount) {
        return Money.of(new BigDecimal(amount), "NPR");
    }

    private static List<BigDecimal> percent(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }

    private final Map<Integer, Money> disbursed = new HashMap<>();

    private Money disbursedFrom(int tranche) {
        return disbursed.getOrDefault(tranche, npr("0"));
    }

    @Test
    void theCeilingFollowsTheAmountInForce() {
        GrantAgreement grant = new GrantAgreement(1L, npr("1000.00"), BigDecimal.ONE, "np.coordinator", Instant.now());
        grant.amend(npr("1200.00"), LocalDate.of(2027, 6, 30));

        assertThatCode(() -> grant.checkDisbursable(npr("1000.00"), npr("200.00"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> grant.checkDisbursable(npr("1000.00"), npr("200.01")))
                .isInstanceOf(DomainException.class).hasMessageContaining("above the approved 1200.00 NPR");
        assertThat(grant.endDate()).isEqualTo(LocalDate.of(2027, 6, 30));

        grant.amend(npr("900.00"), grant.endDate());
        assertThatThrownBy(() -> grant.checkDisbursable(npr("800.00"), npr("100.01")))
                .isInstanceOf(DomainException.class).hasMessageContaining("at most 100.00 NPR remains");
    }

    @Test
    void anAmountChangedBeforeThePlanIsSplitWhenFinanceSetsThePlan() {
        GrantAgreement grant = new GrantAgreement(1L, npr("1000.00"), BigDecimal.ONE, "np.coordinator", Instant.now());
        TranchePlan.replan(List.of(), npr("1200.00"), this::disbursedFrom);
        grant.amend(npr("1200.00"), LocalDate.of(2027, 6, 30));

        List<Tranche> tranches = grant.plan(Modality.DIRECT_CASH_TRANSFER, percent("50", "50"));

        assertThat(tranches).extracting(t -> t.amount("NPR")).containsExactly(npr("600.00"), npr("600.00"));
    }

    @Test
    void aClosedGrantIsNotAmended() {
        GrantAgreement grant = new GrantAgreement(1L, npr("1000.00"), BigDecimal.ONE, "np.coordinator", Instant.now());
        grant.plan(Modality.DIRECT_CASH_TRANSFER, percent("100"));
        grant.close(Instant.now());

        assertThatThrownBy(() -> grant.amend(npr("1200.00"), null)).isInstanceOf(DomainException.class)
                .hasMessage("The grant is closed; it can no longer be amended");
        assertThat(grant.approved()).isEqualTo(npr("1000.00"));
    }

    @Test
    void anIncreaseIsSharedByTheTranchesNotReleasedInProportionAndSumsExactly() {
        List<Tranche> tranches = TranchePlan.split(1L, npr("1000.00"), percent("40", "30", "30"));
        tranches.get(0).open(Instant.now());
        disbursed.put(1, npr("400.00"));
        tranches.get(0).release(npr("400.00"), Instant.now());

        TranchePlan.replan(tranches, npr("1100.01"), this::disbursedFrom);

        assertThat(tranches).extracting(t -> t.amount("NPR").amount()).containsExactly(
                new BigDecimal("400.00"), new BigDecimal("350.00"), new BigDecimal("350.01"));
        assertThat(tranches).extracting(Tranche::percentage).containsExactly(
                new BigDecimal("36.3633"), new BigDecimal("31.8178"), new BigDecimal("31.8189"));
        assertThat(tranches.stream().map(t -> t.amount("NPR").amount()).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("1100.01");
        assertThat(tranches.stream().map(Tranche::percentage).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("100");
    }

    @Test
    void aDecreaseInCfaFrancsStaysInWholeFrancsAndKeepsTheOpenTranchesDisbursements() {
        List<Tranche> tranches = TranchePlan.split(1L, Money.of(new BigDecimal("1000000"), "XOF"), percent("50", "50"));
        tranches.get(0).open(Instant.now());
        disbursed.put(1, Money.of(new BigDecimal("300000"), "XOF"));

        TranchePlan.replan(tranches, Money.of(new BigDecimal("700001"), "XOF"),
                n -> disbursed.getOrDefault(n, Money.zero("XOF")));

        assertThat(tranches).extracting(t -> t.amount("XOF").amount())
                .containsExactly(new BigDecimal("350000"), new BigDecimal("350001"));
        assertThat(tranches.get(0).status()).isEqualTo(Tranche.Status.OPEN);
    }

    @Test
    void aTrancheIsNeverPlannedBelowWhatWasDisbursedFromIt() {
        List<Tranche> tranches = TranchePlan.split(1L, npr("1000.00"), percent("50", "50"));
        tranches.get(0).open(Instant.now());
        disbursed.put(1, npr("500.00"));

        assertThatThrownBy(() -> TranchePlan.replan(tranches, npr("900.00"), this::disbursedFrom))
                .isInstanceOf(DomainException.class).hasMessage("Tranche 1 would be 450.00 NPR, below the 500.00 NPR"
                        + " disbursed from it");
        assertThat(tranches).extracting(t -> t.amount("NPR").amount())
                .containsExactly(new BigDecimal("500.00"), new BigDecimal("500.00"));
    }

    @Test
    void withEveryTrancheReleasedTheAmountCannotChange() {
        List<Tranche> tranches = TranchePlan.split(1L, npr("1000.00"), percent("100"));
        tranches.get(0).open(Instant.now());
        tranches.get(0).release(npr("1000.00"), Instant.now());

        assertThatThrownBy(() -> TranchePlan.replan(tranches, npr("1200.00"), this::disbursedFrom))
                .isInstanceOf(DomainException.class).hasMessage("Every tranche is released: the amount can no longer change");
    }
}
