package org.m4d.grants.review.domain;

import java.util.List;

/** Reviews and conflict declarations, always within the country of the tenant context. */
public interface ReviewRepository {

    void store(Review review);

    void store(ConflictDeclaration declaration);

    List<Review> ofProposal(long proposalId);

    /** Whether the reviewer declared no conflict on the proposal in the round. */
    boolean declaredNoConflict(long proposalId, int round, String reviewer);

    /** The proposals on which a reviewer declared no conflict, in any round. */
    List<Long> clearedProposals(String reviewer);
}
