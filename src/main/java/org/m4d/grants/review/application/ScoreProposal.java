package org.m4d.grants.review.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.m4d.grants.audit.application.AuditTrail;
import org.m4d.grants.identity.application.Access;
import org.m4d.grants.platform.domain.Agency;
import org.m4d.grants.platform.domain.ForbiddenException;
import org.m4d.grants.proposal.application.ProposalService;
import org.m4d.grants.proposal.domain.Proposal;
import org.m4d.grants.review.domain.Review;
import org.m4d.grants.review.domain.ReviewRepository;
import org.m4d.grants.workflow.application.TaskHandler;
import org.m4d.grants.workflow.application.TaskStep;
import org.m4d.grants.workflow.domain.GrantLifecycle;

/**
 * The reviewer who declared no conflict scores the proposal, weighed with the country's criteria
 * weights at the time of scoring.
 */
@ApplicationScoped
public class ScoreProposal implements TaskHandler<ReviewScoring> {

    @Inject
    Access access;

    @Inject
    ProposalService proposals;

    @Inject
    ReviewRepository reviews;

    @Inject
    CountryWeights weights;

    @Inject
    AuditTrail audit;

    @Override
    public String taskKey() {
        return GrantLifecycle.SCORE_PROPOSAL;
    }

    @Override
    public Class<ReviewScoring> payloadType() {
        return ReviewScoring.class;
    }

    @Override
    public void authorize(TaskStep step) {
        ReviewerOfAgency.require(access, step);
        if (!access.username().equals(step.task().assignee())) {
            throw new ForbiddenException("Only the reviewer who declared no conflict scores this review");
        }
    }

    @Override
    public Map<String, Object> apply(TaskStep step, ReviewScoring scoring) {
        Agency agency = Agency.valueOf(step.variable(GrantLifecycle.VAR_AGENCY).toString());
        Proposal proposal = proposals.proposal(step.proposalId());
        Review review = new Review(proposal.id(), proposal.reviewRound(), agency, access.username(), scoring.scores(),
                weights.weightsOf(), scoring.recommendation(), scoring.comments(), Instant.now());
        reviews.store(review);
        audit.record(access.username(), "REVIEW_SCORED", ProposalService.SUBJECT, proposal.id(), null, null,
                agency + " weighted score " + review.weightedScore() + ", " + review.recommendation());
        return Map.of();
    }
}
