package org.m4d.grants.review.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import org.m4d.grants.audit.application.AuditTrail;
import org.m4d.grants.identity.application.Access;
import org.m4d.grants.platform.domain.Agency;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.ForbiddenException;
import org.m4d.grants.proposal.application.ProposalService;
import org.m4d.grants.proposal.application.ReviewClearance;
import org.m4d.grants.proposal.application.Visibility;
import org.m4d.grants.proposal.domain.Proposal;
import org.m4d.grants.review.domain.Review;
import org.m4d.grants.review.domain.ReviewRepository;

/** Use cases of technical reviews. Each public method is one transaction. */
@ApplicationScoped
@Transactional
public class ReviewService implements ReviewClearance {

    @Inject
    ReviewRepository reviews;

    @Inject
    ProposalService proposals;

    @Inject
    Access access;

    @Inject
    AuditTrail audit;


    /**
     * Reviews of a proposal, for those who decide on it or oversee it; a reviewer cleared on it sees
     * their own, and the other agency's once both of a round are in, so that one agency's scores do
     * not sway the other's.
     */
    public List<Review> ofProposal(long proposalId) {
        Visibility visibility = proposals.visibility(proposalId);
        if (!visibility.readsReviews()) {
            throw new ForbiddenException("Reviews are seen by coordinators, the programme unit, observers and"
                    + " reviewers who declared no conflict of interest");
        }
        List<Review> all = reviews.ofProposal(proposalId);
        Map<Integer, Set<Agency>> agenciesOfRound = all.stream().collect(Collectors.groupingBy(Review::reviewRound,
                Collectors.mapping(Review::agency, Collectors.toSet())));
        return all.stream().filter(r -> visibility.seesReview(r.reviewer(),
                agenciesOfRound.get(r.reviewRound()).size() == Agency.values().length)).toList();
    }

    @Override
    public boolean declaredNoConflict(long proposalId, int reviewRound) {
        return reviews.declaredNoConflict(proposalId, reviewRound, access.username());
    }

    @Override
    public java.util.Set<Long> clearedProposals() {
        return java.util.Set.copyOf(reviews.clearedProposals(access.username()));
    }

    /**
     * Called by the workflow when both reviews are in: the mean of the round's weighted scores,
     * which the approval-authority decision reads.
     */
    public double closeRound(long proposalId) {
        Proposal proposal = proposals.proposal(proposalId);
        double average = averageScore(proposalId).orElseThrow(() -> new DomainException("No review of round "
                + proposal.reviewRound() + " was scored").withKey("error.review.noneScored", proposal.reviewRound()));
        proposals.recordReviewsComplete(proposalId, average);
        return average;
    }

    /**
     * The mean of the weighted scores of the proposal's latest round, to two decimals, as the
     * approval-authority decision read it; none before a review is scored.
     */
    public OptionalDouble averageScore(long proposalId) {
        Proposal proposal = proposals.proposal(proposalId);
        List<BigDecimal> scores = new ArrayList<>();
        for (Review review : reviews.ofProposal(proposalId)) {
            if (review.reviewRound() == proposal.reviewRound()) {
                scores.add(review.weightedScore());
            }
        }
        if (scores.isEmpty()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP).doubleValue());
    }
}
