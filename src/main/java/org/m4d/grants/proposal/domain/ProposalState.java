package org.m4d.grants.proposal.domain;

/** Where a proposal stands. The walking skeleton uses the states of its thin slice. */
public enum ProposalState {
    DRAFT, SUBMITTED, APPROVED, REJECTED, DISBURSED
}
