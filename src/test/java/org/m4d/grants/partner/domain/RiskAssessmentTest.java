package org.m4d.grants.partner.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.m4d.grants.platform.domain.DomainException;

/** What one micro-assessment accepts and the days it holds. */
class RiskAssessmentTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    private static RiskAssessment assessed(RiskRating rating, LocalDate on, LocalDate validUntil) {
        return new RiskAssessment(7, rating, on, "Ernst & Young Nepal", validUntil, null, "np.finance", NOW, TODAY);
    }

    @Test
    void withoutAValidityItHoldsFiveYearsToTheDay() {
        RiskAssessment assessment = assessed(RiskRating.HIGH, LocalDate.of(2022, 3, 15), null);

        assertThat(assessment.validUntil()).isEqualTo(LocalDate.of(2027, 3, 15));
        assertThat(assessment.validOn(LocalDate.of(2022, 3, 15))).isTrue();
        assertThat(assessment.validOn(LocalDate.of(2027, 3, 15))).isTrue();
        assertThat(assessment.validOn(LocalDate.of(2027, 3, 16))).isFalse();
        assertThat(assessment.validOn(LocalDate.of(2022, 3, 14))).isFalse();
    }

    @Test
    void theAssessorMayGiveAShorterValidity() {
        RiskAssessment assessment = assessed(RiskRating.MODERATE, LocalDate.of(2025, 1, 10), LocalDate.of(2026, 1, 9));

        assertThat(assessment.validUntil()).isEqualTo(LocalDate.of(2026, 1, 9));
        assertThat(assessment.validOn(LocalDate.of(2026, 1, 10))).isFalse();
    }

    @Test
    void anAssessmentMadeTodayIsAcceptedOneDatedTomorrowIsNot() {
        assertThat(assessed(RiskRating.LOW, TODAY, null).assessedOn()).isEqualTo(TODAY);

        assertThatThrownBy(() -> assessed(RiskRating.LOW, TODAY.plusDays(1), null))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.assessment.future"));
    }

    @Test
    void aValidityEndingOnOrBeforeTheAssessmentDateIsRefused() {
        LocalDate on = LocalDate.of(2025, 6, 1);
        for (LocalDate until : new LocalDate[] {on, on.minusDays(1)}) {
            assertThatThrownBy(() -> assessed(RiskRating.LOW, on, until))
                    .isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("error.assessment.validity"));
        }
        assertThat(assessed(RiskRating.LOW, on, on.plusDays(1)).validUntil()).isEqualTo(on.plusDays(1));
    }

    @Test
    void aValidityOfMoreThanTenYearsIsRefusedTenYearsToTheDayIsNot() {
        LocalDate on = LocalDate.of(2025, 6, 1);

        assertThat(assessed(RiskRating.LOW, on, LocalDate.of(2035, 6, 1)).validUntil()).isEqualTo(LocalDate.of(2035, 6, 1));
        for (LocalDate until : new LocalDate[] {LocalDate.of(2035, 6, 2), LocalDate.MAX}) {
            assertThatThrownBy(() -> assessed(RiskRating.LOW, on, until))
                    .isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("error.assessment.validityTooLong"));
        }
    }

    @Test
    void anAssessmentCannotRateAPartnerNotAssessed() {
        assertThatThrownBy(() -> assessed(RiskRating.NOT_ASSESSED, LocalDate.of(2025, 6, 1), null))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.assessment.rating"));
        assertThatThrownBy(() -> assessed(null, LocalDate.of(2025, 6, 1), null))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.assessment.rating"));
    }

    @Test
    void anAssessmentNeedsItsAssessor() {
        assertThatThrownBy(() -> new RiskAssessment(7, RiskRating.LOW, LocalDate.of(2025, 6, 1), " ", null, null,
                "np.finance", NOW, TODAY))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.assessment.assessorRequired"));
    }
}
