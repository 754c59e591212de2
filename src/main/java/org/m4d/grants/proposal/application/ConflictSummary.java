package org.m4d.grants.proposal.application;

/** Who proposes what: all a reviewer sees before declaring a conflict of interest. */
public record ConflictSummary(long proposalId, String title, String createdBy) {
}
