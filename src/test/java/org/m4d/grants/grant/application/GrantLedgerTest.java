package org.m4d.grants.grant.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.m4d.grants.grant.application.Ledgers.money;
import static org.m4d.grants.grant.application.Ledgers.paid;
import static org.m4d.grants.grant.application.Ledgers.reversal;
import static org.m4d.grants.grant.application.Ledgers.withId;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.m4d.grants.grant.domain.Disbursement;
import org.m4d.grants.grant.domain.GrantAgreement;
import org.m4d.grants.grant.domain.Modality;
import org.m4d.grants.grant.domain.Tranche;

class GrantLedgerTest {

    private final GrantAgreement grant = withId(new GrantAgreement(42L, money("1000000.00", "NPR"),
            new BigDecimal("133.5"), "np.coordinator", Instant.parse("2026-01-10T09:00:00Z")), 7L);
    private final List<Tranche> tranches = grant.plan(Modality.DIRECT_CASH_TRANSFER,
            List.of(new BigDecimal("40"), new BigDecimal("40"), new BigDecimal("20")));

    private final Disbursement first = paid(101, 1, "150000.00", "NPR", "NP-TT-1", "133.5");
    private final Disbursement wrong = paid(102, 1, "250000.00", "NPR", "NP-TT-2", "133.5");
    private final Disbursement taken = reversal(103, wrong, "Paid to the wrong account");
    private final Disbursement again = paid(104, 1, "250000.00", "NPR", "NP-TT-3", "133.5");
    private final List<Disbursement> entries = List.of(first, wrong, taken, again);

    private GrantLedger ledger(boolean mayReverse) {
        return GrantLedger.of("NP", 42L, "Diaspora skills", grant, tranches, entries, mayReverse);
    }

    @Test
    void eachEntryCarriesTheNetBalanceUpToIt() {
        assertThat(ledger(true).lines()).extracting(LedgerLine::balance).containsExactly(
                money("150000.00", "NPR"), money("400000.00", "NPR"), money("150000.00", "NPR"),
                money("400000.00", "NPR"));
    }

    @Test
    void totalsSeparatePaymentsFromReversals() {
        GrantLedger ledger = ledger(true);

        assertThat(ledger.paidOut()).isEqualTo(money("650000.00", "NPR"));
        assertThat(ledger.reversedTotal()).isEqualTo(money("-250000.00", "NPR"));
        assertThat(ledger.net()).isEqualTo(money("400000.00", "NPR"));
        assertThat(ledger.remaining()).isEqualTo(money("600000.00", "NPR"));
        // each entry in dollars at its own date's rate, to the cent: 1,123.60 + 1,872.66 - 1,872.66 + 1,872.66
        assertThat(ledger.netUsd()).isEqualByComparingTo("2996.26");
    }

    @Test
    void aReversedEntryPointsToItsReversalAndNeitherCanBeReversedAgain() {
        List<LedgerLine> lines = ledger(true).lines();

        assertThat(lines.get(1).reversedBy()).isEqualTo(103L);
        assertThat(lines.get(2).entry().reversesId()).isEqualTo(102L);
        assertThat(lines).extracting(LedgerLine::reversible).containsExactly(true, false, false, true);
        assertThat(ledger(true).anyReversible()).isTrue();
    }

    @Test
    void withoutTheFinanceRoleOrOnceTheGrantIsClosedNothingIsReversible() {
        assertThat(ledger(false).lines()).noneMatch(LedgerLine::reversible);

        grant.close(Instant.parse("2026-12-01T09:00:00Z"));
        GrantLedger closed = ledger(true);
        assertThat(closed.closed()).isTrue();
        assertThat(closed.lines()).noneMatch(LedgerLine::reversible);
        assertThat(closed.anyReversible()).isFalse();
    }

    @Test
    void theScheduleShowsWhatWasDisbursedFromEachTrancheNetOfReversals() {
        GrantLedger ledger = ledger(true);

        assertThat(ledger.tranches()).extracting(TrancheLine::number).containsExactly(1, 2, 3);
        assertThat(ledger.tranches()).extracting(TrancheLine::amount).containsExactly(
                money("400000.00", "NPR"), money("400000.00", "NPR"), money("200000.00", "NPR"));
        assertThat(ledger.tranches()).extracting(TrancheLine::disbursed).containsExactly(
                money("400000.00", "NPR"), money("0.00", "NPR"), money("0.00", "NPR"));
        assertThat(ledger.tranches().get(0).percentage()).isEqualByComparingTo("40");
    }

    @Test
    void anEmptyLedgerHasZeroTotalsAndFindsNoLine() {
        GrantLedger empty = GrantLedger.of("NP", 42L, "t", grant, List.of(), List.of(), true);

        assertThat(empty.net()).isEqualTo(money("0.00", "NPR"));
        assertThat(empty.remaining()).isEqualTo(grant.approved());
        assertThat(empty.line(101L)).isEmpty();
        assertThat(ledger(true).line(104L)).get().extracting(l -> l.entry().reference()).isEqualTo("NP-TT-3");
    }
}
