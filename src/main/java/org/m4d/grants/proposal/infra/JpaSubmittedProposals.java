package org.m4d.grants.proposal.infra;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.m4d.grants.platform.infra.TenantEntities;
import org.m4d.grants.proposal.domain.Proposal;
import org.m4d.grants.proposal.domain.ProposalState;
import org.m4d.grants.proposal.domain.SubmittedProposals;

@ApplicationScoped
public class JpaSubmittedProposals extends TenantEntities implements SubmittedProposals {

    @Override
    public List<Proposal> submitted() {
        return em().createQuery("SELECT p FROM Proposal p WHERE p.state <> :draft ORDER BY p.id", Proposal.class)
                .setParameter("draft", ProposalState.DRAFT).getResultList();
    }
}
