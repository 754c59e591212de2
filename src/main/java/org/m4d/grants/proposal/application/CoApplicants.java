package org.m4d.grants.proposal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;
import org.m4d.grants.identity.application.Access;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.proposal.domain.MemberRole;
import org.m4d.grants.proposal.domain.ProposalMemberRepository;
import org.m4d.grants.workflow.application.StandIns;

/**
 * The co-applicants stand in for a proposal's creator on the grant's reporting tasks (ADR 0035):
 * an applicant of the country invited as co-applicant and not removed. A viewer does not.
 */
@ApplicationScoped
@Transactional
public class CoApplicants implements StandIns {

    @Inject
    ProposalMemberRepository members;

    @Inject
    ProposalService proposals;

    @Inject
    Access access;

    @Override
    public Map<Long, String> ofSignedInUser() {
        if (!access.hasRole(Role.APPLICANT)) {
            return Map.of();
        }
        String me = access.username();
        Map<Long, String> creators = new HashMap<>();
        for (long proposalId : members.proposalsOf(me)) {
            members.find(proposalId, me).filter(member -> member.role() == MemberRole.CO_APPLICANT)
                    .ifPresent(member -> creators.put(proposalId, proposals.proposal(proposalId).createdBy()));
        }
        return creators;
    }
}
