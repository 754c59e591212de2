package org.m4d.grants.workflow.application;

/**
 * The service steps of a grant amendment, done by the grant context in the tenant context of the
 * process instance and in the engine's transaction.
 */
public interface AmendmentSteps {

    /** The amendment is approved: its terms come into force as the agreement's next version. */
    void applyAmendment(long proposalId, long amendmentId, String decidedBy);

    /** The amendment is refused: nothing of the agreement changes. */
    void rejectAmendment(long proposalId, long amendmentId, String decidedBy);
}
