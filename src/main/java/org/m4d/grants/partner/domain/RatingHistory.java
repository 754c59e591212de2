package org.m4d.grants.partner.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * A partner's assessments, newest first, and the rating they put in force on a day. The newest
 * assessment made by that day decides: an older one does not come back when it expires, since the
 * newer one replaced it; once the newest has expired the partner counts as not assessed.
 */
public record RatingHistory(List<RiskAssessment> assessments) {

    /** Newest assessment first; of two made the same day, the one recorded later. */
    public static final Comparator<RiskAssessment> NEWEST_FIRST = Comparator
            .comparing(RiskAssessment::assessedOn).thenComparing(RiskAssessment::recordedAt).reversed();

    public RatingHistory {
        assessments = assessments.stream().sorted(NEWEST_FIRST).toList();
    }

    public RiskRating ratingOn(LocalDate day) {
        return assessments.stream().filter(a -> !a.assessedOn().isAfter(day)).findFirst()
                .filter(a -> a.validOn(day)).map(RiskAssessment::rating).orElse(RiskRating.NOT_ASSESSED);
    }
}
