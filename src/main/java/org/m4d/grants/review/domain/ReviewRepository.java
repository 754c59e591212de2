package org.m4d.grants.review.domain;

import java.util.List;

/** Reviews and conflict declarations, always within one tenant. */
public interface ReviewRepository {

    void store(String tenant, Review review);

    void store(String tenant, ConflictDeclaration declaration);

    List<Review> ofProposal(String tenant, long proposalId);
}
