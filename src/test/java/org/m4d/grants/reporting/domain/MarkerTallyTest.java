package org.m4d.grants.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.m4d.grants.platform.domain.Money;

class MarkerTallyTest {

    private static MarkerFacts grant(String country, long id, Integer gender, String amount, String currency, String rate) {
        return new MarkerFacts(country, id, gender, Set.of("10.7"), Set.of(2, 10), id % 2 == 0, "LOCAL", "EMPLOYMENT",
                amount == null ? null : Money.of(new BigDecimal(amount), currency), rate == null ? null : new BigDecimal(rate));
    }

    private static List<MarkerTotal> rows(List<MarkerTotal> all, String marker, String country) {
        return all.stream().filter(r -> r.marker().equals(marker) && java.util.Objects.equals(r.country(), country)).toList();
    }

    @Test
    void amountsInThreeCurrenciesMeetInDollarsEachAtItsAgreementsRate() {
        List<MarkerTotal> all = MarkerTally.of(List.of(
                // 1,000,000 NPR at 132.5 = 7,547.17 USD; the same amount approved later at 133.4 = 7,496.25 USD
                grant("NP", 1, 2, "1000000", "NPR", "132.5"),
                grant("NP", 3, 2, "1000000", "NPR", "133.4"),
                // 5,000,000 XOF (no decimals) at 605 = 8,264.46 USD
                grant("SN", 5, 2, "5000000", "XOF", "605"),
                grant("EC", 7, 1, "12000.50", "USD", null)));

        assertThat(rows(all, "GENDER_MARKER", null)).containsExactly(
                new MarkerTotal("GENDER_MARKER", "1", null, 1, 1, new BigDecimal("12000.50")),
                new MarkerTotal("GENDER_MARKER", "2", null, 3, 3, new BigDecimal("23307.88")));
        assertThat(rows(all, "GENDER_MARKER", "NP")).containsExactly(
                new MarkerTotal("GENDER_MARKER", "2", "NP", 2, 2, new BigDecimal("15043.42")));
    }

    @Test
    void proposalsNotYetGrantsCountButAddNoDollars() {
        List<MarkerTotal> all = MarkerTally.of(List.of(
                grant("NP", 1, null, null, "NPR", null),
                grant("NP", 2, 0, "265000", "NPR", "132.5")));

        assertThat(rows(all, "GENDER_MARKER", "NP")).containsExactly(
                new MarkerTotal("GENDER_MARKER", "0", "NP", 1, 1, new BigDecimal("2000.00")),
                new MarkerTotal("GENDER_MARKER", MarkerTally.NOT_GIVEN, "NP", 1, 0, new BigDecimal("0.00")));
    }

    @Test
    void aProposalCountsOnceUnderEachOfItsObjectivesInTheirNumericOrder() {
        List<MarkerTotal> all = MarkerTally.of(List.of(grant("NP", 2, 1, "265000", "NPR", "132.5")));

        assertThat(rows(all, "GCM_OBJECTIVE", null)).containsExactly(
                new MarkerTotal("GCM_OBJECTIVE", "2", null, 1, 1, new BigDecimal("2000.00")),
                new MarkerTotal("GCM_OBJECTIVE", "10", null, 1, 1, new BigDecimal("2000.00")));
        assertThat(rows(all, "COVID_RECOVERY", null)).containsExactly(
                new MarkerTotal("COVID_RECOVERY", "yes", null, 1, 1, new BigDecimal("2000.00")));
    }
}
