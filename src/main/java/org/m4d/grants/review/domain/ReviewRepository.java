package org.m4d.grants.review.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.m4d.grants.platform.domain.Agency;

/** Reviews and conflict declarations, always within the country of the tenant context. */
public interface ReviewRepository {

    void store(Review review);

    void store(ConflictDeclaration declaration);

    List<Review> ofProposal(long proposalId);

    /** Whether the reviewer declared no conflict on the proposal in the round. */
    boolean declaredNoConflict(long proposalId, int round, String reviewer);

    /** The proposals on which a reviewer declared no conflict, in any round. */
    List<Long> clearedProposals(String reviewer);

    void store(ReviewAssignment assignment);

    /** The assignments of a proposal's reviews, oldest first. */
    List<ReviewAssignment> assignmentsOf(long proposalId);

    /** When each reviewer of the agency was last given a review in the country. */
    Map<String, Instant> lastAssignments(Agency agency);

    /** The reviewers who declared a conflict of interest on the proposal, in any round. */
    Set<String> conflictedReviewers(long proposalId);
}
