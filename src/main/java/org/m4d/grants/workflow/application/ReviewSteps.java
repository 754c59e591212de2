package org.m4d.grants.workflow.application;

/**
 * The lifecycle's service steps of the technical review (who reviews, and the step after the technical review), done by the review context. It runs in
 * the tenant context of the process instance and joins the engine's transaction.
 */
public interface ReviewSteps {

    /** Both reviews are in: closes the round and gives the average score the approval decision takes. */
    double closeRound(long proposalId);

    /**
     * An agency's review is offered: the reviewer it is given to, or null when nobody is eligible
     * (it then waits in the agency's pool). {@code excludedReviewers}: those who declared a conflict
     * on it, comma-separated, or null.
     */
    String assignReviewer(long proposalId, String agency, String excludedReviewers);
}
