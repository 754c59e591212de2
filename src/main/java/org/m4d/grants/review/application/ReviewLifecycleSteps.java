package org.m4d.grants.review.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.m4d.grants.workflow.application.ReviewSteps;

/** The lifecycle's step after the technical review, as the workflow context asks for it. */
@ApplicationScoped
public class ReviewLifecycleSteps implements ReviewSteps {

    @Inject
    ReviewService reviews;

    @Override
    public double closeRound(long proposalId) {
        return reviews.closeRound(proposalId);
    }
}
