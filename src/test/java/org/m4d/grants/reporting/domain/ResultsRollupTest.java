package org.m4d.grants.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultsRollupTest {

    private static final List<CatalogueIndicator> CATALOGUE = List.of(
            new CatalogueIndicator(11, 1, "Migrants and community members reached", "people"),
            new CatalogueIndicator(21, 2, "Officials trained", "people"),
            new CatalogueIndicator(31, 3, "Migration-sensitive policies or plans adopted", "policies"));

    private static ResultLine line(String country, long proposal, int outcome, Long indicator, String target, String actual) {
        return new ResultLine(country, proposal, "indicator of " + proposal, outcome, indicator, new BigDecimal(target),
                actual == null ? null : new BigDecimal(actual));
    }

    @Test
    void grantsLinkedToOneProgrammeIndicatorAddUpPerCountryAndForTheProgramme() {
        ResultsRollup rollup = ResultsRollup.of(List.of(
                line("NP", 1, 2, 21L, "40", "25"),
                line("NP", 2, 2, 21L, "60", "60"),
                line("SN", 3, 2, 21L, "30", "12"),
                line("SN", 3, 3, 31L, "2", null)), CATALOGUE, List.of(1, 2, 3));

        assertThat(rollup.indicators()).containsExactly(
                new IndicatorTotal("NP", 2, 21, "Officials trained", "people", 2, 2, new BigDecimal("100"), new BigDecimal("85")),
                new IndicatorTotal("SN", 2, 21, "Officials trained", "people", 1, 1, new BigDecimal("30"), new BigDecimal("12")),
                new IndicatorTotal("SN", 3, 31, "Migration-sensitive policies or plans adopted", "policies", 1, 0,
                        new BigDecimal("2"), BigDecimal.ZERO),
                new IndicatorTotal(null, 1, 11, "Migrants and community members reached", "people", 0, 0, BigDecimal.ZERO,
                        BigDecimal.ZERO),
                new IndicatorTotal(null, 2, 21, "Officials trained", "people", 3, 3, new BigDecimal("130"), new BigDecimal("97")),
                new IndicatorTotal(null, 3, 31, "Migration-sensitive policies or plans adopted", "policies", 1, 0,
                        new BigDecimal("2"), BigDecimal.ZERO));
    }

    @Test
    void outcomesCountTheirIndicatorsThoseReportingAndThoseOnTarget() {
        ResultsRollup rollup = ResultsRollup.of(List.of(
                line("NP", 1, 2, 21L, "40", "25"),
                line("NP", 2, 2, null, "60", "60"),
                line("NP", 2, 3, null, "5", "7"),
                line("SN", 3, 2, 21L, "30", null)), CATALOGUE, List.of(1, 2, 3));

        assertThat(rollup.outcomes()).containsExactly(
                new OutcomeTotal("NP", 2, 2, 2, 1),
                new OutcomeTotal("NP", 3, 1, 1, 1),
                new OutcomeTotal("SN", 2, 1, 0, 0),
                new OutcomeTotal(null, 1, 0, 0, 0),
                new OutcomeTotal(null, 2, 3, 2, 1),
                new OutcomeTotal(null, 3, 1, 1, 1));
    }

    @Test
    void anIndicatorLinkedOnlyToItsOutcomeAddsToNoProgrammeIndicator() {
        ResultsRollup rollup = ResultsRollup.of(List.of(line("NP", 1, 1, null, "500", "450")), CATALOGUE, List.of(1, 2, 3));

        assertThat(rollup.programme()).extracting(IndicatorTotal::actual)
                .containsExactly(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
        assertThat(rollup.outcomes()).contains(new OutcomeTotal(null, 1, 1, 1, 0));
    }
}
