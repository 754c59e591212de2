package org.m4d.grants.proposal.domain;

import java.util.List;

/** The country's proposals past the draft, with their profiles: what programme reporting counts. */
public interface SubmittedProposals {

    List<Proposal> submitted();
}
