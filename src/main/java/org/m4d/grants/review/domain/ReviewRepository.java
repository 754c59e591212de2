package org.m4d.grants.review.domain;

import java.util.List;

/** Reviews and conflict declarations, always within one tenant. */
public interface ReviewRepository {

    void store(String tenant, Review review);

    void store(String tenant, ConflictDeclaration declaration);

    List<Review> ofProposal(String tenant, long proposalId);

    /** Whether the reviewer declared no conflict on the proposal in the round. */
    boolean declaredNoConflict(String tenant, long proposalId, int round, String reviewer);

    /** The proposals on which a reviewer declared no conflict, in any round. */
    List<Long> clearedProposals(String tenant, String reviewer);
}
