package org.m4d.grants.proposal.infra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import org.m4d.grants.platform.infra.TenantEntities;
import org.m4d.grants.proposal.domain.AnswerRepository;
import org.m4d.grants.proposal.domain.ProposalAnswer;

@ApplicationScoped
public class JpaAnswerRepository extends TenantEntities implements AnswerRepository {

    @Override
    public List<ProposalAnswer> ofProposal(long proposalId) {
        return em().createNamedQuery("ProposalAnswer.ofProposal", ProposalAnswer.class)
                .setParameter("proposalId", proposalId).getResultList();
    }

    @Override
    public List<ProposalAnswer> ofSection(Collection<Long> proposalIds, String sectionCode) {
        if (proposalIds.isEmpty()) {
            return List.of();
        }
        return em().createNamedQuery("ProposalAnswer.ofSection", ProposalAnswer.class)
                .setParameter("proposalIds", proposalIds).setParameter("section", sectionCode).getResultList();
    }

    @Override
    public void add(ProposalAnswer answer) {
        EntityManager em = em();
        em.persist(answer);
        em.flush();
    }
}
