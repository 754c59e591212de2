package org.m4d.grants.proposal.domain;

import java.util.Collection;
import java.util.List;

/** The answers of proposals to their calls' sections, every round of them, within the tenant context's country. */
public interface AnswerRepository {

    /** Every answer of the proposal, of every round, the earliest round first. */
    List<ProposalAnswer> ofProposal(long proposalId);

    /** The answers of these proposals to one section, of every round, the earliest round first. */
    List<ProposalAnswer> ofSection(Collection<Long> proposalIds, String sectionCode);

    void add(ProposalAnswer answer);
}
