package org.m4d.grants.reporting.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.m4d.grants.grant.application.GrantFigure;
import org.m4d.grants.platform.domain.Money;
import org.m4d.grants.proposal.domain.ProposalState;
import org.m4d.grants.proposal.domain.Sector;
import org.m4d.grants.workflow.domain.OverdueCounts;

class TallyTest {

    private static Money money(String amount, String currency) {
        return Money.of(new BigDecimal(amount), currency);
    }

    private static GrantFigure grant(long id, String approved, String disbursed, String currency, String rate) {
        return new GrantFigure(id, money(approved, currency), money(disbursed, currency),
                rate == null ? null : new BigDecimal(rate), null);
    }

    private static CountryFigures country(String code, String currency, String rate, List<GrantFigure> grants) {
        return new CountryFigures(code, currency, new BigDecimal(rate), Map.of(), Map.of(), grants, Map.of(),
                OverdueCounts.NONE);
    }

    private static DashboardFigures tally(CountryFigures... countries) {
        Tally tally = new Tally();
        Arrays.stream(countries).forEach(tally::add);
        return tally.figures();
    }

    @Test
    void theFunnelListsEveryStateOnceMainPathFirstThenTheWaysOut() {
        assertThat(Tally.FUNNEL).containsExactlyInAnyOrder(ProposalState.values());
        assertThat(Tally.FUNNEL).containsExactly(ProposalState.DRAFT, ProposalState.SUBMITTED,
                ProposalState.IN_REVISION, ProposalState.UNDER_REVIEW, ProposalState.AWAITING_APPROVAL,
                ProposalState.APPROVED, ProposalState.DISBURSED, ProposalState.CLOSED, ProposalState.REJECTED,
                ProposalState.WITHDRAWN);
    }

    @Test
    void countsAreAddedOverCountriesInFunnelAndSectorOrderWithZeros() {
        CountryFigures np = new CountryFigures("NP", "NPR", BigDecimal.TEN,
                Map.of(ProposalState.DRAFT, 2L, ProposalState.CLOSED, 1L), Map.of(Sector.HEALTH, 3L), List.of(),
                Map.of(), new OverdueCounts(4, 1, 2));
        CountryFigures sn = new CountryFigures("SN", "XOF", BigDecimal.TEN,
                Map.of(ProposalState.DRAFT, 5L, ProposalState.REJECTED, 1L),
                Map.of(Sector.HEALTH, 1L, Sector.SOCIAL_SECURITY, 5L), List.of(), Map.of(), new OverdueCounts(3, 0, 1));

        DashboardFigures figures = tally(np, sn);

        assertThat(figures.funnel()).extracting(Count::value).containsExactlyElementsOf(Tally.FUNNEL);
        assertThat(figures.funnel()).extracting(Count::count).containsExactly(7L, 0L, 0L, 0L, 0L, 0L, 0L, 1L, 1L, 0L);
        assertThat(figures.sectors()).containsExactly(new Count<>(Sector.HEALTH, 4L), new Count<>(Sector.EDUCATION, 0L),
                new Count<>(Sector.EMPLOYMENT, 0L), new Count<>(Sector.SOCIAL_SECURITY, 5L));
        assertThat(figures.overdue()).isEqualTo(new OverdueCounts(7, 1, 3));
    }

    @Test
    void disbursedDollarsAreTheLedgerEntriesAtTheirOwnRatesWhenTheGrantHasThem() {
        GrantFigure paid = new GrantFigure(1, money("1000000.00", "NPR"), money("240000.00", "NPR"),
                new BigDecimal("133.5"), new BigDecimal("2000.00"));

        DashboardFigures figures = tally(country("NP", "NPR", "140", List.of(paid)));

        assertThat(figures.grants().get(0).disbursedUsd()).isEqualTo(money("2000.00", "USD"));
        assertThat(figures.grants().get(0).approvedUsd()).isEqualTo(money("7490.64", "USD"));
    }

    @Test
    void oneCountryHasItsLocalTotalThenTheDollarTotalAtEachGrantsRate() {
        DashboardFigures figures = tally(country("NP", "NPR", "140", List.of(
                grant(1, "1000000.00", "400000.00", "NPR", "133.5"),
                grant(2, "250000.00", "0", "NPR", "133.5"))));

        assertThat(figures.totals()).hasSize(2);
        Total local = figures.totals().get(0);
        assertThat(local.approved()).isEqualTo(money("1250000.00", "NPR"));
        assertThat(local.disbursed()).isEqualTo(money("400000.00", "NPR"));
        assertThat(local.remaining()).isEqualTo(money("850000.00", "NPR"));
        assertThat(figures.grants().get(0).approvedUsd()).isEqualTo(money("7490.64", "USD"));
        assertThat(figures.grants().get(0).disbursedUsd()).isEqualTo(money("2996.25", "USD"));
        assertThat(figures.usdTotal().approved()).isEqualTo(money("9363.30", "USD"));
        assertThat(figures.usdTotal().disbursed()).isEqualTo(money("2996.25", "USD"));
        assertThat(figures.chartCurrency()).isEqualTo("NPR");
        assertThat(figures.chartTotal()).isEqualTo(local);
    }

    @Test
    void theDollarTotalIsTheSumOfTheRoundedRowsSoTheTableAddsUp() {
        DashboardFigures figures = tally(country("NP", "NPR", "3", List.of(
                grant(1, "1.00", "0", "NPR", "3"), grant(2, "1.00", "0", "NPR", "3"), grant(3, "1.00", "0", "NPR", "3"))));

        assertThat(figures.grants()).extracting(GrantLine::approvedUsd).containsOnly(money("0.33", "USD"));
        assertThat(figures.usdTotal().approved()).isEqualTo(money("0.99", "USD"));
    }

    @Test
    void allCountriesAreTotalledInDollarsOnly() {
        DashboardFigures figures = tally(
                country("NP", "NPR", "133.5", List.of(grant(1, "1335000.00", "133500.00", "NPR", "133.5"))),
                country("SN", "XOF", "600", List.of(grant(7, "30000000", "15000000", "XOF", "600"))));

        assertThat(figures.totals()).hasSize(1);
        assertThat(figures.usdTotal().approved()).isEqualTo(money("60000.00", "USD"));
        assertThat(figures.usdTotal().disbursed()).isEqualTo(money("26000.00", "USD"));
        assertThat(figures.usdTotal().remaining()).isEqualTo(money("34000.00", "USD"));
        assertThat(figures.chartCurrency()).isEqualTo("USD");
        assertThat(figures.grants()).extracting(GrantLine::tenant).containsExactly("NP", "SN");
        assertThat(figures.grants().get(1).approvedIn("USD")).isEqualTo(money("50000.00", "USD"));
    }

    @Test
    void aGrantWithoutARecordedRateUsesTheCountrysCurrentRate() {
        DashboardFigures figures = tally(country("SN", "XOF", "600", List.of(grant(7, "600000", "0", "XOF", null))));

        assertThat(figures.grants().get(0).approvedUsd()).isEqualTo(money("1000.00", "USD"));
    }

    @Test
    void aCountryThatPaysInDollarsHasOneTotalOnly() {
        DashboardFigures figures = tally(country("EC", "USD", "1", List.of(grant(3, "5000.00", "1000.00", "USD", "1"))));

        assertThat(figures.totals()).containsExactly(new Total(money("5000.00", "USD"), money("1000.00", "USD")));
        assertThat(figures.chartCurrency()).isEqualTo("USD");
    }

    @Test
    void aCountryWithoutGrantsShowsZeroInItsCurrencyAndInDollars() {
        DashboardFigures figures = tally(country("TN", "TND", "3.1", List.of()));

        assertThat(figures.totals()).containsExactly(Total.zero("TND"), Total.zero("USD"));
        assertThat(figures.totals().get(0).approved().amount()).isEqualByComparingTo("0.000");
    }

    @Test
    void aGrantWhoseTitleIsMissingIsNamedByItsNumber() {
        CountryFigures np = new CountryFigures("NP", "NPR", BigDecimal.TEN, Map.of(), Map.of(),
                List.of(grant(1, "10.00", "0", "NPR", "10"), grant(2, "20.00", "0", "NPR", "10")),
                Map.of(1L, "Diaspora clinics"), OverdueCounts.NONE);

        assertThat(tally(np).grants()).extracting(GrantLine::title).containsExactly("Diaspora clinics", "#2");
    }

    @Test
    void aGrantWithNoRateAtAllHasNoDollarFigureAndIsLeftOutOfTheDollarTotal() {
        CountryFigures np = new CountryFigures("NP", "NPR", null, Map.of(), Map.of(),
                List.of(grant(1, "265000", "132500", "NPR", null), grant(2, "132500", "0", "NPR", "132.5")), Map.of(),
                OverdueCounts.NONE);

        DashboardFigures figures = tally(np);

        assertThat(figures.grants()).extracting(GrantLine::approvedUsd)
                .containsExactly(null, money("1000.00", "USD"));
        assertThat(figures.grants()).extracting(GrantLine::disbursedUsd)
                .containsExactly(null, money("0.00", "USD"));
        assertThat(figures.totals()).containsExactly(
                new Total(money("397500", "NPR"), money("132500", "NPR")),
                new Total(money("1000.00", "USD"), money("0.00", "USD")));
    }
}
