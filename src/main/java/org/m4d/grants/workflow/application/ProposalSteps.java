package org.m4d.grants.workflow.application;

/**
 * The lifecycle's service steps on a proposal itself, done by the proposal context. Each runs in
 * the tenant context of the process instance and joins the engine's transaction.
 */
public interface ProposalSteps {

    /** The non-interrupting timer on screening fired: the coordinators are late. */
    void screeningOverdue(long proposalId);

    /** The non-interrupting timer on the technical review fired: the reviewers are late. */
    void reviewOverdue(long proposalId);
}
