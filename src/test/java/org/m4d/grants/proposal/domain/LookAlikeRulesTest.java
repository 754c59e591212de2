package org.m4d.grants.proposal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.m4d.grants.proposal.domain.LookAlikeRules.Facts;
import org.m4d.grants.proposal.domain.LookAlikeRules.Match;
import org.m4d.grants.proposal.domain.LookAlikeRules.Reason;

/** Why two proposals look alike (docs/adr/0036): each reason at and around its threshold, never across countries. */
class LookAlikeRulesTest {

    private static final LocalDate JAN_2021 = LocalDate.of(2021, 1, 1);
    private static final LocalDate JUN_2022 = LocalDate.of(2022, 6, 30);
    private static final List<String> UNLIKE_TITLES = List.of("Clinics in the hills", "Roads to markets",
            "Solar pumps for farms");

    private static Facts nepali(long id, String title) {
        return new Facts(id, "NP", title, null, null, List.of(), null, null);
    }

    private static Facts placed(long id, List<Place> places, LocalDate start, LocalDate end) {
        return new Facts(id, "NP", UNLIKE_TITLES.get((int) id - 1), null, null, places, start, end);
    }

    private static List<Reason> reasons(Facts a, Facts b) {
        return LookAlikeRules.matches(a, b).stream().map(Match::reason).toList();
    }

    @Test
    void theSimilarityIsTheDiceCoefficientOfCharacterBigramsInPercentRoundedDown() {
        // 12 shared bigrams of 15 + 15: 80
        assertThat(LookAlikeRules.similarity("abcdefghijklmnop", "abcdefghijklmzzz")).isEqualTo(80);
        // 19 shared of 24 + 24: 79.17
        assertThat(LookAlikeRules.similarity("abcdefghijklmnopqrstuvwxy", "abcdefghijklmnopqrst12345")).isEqualTo(79);
        // 7 of 10 + 10: 70; 9 of 13 + 13: 69.2
        assertThat(LookAlikeRules.similarity("abcdefghijk", "abcdefghxyz")).isEqualTo(70);
        assertThat(LookAlikeRules.similarity("abcdefghijklmn", "abcdefghijwxyz")).isEqualTo(69);
        assertThat(LookAlikeRules.similarity("Youth skills training in Kirtipur", "Youth skill training for Kirtipur"))
                .isEqualTo(82);
        // case, accents, punctuation and spacing aside
        assertThat(LookAlikeRules.similarity("Bāgmati: skills-passports", " BAGMATI skills passports ")).isEqualTo(100);
        // repeated bigrams count once each: "aaaa" has three, "aa" one
        assertThat(LookAlikeRules.similarity("aaaa", "aa")).isEqualTo(50);
        assertThat(LookAlikeRules.similarity("a", "a")).isEqualTo(100);
        assertThat(LookAlikeRules.similarity("a", "b")).isZero();
        assertThat(LookAlikeRules.similarity("", "")).isZero();
        assertThat(LookAlikeRules.similarity("Night", "Nacht")).isEqualTo(25);
    }

    @Test
    void aTitleLooksAlikeFromEightyPercent() {
        assertThat(LookAlikeRules.matches(nepali(1, "abcdefghijklmnop"), nepali(2, "abcdefghijklmzzz")))
                .containsExactly(new Match(Reason.SIMILAR_TITLE, 80, List.of(), null, null));
        assertThat(LookAlikeRules.matches(nepali(1, "abcdefghijklmnopqrstuvwxy"), nepali(2, "abcdefghijklmnopqrst12345")))
                .isEmpty();
    }

    @Test
    void aSummaryLooksAlikeFromSeventyPercentWhenBothHaveOne() {
        Facts subject = new Facts(1, "NP", "Clinics", null, "abcdefghijk", List.of(), null, null);
        Facts seventy = new Facts(2, "NP", "Roads", null, "abcdefghxyz", List.of(), null, null);
        Facts sixtyNine = new Facts(3, "NP", "Roads", null, "abcdefghijwxyz", List.of(), null, null);
        Facts withoutSummary = new Facts(4, "NP", "Roads", null, null, List.of(), null, null);

        assertThat(LookAlikeRules.matches(subject, seventy))
                .containsExactly(new Match(Reason.SIMILAR_SUMMARY, 70, List.of(), null, null));
        assertThat(LookAlikeRules.matches(new Facts(1, "NP", "Clinics", null, "abcdefghijklmn", List.of(), null, null),
                sixtyNine)).isEmpty();
        assertThat(LookAlikeRules.matches(subject, withoutSummary)).isEmpty();
        assertThat(LookAlikeRules.matches(withoutSummary, subject)).isEmpty();
    }

    @Test
    void theSamePartnerIsAReasonAndNoPartnerIsNone() {
        Facts subject = new Facts(1, "NP", "Clinics in the hills", 7L, null, List.of(), null, null);
        assertThat(reasons(subject, new Facts(2, "NP", "Roads to markets", 7L, null, List.of(), null, null)))
                .containsExactly(Reason.SAME_PARTNER);
        assertThat(reasons(subject, new Facts(3, "NP", "Roads to markets", 8L, null, List.of(), null, null))).isEmpty();
        Facts none = new Facts(4, "NP", "Clinics in the hills!", null, null, List.of(), null, null);
        assertThat(reasons(none, new Facts(5, "NP", "Roads to markets", null, null, List.of(), null, null))).isEmpty();
    }

    @Test
    void aSharedMunicipalityOfTheSameRegionWithIntersectingDatesIsBothReasonsWithTheirFigures() {
        Facts subject = placed(1, List.of(new Place("Bagmati", "Kirtipur"), new Place("Bagmati", "Lalitpur")),
                JAN_2021, JUN_2022);
        Facts other = placed(2, List.of(new Place("Koshi", "Biratnagar"), new Place(" bāgmati ", "KIRTIPUR")),
                LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31));

        assertThat(LookAlikeRules.matches(subject, other)).containsExactly(
                new Match(Reason.OVERLAPPING_PLACES, null, List.of(new Place(" bāgmati ", "KIRTIPUR")), null, null),
                new Match(Reason.OVERLAPPING_DATES, null, List.of(), LocalDate.of(2022, 1, 1), JUN_2022));
    }

    @Test
    void datesThatTouchOnOneDayIntersectAndDatesADayApartRuleThePlacesOut() {
        List<Place> kirtipur = List.of(new Place("Bagmati", "Kirtipur"));
        Facts subject = placed(1, kirtipur, JAN_2021, JUN_2022);

        assertThat(LookAlikeRules.matches(subject, placed(2, kirtipur, JUN_2022, LocalDate.of(2023, 1, 31))))
                .extracting(Match::reason, Match::from, Match::to).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Reason.OVERLAPPING_PLACES, null, null),
                        org.assertj.core.groups.Tuple.tuple(Reason.OVERLAPPING_DATES, JUN_2022, JUN_2022));
        assertThat(LookAlikeRules.matches(subject, placed(3, kirtipur, JUN_2022.plusDays(1), LocalDate.of(2023, 1, 31))))
                .isEmpty();
    }

    @Test
    void sharedPlacesWithoutDatesOnEitherSideAreAReasonWithoutTheDates() {
        List<Place> kirtipur = List.of(new Place("Bagmati", "Kirtipur"));
        assertThat(reasons(placed(1, kirtipur, JAN_2021, JUN_2022), placed(2, kirtipur, null, null)))
                .containsExactly(Reason.OVERLAPPING_PLACES);
        assertThat(reasons(placed(1, kirtipur, null, null), placed(2, kirtipur, JAN_2021, JUN_2022)))
                .containsExactly(Reason.OVERLAPPING_PLACES);
    }

    @Test
    void theSameMunicipalityNameInAnotherRegionAndOverlappingDatesAloneAreNoReason() {
        Facts subject = placed(1, List.of(new Place("Bagmati", "Kirtipur")), JAN_2021, JUN_2022);
        assertThat(reasons(subject, placed(2, List.of(new Place("Gandaki", "Kirtipur")), JAN_2021, JUN_2022))).isEmpty();
        assertThat(reasons(subject, placed(3, List.of(), JAN_2021, JUN_2022))).isEmpty();
    }

    @Test
    void aProposalOfAnotherCountryNeverLooksAlikeNorDoesTheProposalItself() {
        List<Place> kirtipur = List.of(new Place("Bagmati", "Kirtipur"));
        Facts subject = new Facts(1, "NP", "Youth skills training in Kirtipur", 7L, "Same words", kirtipur,
                JAN_2021, JUN_2022);
        Facts twinInSenegal = new Facts(2, "SN", "Youth skills training in Kirtipur", 7L, "Same words", kirtipur,
                JAN_2021, JUN_2022);
        Facts twinInNepal = new Facts(3, "NP", "Youth skills training in Kirtipur", 7L, "Same words", kirtipur,
                JAN_2021, JUN_2022);

        assertThat(LookAlikeRules.matches(subject, twinInSenegal)).isEmpty();
        assertThat(LookAlikeRules.matches(subject, subject)).isEmpty();
        assertThat(reasons(subject, twinInNepal)).containsExactly(Reason.SAME_PARTNER, Reason.SIMILAR_TITLE,
                Reason.SIMILAR_SUMMARY, Reason.OVERLAPPING_PLACES, Reason.OVERLAPPING_DATES);
        assertThat(LookAlikeRules.matches(new Facts(1, null, "A", 7L, null, List.of(), null, null),
                new Facts(2, null, "A", 7L, null, List.of(), null, null))).isEmpty();
    }
}
