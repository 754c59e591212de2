package org.m4d.grants.practice.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.ForbiddenException;

/** The publishing rules of a practice: unpublished at closing, published only by its applicant's consent. */
class PracticeTest {

    private static final Instant AT = Instant.parse("2026-12-01T09:00:00Z");

    @Test
    void aPracticeIsUnpublishedWhenTheGrantCloses() {
        Practice practice = Practices.closed(7);
        assertThat(practice.published()).isFalse();
        assertThat(practice.consentBy()).isNull();
        assertThat(practice.outcomes()).containsExactlyInAnyOrder(1, 3);
        assertThat(practice.lessons()).isEqualTo("Involve the municipality from the first month");
    }

    @Test
    void theApplicantWhoMadeTheProposalPublishesItAndMayWithdrawIt() {
        Practice practice = Practices.closed(7);
        practice.decideConsent("np.applicant", true, AT);
        assertThat(practice.published()).isTrue();
        assertThat(practice.consentBy()).isEqualTo("np.applicant");
        assertThat(practice.consentAt()).isEqualTo(AT);

        practice.decideConsent("np.applicant", false, AT.plusSeconds(60));
        assertThat(practice.published()).isFalse();
        assertThat(practice.consentAt()).isEqualTo(AT.plusSeconds(60));
    }

    @Test
    void nobodyElseConsentsForTheApplicant() {
        Practice practice = Practices.closed(7);
        for (String other : List.of("np.coordinator", "np.applicant2", "pmu")) {
            assertThatThrownBy(() -> practice.decideConsent(other, true, AT)).isInstanceOf(ForbiddenException.class)
                    .hasMessage("Only the applicant who made the proposal decides whether its practice is published");
        }
        assertThat(practice.published()).isFalse();
        assertThat(practice.consentBy()).isNull();
    }

    @Test
    void lessonsAreRequiredAndLimitedInLength() {
        assertThatThrownBy(() -> Practices.closed(7, "T", "HEALTH", Set.of(), "  ", AT))
                .isInstanceOf(DomainException.class).hasMessage("Give the lessons learned");
        assertThatThrownBy(() -> Practices.closed(7, "T", "HEALTH", Set.of(), "x".repeat(Practice.LESSONS_MAX + 1), AT))
                .isInstanceOf(DomainException.class).hasMessage("The lessons learned can have at most 4000 characters");
        assertThat(Practices.closed(7, "T", "HEALTH", Set.of(), " " + "x".repeat(Practice.LESSONS_MAX) + " ", AT)
                .lessons()).hasSize(Practice.LESSONS_MAX);
    }
}
