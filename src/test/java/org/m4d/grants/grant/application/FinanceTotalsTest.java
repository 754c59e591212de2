package org.m4d.grants.grant.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.m4d.grants.grant.application.Ledgers.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.m4d.grants.grant.domain.GrantAgreement;

class FinanceTotalsTest {

    private static GrantRow row(String tenant, String approved, String disbursed, String currency, String rate) {
        return new GrantRow(tenant, 1L, "t", GrantAgreement.Status.PLANNED, money(approved, currency),
                money(disbursed, currency), rate == null ? null : new BigDecimal(rate),
                rate == null ? null : new BigDecimal(disbursed).divide(new BigDecimal(rate), 2, RoundingMode.HALF_UP));
    }

    @Test
    void aRowConvertsToDollarsAtItsRecordedRateAndItsDollarColumnsAddUp() {
        GrantRow row = row("NP", "1000000.00", "333333.33", "NPR", "133.5");

        assertThat(row.remaining()).isEqualTo(money("666666.67", "NPR"));
        assertThat(row.approvedUsd()).isEqualByComparingTo("7490.64");
        assertThat(row.disbursedUsd()).isEqualByComparingTo("2496.88");
        assertThat(row.remainingUsd()).isEqualByComparingTo("4993.76");
        assertThat(row.approvedUsd().scale()).isEqualTo(2);
    }

    @Test
    void totalsArePerCurrencyAndOnlyDollarsAreAddedAcrossCurrencies() {
        FinanceTotals totals = FinanceTotals.of(List.of(
                row("SN", "1000000", "400000", "XOF", "605"),
                row("NP", "500000.00", "0.00", "NPR", "133.5"),
                row("SN", "250000", "250000", "XOF", "605"),
                row("TN", "90000.500", "1000.250", "TND", "3.1")));

        assertThat(totals.byCurrency()).extracting(CurrencyTotal::currency).containsExactly("NPR", "TND", "XOF");
        CurrencyTotal xof = totals.byCurrency().get(2);
        assertThat(xof.grants()).isEqualTo(2);
        assertThat(xof.approved()).isEqualTo(money("1250000", "XOF"));
        assertThat(xof.disbursed()).isEqualTo(money("650000", "XOF"));
        assertThat(xof.remaining()).isEqualTo(money("600000", "XOF"));
        // per grant, rounded to the cent, then added: 1652.89 + 413.22
        assertThat(xof.approvedUsd()).isEqualByComparingTo("2066.11");
        CurrencyTotal tnd = totals.byCurrency().get(1);
        assertThat(tnd.remaining()).isEqualTo(money("89000.250", "TND"));

        assertThat(totals.approvedUsd()).isEqualByComparingTo(new BigDecimal("2066.11").add(new BigDecimal("3745.32"))
                .add(new BigDecimal("29032.42")));
        assertThat(totals.remainingUsd()).isEqualByComparingTo(totals.approvedUsd().subtract(totals.disbursedUsd()));
        assertThat(totals.grants()).isEqualTo(4);
        assertThat(totals.withoutUsdRate()).isZero();
    }

    @Test
    void grantsWithoutARateCountInTheirCurrencyButNotInDollars() {
        FinanceTotals totals = FinanceTotals.of(List.of(
                row("NP", "1000.00", "100.00", "NPR", "100"),
                row("NP", "5000.00", "500.00", "NPR", null)));

        CurrencyTotal npr = totals.byCurrency().get(0);
        assertThat(npr.approved()).isEqualTo(money("6000.00", "NPR"));
        assertThat(npr.approvedUsd()).isEqualByComparingTo("10.00");
        assertThat(totals.withoutUsdRate()).isEqualTo(1);
        assertThat(new GrantRow("NP", 1L, "t", GrantAgreement.Status.AGREED, money("1.00", "NPR"),
                money("0.00", "NPR"), null, null).remainingUsd()).isNull();
    }

    @Test
    void noGrantsMeanNoLinesAndZeroDollars() {
        FinanceTotals totals = FinanceTotals.of(List.of());

        assertThat(totals.byCurrency()).isEmpty();
        assertThat(totals.approvedUsd()).isEqualByComparingTo("0");
        assertThat(totals.grants()).isZero();
    }
}
