package org.m4d.grants.workflow.application;

/**
 * The lifecycle's service step after the technical review, done by the review context. It runs in
 * the tenant context of the process instance and joins the engine's transaction.
 */
public interface ReviewSteps {

    /** Both reviews are in: closes the round and gives the average score the approval decision takes. */
    double closeRound(long proposalId);
}
