package org.m4d.grants.partner.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which rating a partner's assessments put in force on a day, and the order they are shown in. */
class RatingHistoryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private static RiskAssessment assessed(RiskRating rating, String on, String validUntil, String recordedAt) {
        return new RiskAssessment(7, rating, LocalDate.parse(on), "HACT assessor", validUntil == null ? null
                : LocalDate.parse(validUntil), null, "np.finance", Instant.parse(recordedAt), TODAY);
    }

    @Test
    void aPartnerNeverAssessedIsNotAssessed() {
        assertThat(new RatingHistory(List.of()).ratingOn(TODAY)).isEqualTo(RiskRating.NOT_ASSESSED);
    }

    @Test
    void theRatingHoldsFromTheAssessmentToItsLastValidDayAndThenCountsAsNotAssessed() {
        RatingHistory history = new RatingHistory(List.of(
                assessed(RiskRating.SIGNIFICANT, "2021-04-01", null, "2021-04-02T08:00:00Z")));

        assertThat(history.ratingOn(LocalDate.of(2021, 3, 31))).isEqualTo(RiskRating.NOT_ASSESSED);
        assertThat(history.ratingOn(LocalDate.of(2021, 4, 1))).isEqualTo(RiskRating.SIGNIFICANT);
        assertThat(history.ratingOn(LocalDate.of(2026, 4, 1))).isEqualTo(RiskRating.SIGNIFICANT);
        assertThat(history.ratingOn(LocalDate.of(2026, 4, 2))).isEqualTo(RiskRating.NOT_ASSESSED);
    }

    @Test
    void aNewerAssessmentReplacesAnOlderOneStillValidAndTheOlderDoesNotComeBackWhenTheNewerExpires() {
        RatingHistory history = new RatingHistory(List.of(
                assessed(RiskRating.LOW, "2022-01-10", null, "2022-01-11T08:00:00Z"),
                assessed(RiskRating.HIGH, "2024-06-01", "2025-06-01", "2024-06-02T08:00:00Z")));

        assertThat(history.ratingOn(LocalDate.of(2024, 5, 31))).isEqualTo(RiskRating.LOW);
        assertThat(history.ratingOn(LocalDate.of(2024, 6, 1))).isEqualTo(RiskRating.HIGH);
        assertThat(history.ratingOn(LocalDate.of(2025, 6, 2))).isEqualTo(RiskRating.NOT_ASSESSED);
    }

    @Test
    void theHistoryIsNewestFirstAndOfTwoAssessmentsOfOneDayTheOneRecordedLaterCounts() {
        RiskAssessment first = assessed(RiskRating.MODERATE, "2025-02-03", null, "2025-02-03T09:00:00Z");
        RiskAssessment correction = assessed(RiskRating.HIGH, "2025-02-03", null, "2025-02-03T15:00:00Z");
        RiskAssessment oldest = assessed(RiskRating.LOW, "2020-02-03", null, "2020-02-04T09:00:00Z");

        RatingHistory history = new RatingHistory(List.of(first, oldest, correction));

        assertThat(history.assessments()).containsExactly(correction, first, oldest);
        assertThat(history.ratingOn(LocalDate.of(2025, 2, 3))).isEqualTo(RiskRating.HIGH);
    }
}
