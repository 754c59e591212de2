package org.m4d.grants.review.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.m4d.grants.audit.application.AuditTrail;
import org.m4d.grants.identity.application.Access;
import org.m4d.grants.platform.domain.Agency;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.ForbiddenException;
import org.m4d.grants.proposal.application.ProposalService;
import org.m4d.grants.proposal.application.ReviewClearance;
import org.m4d.grants.proposal.application.Visibility;
import org.m4d.grants.proposal.domain.Proposal;
import org.m4d.grants.review.domain.ConflictDeclaration;
import org.m4d.grants.review.domain.Review;
import org.m4d.grants.review.domain.ReviewRepository;
import org.m4d.grants.workflow.application.Workflow;
import org.m4d.grants.workflow.domain.GrantLifecycle;
import org.m4d.grants.workflow.domain.TaskView;

/** Use cases of technical reviews. Each public method is one transaction. */
@ApplicationScoped
@Transactional
public class ReviewService implements ReviewClearance {

    @Inject
    ReviewRepository reviews;

    @Inject
    ProposalService proposals;

    @Inject
    Workflow workflow;

    @Inject
    Access access;

    @Inject
    AuditTrail audit;

    @Inject
    CountryWeights settings;

    /**
     * A reviewer of the task's agency declares, before seeing the proposal, whether they have a
     * conflict of interest. With a conflict the review goes back to the agency's pool without them;
     * without one it becomes theirs to score.
     */
    public void declareConflict(@NotNull String taskId, boolean conflict,
                                @Size(max = 1000, message = "{m4d.statement.size}")
                                String statement) {
        access.requireRole(Role.REVIEWER);
        TaskView task = reviewTask(taskId, GrantLifecycle.DECLARE_CONFLICT);
        Agency agency = agencyOf(taskId);
        Proposal proposal = proposals.proposal(task.proposalId());
        String reviewer = access.username();
        reviews.store(new ConflictDeclaration(proposal.id(), proposal.reviewRound(), agency, reviewer,
                conflict, statement, Instant.now()));
        if (conflict) {
            Set<String> excluded = new LinkedHashSet<>();
            Object before = workflow.variable(taskId, GrantLifecycle.VAR_EXCLUDED_REVIEWERS);
            if (before != null && !before.toString().isBlank()) {
                excluded.addAll(List.of(before.toString().split(",")));
            }
            excluded.add(reviewer);
            audit.record(reviewer, "CONFLICT_DECLARED", ProposalService.SUBJECT, proposal.id(), null, null,
                    agency + " review returned to the pool: " + statement);
            workflow.complete(taskId, GrantLifecycle.DECLARE_CONFLICT, Map.of(
                    GrantLifecycle.VAR_CONFLICT, true,
                    GrantLifecycle.VAR_EXCLUDED_REVIEWERS, String.join(",", excluded)));
        } else {
            audit.record(reviewer, "NO_CONFLICT_DECLARED", ProposalService.SUBJECT, proposal.id(), null,
                    null, agency + " review taken");
            workflow.complete(taskId, GrantLifecycle.DECLARE_CONFLICT, Map.of(
                    GrantLifecycle.VAR_CONFLICT, false,
                    GrantLifecycle.VAR_REVIEWER, reviewer));
        }
    }

    /** The reviewer who took the review scores it. */
    public void score(@NotNull String taskId, @NotNull @Valid ReviewScoring scoring) {
        access.requireRole(Role.REVIEWER);
        TaskView task = reviewTask(taskId, GrantLifecycle.SCORE_PROPOSAL);
        if (!access.username().equals(task.assignee())) {
            throw new ForbiddenException("Only the reviewer who declared no conflict scores this review");
        }
        Agency agency = agencyOf(taskId);
        Proposal proposal = proposals.proposal(task.proposalId());
        Review review = new Review(proposal.id(), proposal.reviewRound(), agency, access.username(), scoring.scores(),
                settings.weightsOf(), scoring.recommendation(), scoring.comments(), Instant.now());
        reviews.store(review);
        audit.record(access.username(), "REVIEW_SCORED", ProposalService.SUBJECT, proposal.id(), null, null,
                agency + " weighted score " + review.weightedScore() + ", " + review.recommendation());
        workflow.complete(taskId, GrantLifecycle.SCORE_PROPOSAL, Map.of());
    }

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
        List<BigDecimal> scores = new ArrayList<>();
        for (Review review : reviews.ofProposal(proposalId)) {
            if (review.reviewRound() == proposal.reviewRound()) {
                scores.add(review.weightedScore());
            }
        }
        if (scores.isEmpty()) {
            throw new DomainException("No review of round " + proposal.reviewRound() + " was scored")
                    .withKey("error.review.noneScored", proposal.reviewRound());
        }
        double average = scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP).doubleValue();
        proposals.recordReviewsComplete(proposalId, average);
        return average;
    }

    private TaskView reviewTask(String taskId, String key) {
        TaskView task = workflow.task(taskId);
        if (!key.equals(task.key())) {
            throw new org.m4d.grants.platform.domain.ConflictException("This task is a " + task.name()
                    + ", not the step you submitted").withKey("error.task.otherStep");
        }
        return task;
    }

    private Agency agencyOf(String taskId) {
        Agency agency = Agency.valueOf(workflow.variable(taskId, GrantLifecycle.VAR_AGENCY).toString());
        if (access.agency().filter(agency::equals).isEmpty()) {
            throw new ForbiddenException("This review is for a reviewer of " + agency);
        }
        return agency;
    }
}
