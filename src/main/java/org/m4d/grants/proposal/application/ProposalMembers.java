package org.m4d.grants.proposal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.m4d.grants.audit.application.AuditTrail;
import org.m4d.grants.identity.application.Access;
import org.m4d.grants.identity.application.Directory;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.platform.application.TenantContext;
import org.m4d.grants.platform.domain.ConflictException;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.ForbiddenException;
import org.m4d.grants.platform.domain.NotFoundException;
import org.m4d.grants.proposal.domain.MemberRole;
import org.m4d.grants.proposal.domain.Proposal;
import org.m4d.grants.proposal.domain.ProposalMember;
import org.m4d.grants.proposal.domain.ProposalMemberRepository;

/**
 * Co-applicants and viewers of a proposal (issue 14, docs/adr/0035-proposal-members.md). Its creator
 * and the country's coordinators invite and remove them; only an enabled applicant of the proposal's
 * country who is not its creator nor already invited can be invited. Whoever reads the proposal reads
 * who takes part in it. Every invitation and removal is in the proposal's history.
 */
@ApplicationScoped
@Transactional
public class ProposalMembers {

    static final String INVITED = "MEMBER_INVITED";
    static final String REMOVED = "MEMBER_REMOVED";

    @Inject
    ProposalService proposals;

    @Inject
    ProposalMemberRepository members;

    @Inject
    Directory directory;

    @Inject
    Access access;

    @Inject
    AuditTrail audit;

    @Inject
    TenantContext context;

    /** The time of an invitation; a test fixes it. */
    Clock clock = Clock.systemUTC();

    /** The members of a proposal the user may read, in the order they were invited. */
    public List<ProposalMember> of(long proposalId) {
        proposals.readable(proposalId);
        return members.ofProposal(proposalId);
    }

    /** Whether the user may invite and remove members of the proposal (its creator, a coordinator). */
    public boolean manages(long proposalId) {
        access.requireMember();
        return mayManage(proposals.proposal(proposalId));
    }

    /**
     * Invites a user as co-applicant or viewer. A user who is not an applicant of the country (of
     * another country, unknown, disabled) is refused alike, so that nothing tells them apart (422);
     * the creator 422; one already invited 409.
     */
    public ProposalMember invite(long proposalId, String username, MemberRole role) {
        Proposal proposal = managed(proposalId);
        if (role == null) {
            throw new DomainException("Choose whether the user is a co-applicant or a viewer")
                    .withKey("error.member.role");
        }
        String invited = username == null ? "" : username.strip();
        if (invited.isEmpty()) {
            throw new DomainException("Name the user to invite").withKey("error.member.username");
        }
        if (invited.equals(proposal.createdBy())) {
            throw new DomainException(invited + " created this proposal").withKey("error.member.creator", invited);
        }
        if (!applicants().contains(invited)) {
            throw new DomainException("There is no applicant " + printable(invited) + " in this country")
                    .withKey("error.member.notEligible", printable(invited));
        }
        if (members.find(proposalId, invited).isPresent()) {
            throw new ConflictException(invited + " is already invited to this proposal")
                    .withKey("error.member.twice", invited);
        }
        ProposalMember member = new ProposalMember(proposalId, invited, role, access.username(), clock.instant());
        members.store(member);
        audit.record(access.username(), INVITED, ProposalService.SUBJECT, proposalId, null, null,
                invited + " as " + role.name());
        return member;
    }

    /** Removes a member; one not invited is not found (404). */
    public void remove(long proposalId, String username) {
        managed(proposalId);
        ProposalMember member = members.find(proposalId, username == null ? "" : username)
                .orElseThrow(() -> new NotFoundException("Member"));
        members.remove(member);
        audit.record(access.username(), REMOVED, ProposalService.SUBJECT, proposalId, null, null,
                member.username() + " as " + member.role().name());
    }

    /** The applicants who may still be invited, whose name contains the text (any case), by name; at most 20. */
    public List<String> eligible(long proposalId, String text) {
        Proposal proposal = managed(proposalId);
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        Set<String> taken = new java.util.HashSet<>();
        taken.add(proposal.createdBy());
        members.ofProposal(proposalId).forEach(m -> taken.add(m.username()));
        return applicants().stream().filter(u -> !taken.contains(u))
                .filter(u -> u.toLowerCase(Locale.ROOT).contains(wanted)).sorted().limit(20).toList();
    }

    private Proposal managed(long proposalId) {
        access.requireAnyRole(Role.APPLICANT, Role.COORDINATOR);
        Proposal proposal = proposals.readable(proposalId);
        if (!mayManage(proposal)) {
            throw new ForbiddenException("Only " + proposal.createdBy()
                    + ", who created this proposal, and the coordinators invite and remove its members")
                    .withKey("error.member.notManager", proposal.createdBy());
        }
        return proposal;
    }

    private boolean mayManage(Proposal proposal) {
        return access.hasRole(Role.COORDINATOR)
                || access.hasRole(Role.APPLICANT) && proposal.createdBy().equals(access.username());
    }

    /** The enabled applicants of the country of the tenant context. */
    private Set<String> applicants() {
        return directory.membersOf(Role.APPLICANT.groupIn(context.current())).stream()
                .map(Directory.Recipient::username).collect(java.util.stream.Collectors.toSet());
    }

    /** A name as given, which may be anything: safe to show and store. */
    private static String printable(String name) {
        String safe = name.replaceAll("[^A-Za-z0-9._@-]", "?");
        return safe.length() <= 100 ? safe : safe.substring(0, 100) + "…";
    }
}
