package org.m4d.grants.review.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.m4d.grants.review.domain.Criterion;
import org.m4d.grants.review.domain.Recommendation;

/** A reviewer's scores (1-5 per criterion), recommendation and comments. */
public record ReviewScoring(
        @NotNull(message = "{m4d.score.relevance}") @Min(value = 1, message = "{m4d.score.range}")
        @Max(value = 5, message = "{m4d.score.range}") Integer relevance,
        @NotNull(message = "{m4d.score.scalability}") @Min(value = 1, message = "{m4d.score.range}")
        @Max(value = 5, message = "{m4d.score.range}") Integer scalability,
        @NotNull(message = "{m4d.score.localOwnership}") @Min(value = 1, message = "{m4d.score.range}")
        @Max(value = 5, message = "{m4d.score.range}") Integer localOwnership,
        @NotNull(message = "{m4d.score.genderResponsiveness}") @Min(value = 1, message = "{m4d.score.range}")
        @Max(value = 5, message = "{m4d.score.range}") Integer genderResponsiveness,
        @NotNull(message = "{m4d.score.sustainability}") @Min(value = 1, message = "{m4d.score.range}")
        @Max(value = 5, message = "{m4d.score.range}") Integer sustainability,
        @NotNull(message = "{m4d.score.budgetRealism}") @Min(value = 1, message = "{m4d.score.range}")
        @Max(value = 5, message = "{m4d.score.range}") Integer budgetRealism,
        @NotNull(message = "{m4d.recommendation.required}")
        Recommendation recommendation,
        @Size(max = 4000, message = "{m4d.comments.size}")
        String comments) {

    public Map<Criterion, Integer> scores() {
        return Criterion.inOrder(relevance, scalability, localOwnership, genderResponsiveness, sustainability,
                budgetRealism);
    }
}
