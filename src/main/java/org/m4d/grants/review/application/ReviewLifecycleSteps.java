package org.m4d.grants.review.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.m4d.grants.platform.domain.Agency;
import org.m4d.grants.workflow.application.ReviewSteps;

/** The lifecycle's steps of the technical review, as the workflow context asks for them. */
@ApplicationScoped
public class ReviewLifecycleSteps implements ReviewSteps {

    @Inject
    ReviewService reviews;

    @Inject
    ReviewerAssignments assignments;

    @Override
    public String assignReviewer(long proposalId, String agency, String excludedReviewers) {
        Set<String> excluded = excludedReviewers == null ? Set.of() : Arrays.stream(excludedReviewers.split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
        return assignments.assign(proposalId, Agency.valueOf(agency), excluded);
    }

    @Override
    public double closeRound(long proposalId) {
        return reviews.closeRound(proposalId);
    }
}
