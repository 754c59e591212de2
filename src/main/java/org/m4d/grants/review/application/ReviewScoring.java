package org.m4d.grants.review.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.EnumMap;
import java.util.Map;
import org.m4d.grants.review.domain.Criterion;
import org.m4d.grants.review.domain.Recommendation;

/** A reviewer's scores (1-5 per criterion), recommendation and comments. */
public record ReviewScoring(
        @NotNull(message = "Score relevance from 1 to 5") @Min(value = 1, message = "Scores are from 1 to 5")
        @Max(value = 5, message = "Scores are from 1 to 5") Integer relevance,
        @NotNull(message = "Score scalability from 1 to 5") @Min(value = 1, message = "Scores are from 1 to 5")
        @Max(value = 5, message = "Scores are from 1 to 5") Integer scalability,
        @NotNull(message = "Score local ownership from 1 to 5") @Min(value = 1, message = "Scores are from 1 to 5")
        @Max(value = 5, message = "Scores are from 1 to 5") Integer localOwnership,
        @NotNull(message = "Score gender responsiveness from 1 to 5") @Min(value = 1, message = "Scores are from 1 to 5")
        @Max(value = 5, message = "Scores are from 1 to 5") Integer genderResponsiveness,
        @NotNull(message = "Score sustainability from 1 to 5") @Min(value = 1, message = "Scores are from 1 to 5")
        @Max(value = 5, message = "Scores are from 1 to 5") Integer sustainability,
        @NotNull(message = "Score budget realism from 1 to 5") @Min(value = 1, message = "Scores are from 1 to 5")
        @Max(value = 5, message = "Scores are from 1 to 5") Integer budgetRealism,
        @NotNull(message = "Choose a recommendation")
        Recommendation recommendation,
        @Size(max = 4000, message = "The comments can have at most 4000 characters")
        String comments) {

    public Map<Criterion, Integer> scores() {
        Map<Criterion, Integer> scores = new EnumMap<>(Criterion.class);
        scores.put(Criterion.RELEVANCE, relevance);
        scores.put(Criterion.SCALABILITY, scalability);
        scores.put(Criterion.LOCAL_OWNERSHIP, localOwnership);
        scores.put(Criterion.GENDER_RESPONSIVENESS, genderResponsiveness);
        scores.put(Criterion.SUSTAINABILITY, sustainability);
        scores.put(Criterion.BUDGET_REALISM, budgetRealism);
        return scores;
    }
}
