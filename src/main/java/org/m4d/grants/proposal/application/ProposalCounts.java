package org.m4d.grants.proposal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import org.m4d.grants.identity.application.Access;
import org.m4d.grants.proposal.domain.ProposalRepository;
import org.m4d.grants.proposal.domain.ProposalState;
import org.m4d.grants.proposal.domain.Sector;

/**
 * How many proposals a country has, by state and by sector, for its dashboard. Counts reveal nothing
 * of a proposal, so any member of the country may see them, reviewers included.
 */
@ApplicationScoped
@Transactional
public class ProposalCounts {

    @Inject
    ProposalRepository proposals;

    @Inject
    Access access;

    /** The count per state; states without proposals are left out. */
    public Map<ProposalState, Long> byState() {
        access.requireMember();
        return proposals.countByState();
    }

    /** The count per sector; sectors without proposals are left out. */
    public Map<Sector, Long> bySector() {
        access.requireMember();
        return proposals.countBySector();
    }
}
