package org.m4d.grants.review.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.m4d.grants.review.domain.ReviewerChoice.Candidate;

/** The assignment rule on its own: fewest open reviews, then longest since the last, then by name. */
class ReviewerChoiceTest {

    private static final Instant MONDAY = Instant.parse("2026-11-30T09:00:00Z");

    @Test
    void theReviewerWithTheFewestOpenReviewsIsChosen() {
        List<Candidate> pool = List.of(new Candidate("a", 3, null), new Candidate("b", 1, MONDAY),
                new Candidate("c", 2, null));
        assertThat(ReviewerChoice.choose(pool, Map.of())).map(Candidate::username).contains("b");
    }

    @Test
    void betweenEqualsTheLongestSinceTheLastAssignmentAndNeverAssignedFirst() {
        List<Candidate> pool = List.of(new Candidate("a", 1, MONDAY.plusSeconds(60)), new Candidate("b", 1, MONDAY),
                new Candidate("c", 2, null));
        assertThat(ReviewerChoice.choose(pool, Map.of())).map(Candidate::username).contains("b");
        List<Candidate> withNewcomer = List.of(new Candidate("a", 1, MONDAY), new Candidate("z", 1, null));
        assertThat(ReviewerChoice.choose(withNewcomer, Map.of())).map(Candidate::username).contains("z");
    }

    @Test
    void fullEqualsAreOrderedByUserName() {
        List<Candidate> pool = List.of(new Candidate("np.reviewer.undp2", 0, null),
                new Candidate("np.reviewer.undp", 0, null));
        assertThat(ReviewerChoice.choose(pool, Map.of())).map(Candidate::username).contains("np.reviewer.undp");
    }

    @Test
    void excludedReviewersAreSkippedAndNobodyLeftIsEmpty() {
        List<Candidate> pool = List.of(new Candidate("a", 0, null), new Candidate("b", 5, null));
        assertThat(ReviewerChoice.choose(pool, Map.of("a", "conflict"))).map(Candidate::username).contains("b");
        assertThat(ReviewerChoice.choose(pool, Map.of("a", "conflict", "b", "away"))).isEmpty();
    }

    @Test
    void theReasonNamesTheFiguresAndWhoWasNotEligible() {
        List<Candidate> pool = List.of(new Candidate("a", 0, null), new Candidate("b", 1, MONDAY.plusSeconds(3600)),
                new Candidate("c", 1, MONDAY), new Candidate("d", 1, null));
        Map<String, String> excluded = Map.of("a", "conflict", "d", "away");
        Candidate c = ReviewerChoice.choose(pool, excluded).orElseThrow();
        assertThat(c.username()).isEqualTo("c");
        assertThat(ReviewerChoice.reason(c, pool, excluded))
                .isEqualTo("fewest open reviews (1) of 2 eligible, longest since the last assignment"
                        + " (2026-11-30T09:00:00Z); not eligible: a (conflict), d (away)");
        assertThat(ReviewerChoice.reason(pool.get(0), pool, Map.of())).isEqualTo("fewest open reviews (0) of 4 eligible");
    }
}
