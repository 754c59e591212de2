package org.m4d.grants.proposal.domain;

/** What a user invited to a proposal may do there (docs/adr/0035-proposal-members.md). */
public enum MemberRole {
    /** Reads and edits the proposal like its creator while it may be changed; reads its grant. */
    CO_APPLICANT,
    /** Reads the proposal and its grant as its creator does; changes nothing. */
    VIEWER
}
