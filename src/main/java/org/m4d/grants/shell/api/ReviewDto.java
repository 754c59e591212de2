package org.m4d.grants.shell.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.m4d.grants.review.domain.Review;

/** A technical review as the API shows it. */
public record ReviewDto(int round, String agency, String reviewer, Map<String, Integer> scores,
                        BigDecimal weightedScore, String recommendation, String comments, Instant submittedAt) {

    static ReviewDto of(Review r) {
        Map<String, Integer> scores = new java.util.LinkedHashMap<>();
        r.scores().forEach((criterion, score) -> scores.put(criterion.name(), score));
        return new ReviewDto(r.reviewRound(), r.agency().name(), r.reviewer(), scores, r.weightedScore(),
                r.recommendation().name(), r.comments(), r.submittedAt());
    }
}
