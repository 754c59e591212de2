package org.m4d.grants.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.m4d.grants.identity.application.CurrentUser;
import org.m4d.grants.identity.application.Directory;
import org.m4d.grants.identity.application.Directory.Recipient;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.proposal.domain.MemberRole;
import org.m4d.grants.proposal.domain.Proposal;
import org.m4d.grants.proposal.domain.ProposalMember;
import org.m4d.grants.proposal.domain.ProposalMemberRepository;
import org.m4d.grants.workflow.domain.ApplicantTasks;
import org.m4d.grants.workflow.domain.OpenTask;

/**
 * Who hears of what, among those who may see it: a task's holder, else the members of the groups
 * it is offered to (less those it is not offered to), and for an applicant's reporting task the
 * co-applicants who may take it too; a country's coordinators for an escalation, or the programme
 * management unit when the late task is the coordinators' own; a named user.
 */
@ApplicationScoped
public class Recipients {

    @Inject
    Directory directory;

    @Inject
    CurrentUser user;

    @Inject
    ProposalMemberRepository members;

    /**
     * The people of a task of the proposal, in the task's country, each once: its holder, else its
     * groups' members; and, when it is one of the applicant's reporting tasks held by the proposal's
     * creator, after the creator each current co-applicant of the proposal who is an applicant of
     * the country, in the order they were invited, as they may take it (ADR 0035); never a viewer.
     */
    public List<Recipient> ofTask(String tenant, OpenTask task, Proposal proposal) {
        Map<String, Recipient> once = new LinkedHashMap<>();
        holders(task).forEach(r -> once.putIfAbsent(r.username(), r));
        if (ApplicantTasks.takenBy(Map.of(proposal.id(), proposal.createdBy()), task.key(), task.proposalId(),
                task.assignee())) {
            Map<String, Recipient> applicants = new LinkedHashMap<>();
            directory.membersOf(Role.APPLICANT.groupIn(tenant)).forEach(r -> applicants.put(r.username(), r));
            members.ofProposal(proposal.id()).stream().filter(m -> m.role() == MemberRole.CO_APPLICANT)
                    .map(ProposalMember::username).filter(applicants::containsKey)
                    .forEach(name -> once.putIfAbsent(name, applicants.get(name)));
        }
        return new ArrayList<>(once.values());
    }

    private List<Recipient> holders(OpenTask task) {
        if (task.assignee() != null) {
            return user(task.assignee());
        }
        return task.candidateGroups().stream().flatMap(g -> directory.membersOf(g).stream())
                .filter(r -> !task.excluded().contains(r.username())).toList();
    }

    /** Whom an overdue task is escalated to, in its country. */
    public List<Recipient> escalation(String tenant, OpenTask task) {
        String coordinators = Role.COORDINATOR.groupIn(tenant);
        return directory.membersOf(task.candidateGroups().contains(coordinators) ? Role.PMU.groupIn(null) : coordinators);
    }

    public List<Recipient> user(String username) {
        return directory.find(username).stream().toList();
    }

    /** The signed-in user whose step this is; {@code null} for the engine's own steps (timers, async steps). */
    public String actor() {
        try {
            return user.signedIn() ? user.username() : null;
        } catch (ContextNotActiveException jobThread) {
            return null;
        }
    }

    /** The user names, comma-separated, for the audit trail. */
    static String names(List<String> usernames) {
        return String.join(", ", usernames);
    }
}
