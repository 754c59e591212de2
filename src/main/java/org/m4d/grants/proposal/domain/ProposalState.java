package org.m4d.grants.proposal.domain;

/** Where a proposal stands in its lifecycle. */
public enum ProposalState {
    DRAFT, SUBMITTED, IN_REVISION, UNDER_REVIEW, AWAITING_APPROVAL, APPROVED, REJECTED, WITHDRAWN, DISBURSED, CLOSED;

    /** Whether the applicant may still withdraw: submitted, not yet decided. */
    public boolean withdrawable() {
        return this == SUBMITTED || this == IN_REVISION || this == UNDER_REVIEW || this == AWAITING_APPROVAL;
    }
}
