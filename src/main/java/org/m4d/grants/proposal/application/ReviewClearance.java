package org.m4d.grants.proposal.application;

/**
 * Whether a reviewer has declared no conflict of interest on a proposal's review round; the review
 * context answers it.
 */
public interface ReviewClearance {

    boolean declaredNoConflict(long proposalId, int reviewRound);

    /** The proposals on which the user has declared no conflict in some round. */
    java.util.Set<Long> clearedProposals();
}
