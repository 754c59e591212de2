package org.m4d.grants.grant.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.m4d.grants.platform.domain.Money;

/** Advances liquidated oldest first, the balance carried, and the six-month rule at its boundary. */
class AdvancesTest {

    private static final LocalDate JAN = LocalDate.parse("2026-01-15");
    private static final LocalDate APR = LocalDate.parse("2026-04-01");

    private static Money npr(String amount) {
        return Money.of(new BigDecimal(amount), "NPR");
    }

    private static Advances.Advance advance(int tranche, LocalDate on, String amount) {
        return new Advances.Advance(tranche, on, npr(amount));
    }

    @Test
    void acceptedExpenditureLiquidatesTheOldestAdvanceFirstAndTheRestIsCarried() {
        Advances advances = new Advances(List.of(advance(2, APR, "600.00"), advance(1, JAN, "1000.00")), npr("1300.50"));

        assertThat(advances.balance()).isEqualTo(npr("299.50"));
        assertThat(advances.outstanding()).containsExactly(advance(2, APR, "299.50"));
    }

    @Test
    void aPartlyLiquidatedAdvanceIsOutstandingForItsRemainder() {
        Advances advances = new Advances(List.of(advance(1, JAN, "1000.00")), npr("600.00"));

        assertThat(advances.outstanding()).containsExactly(advance(1, JAN, "400.00"));
        assertThat(advances.balance()).isEqualTo(npr("400.00"));
    }

    @Test
    void anAdvanceOutstandingForMoreThanSixMonthsIsOverdueButNotOnTheDaySixMonthsAreUp() {
        Advances advances = new Advances(List.of(advance(1, JAN, "1000.00")), npr("999.99"));

        assertThat(advances.overdue(LocalDate.parse("2026-07-15"), t -> true)).isEmpty();
        assertThat(advances.overdue(LocalDate.parse("2026-07-16"), t -> true)).contains(advance(1, JAN, "0.01"));
    }

    @Test
    void aFullyLiquidatedAdvanceIsNeverOverdue() {
        Advances advances = new Advances(List.of(advance(1, JAN, "1000.00")), npr("1000.00"));

        assertThat(advances.outstanding()).isEmpty();
        assertThat(advances.overdue(LocalDate.parse("2027-01-01"), t -> true)).isEmpty();
        assertThat(advances.balance()).isEqualTo(npr("0.00"));
    }

    @Test
    void xofAdvancesCarryWholeFrancs() {
        Advances advances = new Advances(List.of(new Advances.Advance(1, JAN, Money.of(new BigDecimal("2500000"), "XOF"))),
                Money.of(new BigDecimal("1250001"), "XOF"));
        assertThat(advances.balance()).isEqualTo(Money.of(new BigDecimal("1249999"), "XOF"));
        assertThat(advances.balance().amount().scale()).isZero();
    }

    @Test
    void theOpenTranchesOwnCashIsNotANewAdvanceAndDoesNotHoldItselfUp() {
        Advances advances = new Advances(List.of(advance(1, JAN, "1000.00")), npr("0.00"));

        assertThat(advances.overdue(LocalDate.parse("2027-01-01"), tranche -> tranche != 1)).isEmpty();
        assertThat(advances.overdue(LocalDate.parse("2027-01-01"), tranche -> tranche == 1)).contains(advance(1, JAN, "1000.00"));
    }
}
