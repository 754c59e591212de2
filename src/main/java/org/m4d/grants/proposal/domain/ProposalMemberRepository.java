package org.m4d.grants.proposal.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The co-applicants and viewers of proposals, always within the country of the tenant context. */
public interface ProposalMemberRepository {

    /** The members of a proposal, in the order they were invited. */
    List<ProposalMember> ofProposal(long proposalId);

    default Optional<ProposalMember> find(long proposalId, String username) {
        return ofProposal(proposalId).stream().filter(m -> m.username().equals(username)).findFirst();
    }

    /** The proposals the user has been invited to. */
    Set<Long> proposalsOf(String username);

    void store(ProposalMember member);

    void remove(ProposalMember member);
}
