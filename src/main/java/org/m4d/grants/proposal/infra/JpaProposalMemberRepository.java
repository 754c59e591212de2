package org.m4d.grants.proposal.infra;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.m4d.grants.platform.infra.TenantEntities;
import org.m4d.grants.proposal.domain.ProposalMember;
import org.m4d.grants.proposal.domain.ProposalMemberRepository;

@ApplicationScoped
public class JpaProposalMemberRepository extends TenantEntities implements ProposalMemberRepository {

    @Override
    public List<ProposalMember> ofProposal(long proposalId) {
        return em().createNamedQuery("ProposalMember.ofProposal", ProposalMember.class)
                .setParameter("proposalId", proposalId).getResultList();
    }

    @Override
    public Set<Long> proposalsOf(String username) {
        return new HashSet<>(em().createNamedQuery("ProposalMember.proposalsOf", Long.class)
                .setParameter("username", username).getResultList());
    }

    @Override
    public void store(ProposalMember member) {
        em().persist(member);
    }

    @Override
    public void remove(ProposalMember member) {
        em().remove(member);
    }
}
