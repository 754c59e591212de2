package org.m4d.grants.testing;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.m4d.grants.platform.application.TenantContext;
import org.m4d.grants.proposal.domain.ProposalMember;
import org.m4d.grants.proposal.domain.ProposalMemberRepository;

/** The members of proposals per country in memory, in the order they were invited. */
public final class InMemoryProposalMembers implements ProposalMemberRepository {

    private final TenantRows<ProposalMember> rows;

    public InMemoryProposalMembers(TenantContext context) {
        rows = new TenantRows<>(context);
    }

    @Override
    public List<ProposalMember> ofProposal(long proposalId) {
        return rows.all().stream().filter(m -> m.proposalId() == proposalId)
                .sorted(Comparator.comparing(ProposalMember::invitedAt).thenComparing(ProposalMember::id)).toList();
    }

    @Override
    public Set<Long> proposalsOf(String username) {
        return rows.all().stream().filter(m -> m.username().equals(username)).map(ProposalMember::proposalId)
                .collect(Collectors.toSet());
    }

    @Override
    public void store(ProposalMember member) {
        rows.store(member);
    }

    @Override
    public void remove(ProposalMember member) {
        rows.remove(member);
    }
}
