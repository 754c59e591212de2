package org.m4d.grants.proposal.application;

/**
 * A decision on a proposal its applicant hears of: returned for revision (screening, approval, or
 * not endorsed) with the reason, rejected, or approved. Fired inside the decision's transaction.
 */
public record ProposalDecided(String tenantId, long proposalId, Outcome outcome, String reason, String actor) {

    public enum Outcome {
        RETURNED,
        REJECTED,
        APPROVED
    }
}
