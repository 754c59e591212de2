package org.m4d.grants.assurance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.m4d.grants.proposal.application.ProposalService;

/** The partner of a grant is the one its proposal was made for. */
@ApplicationScoped
public class ProposalPartners implements GrantPartners {

    @Inject
    ProposalService proposals;

    @Override
    public Optional<Long> partnerOf(long proposalId) {
        return proposals.partnerOf(proposalId);
    }
}
