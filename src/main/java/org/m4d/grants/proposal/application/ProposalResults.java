package org.m4d.grants.proposal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.m4d.grants.identity.application.Access;
import org.m4d.grants.proposal.domain.Proposal;
import org.m4d.grants.proposal.domain.SubmittedProposals;

/**
 * The country's submitted proposals with their markers and results frameworks, for programme
 * reporting. Like the dashboard's counts, the figures built from them name no reviewer, score or
 * decision, so any member of the country may read them.
 */
@ApplicationScoped
@Transactional
public class ProposalResults {

    @Inject
    SubmittedProposals proposals;

    @Inject
    Access access;

    public List<Proposal> submitted() {
        access.requireMember();
        return proposals.submitted();
    }
}
