package org.m4d.grants.review.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.m4d.grants.audit.application.AuditTrail;
import org.m4d.grants.identity.application.Access;
import org.m4d.grants.identity.application.Directory;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.platform.application.TenantContext;
import org.m4d.grants.platform.domain.Agency;
import org.m4d.grants.platform.domain.ConflictException;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.proposal.application.ProposalService;
import org.m4d.grants.proposal.domain.Proposal;
import org.m4d.grants.review.domain.ReviewAssignment;
import org.m4d.grants.review.domain.ReviewRepository;
import org.m4d.grants.review.domain.ReviewerChoice;
import org.m4d.grants.review.domain.ReviewerChoice.Candidate;
import org.m4d.grants.workflow.application.Workflow;
import org.m4d.grants.workflow.domain.GrantLifecycle;
import org.m4d.grants.workflow.domain.OpenTask;

/**
 * Who reviews a proposal for an agency (docs/adr/0032). The workflow asks for a reviewer each time
 * an agency's review is offered (first, and again after a declared conflict) and gets the one
 * {@link ReviewerChoice} picks, or nobody: the review then waits in the agency's pool, where the
 * overdue path reaches the coordinator. A coordinator gives a review that waits for its declaration
 * to another eligible reviewer, with a reason. Every choice is kept and written in the proposal's
 * history. Joins the caller's transaction (the engine's step, or the request's).
 */
@ApplicationScoped
@Transactional
public class ReviewerAssignments {

    /** The steps that make an open review of the reviewer who holds them. */
    static final List<String> OPEN_REVIEW_STEPS = List.of(GrantLifecycle.DECLARE_CONFLICT, GrantLifecycle.SCORE_PROPOSAL);

    static final String CONFLICT = "conflict";
    static final String APPLICANT = "applicant";
    static final String AWAY = "away";

    /** A review of the proposal waiting for its declaration: its agency, who holds it, who else may. */
    public record WaitingReview(String taskId, Agency agency, String assignee, List<String> eligible) {
    }

    @Inject
    ReviewRepository reviews;

    @Inject
    ProposalService proposals;

    @Inject
    Directory directory;

    @Inject
    Workflow workflow;

    @Inject
    Access access;

    @Inject
    AuditTrail audit;

    @Inject
    TenantContext context;

    Clock clock = Clock.systemUTC();

    /**
     * Called by the workflow when the agency's review is offered: the reviewer the rule picks, or
     * null when nobody is eligible. {@code excluded} are the reviewers who declared a conflict on it.
     */
    public String assign(long proposalId, Agency agency, Set<String> excluded) {
        Proposal proposal = proposals.proposal(proposalId);
        Pool pool = pool(proposal, agency, excluded);
        Optional<Candidate> chosen = ReviewerChoice.choose(pool.candidates(), pool.ineligible());
        String reviewer = chosen.map(Candidate::username).orElse(null);
        String reason = chosen.map(c -> ReviewerChoice.reason(c, pool.candidates(), pool.ineligible()))
                .orElse("no eligible reviewer: the review waits in the " + agency + " pool"
                        + ReviewerChoice.notEligible(pool.ineligible()));
        reviews.store(new ReviewAssignment(proposalId, proposal.reviewRound(), agency, reviewer, clock.instant(),
                ReviewAssignment.SYSTEM, reason));
        audit.record(ReviewAssignment.SYSTEM, reviewer == null ? "REVIEW_UNASSIGNED" : "REVIEW_ASSIGNED",
                ProposalService.SUBJECT, proposalId, null, reviewer, agency + " review: " + reason);
        return reviewer;
    }

    /**
     * A coordinator of the country gives the agency's review, while it waits for its declaration, to
     * another eligible reviewer of the agency, saying why.
     */
    public void reassign(long proposalId, String agencyName, String reviewer, String reason) {
        access.requireRole(Role.COORDINATOR);
        Proposal proposal = proposals.proposal(proposalId);
        Agency agency = java.util.Arrays.stream(Agency.values()).filter(a -> a.name().equals(agencyName)).findFirst()
                .orElseThrow(() -> new DomainException("Say which agency's review to reassign (IOM or UNDP)")
                        .withKey("error.assignment.agency"));
        if (reason == null || reason.isBlank()) {
            throw new DomainException("Give the reason for the reassignment").withKey("error.assignment.reason");
        }
        if (reviewer == null || reviewer.isBlank()) {
            throw new DomainException("Choose the reviewer to give the review to").withKey("error.assignment.reviewer");
        }
        OpenTask task = waitingTask(proposalId, agency).orElseThrow(() -> new ConflictException("The " + agency
                + " review of this proposal is not waiting for a reviewer's declaration (it is being scored or is done)")
                .withKey("error.assignment.notWaiting", agency));
        Pool pool = pool(proposal, agency, Set.copyOf(task.excluded()));
        if (pool.candidates().stream().noneMatch(c -> c.username().equals(reviewer))) {
            throw new DomainException(reviewer + " is not a reviewer of " + agency + " in " + context.current())
                    .withKey("error.assignment.notInPool", reviewer, agency, context.current());
        }
        String why = pool.ineligible().get(reviewer);
        if (why != null) {
            DomainException refused = new DomainException(reviewer + " may not review this proposal (" + why + ")");
            throw switch (why) {
                case CONFLICT -> refused.withKey("error.assignment.conflict", reviewer);
                case APPLICANT -> refused.withKey("error.assignment.applicant", reviewer);
                default -> refused.withKey("error.assignment.away", reviewer);
            };
        }
        if (reviewer.equals(task.assignee())) {
            throw new ConflictException("The " + agency + " review is already with " + reviewer)
                    .withKey("error.assignment.already", agency, reviewer);
        }
        ReviewAssignment assignment = new ReviewAssignment(proposalId, proposal.reviewRound(), agency, reviewer,
                clock.instant(), access.username(), reason);
        workflow.handOver(task.id(), reviewer);
        reviews.store(assignment);
        audit.record(access.username(), "REVIEW_REASSIGNED", ProposalService.SUBJECT, proposalId, task.assignee(),
                reviewer, agency + " review: " + assignment.reason());
    }

    /** The proposal's reviews waiting for a declaration, with whom a coordinator may give each to. */
    public List<WaitingReview> waiting(long proposalId) {
        access.requireRole(Role.COORDINATOR);
        Proposal proposal = proposals.proposal(proposalId);
        List<WaitingReview> waiting = new ArrayList<>();
        for (Agency agency : Agency.values()) {
            waitingTask(proposalId, agency).ifPresent(task -> {
                Pool pool = pool(proposal, agency, Set.copyOf(task.excluded()));
                waiting.add(new WaitingReview(task.id(), agency, task.assignee(), pool.candidates().stream()
                        .map(Candidate::username).filter(u -> !pool.ineligible().containsKey(u))
                        .filter(u -> !u.equals(task.assignee())).toList()));
            });
        }
        return waiting;
    }

    /** The assignments of the proposal's reviews, oldest first, for those who read its reviews. */
    public List<ReviewAssignment> history(long proposalId) {
        access.requireRole(Role.COORDINATOR);
        proposals.proposal(proposalId);
        return reviews.assignmentsOf(proposalId);
    }

    private Optional<OpenTask> waitingTask(long proposalId, Agency agency) {
        String group = pool(agency);
        return workflow.openTasks(proposalId).stream()
                .filter(t -> GrantLifecycle.DECLARE_CONFLICT.equals(t.key()) && t.candidateGroups().contains(group))
                .findFirst();
    }

    /** The agency's reviewers in the country with their figures, and those not eligible and why. */
    private Pool pool(Proposal proposal, Agency agency, Set<String> excluded) {
        String group = pool(agency);
        List<String> members = directory.membersOf(group).stream().map(Directory.Recipient::username).toList();
        Map<String, Long> open = workflow.openTaskCounts(members, OPEN_REVIEW_STEPS);
        Map<String, Instant> last = reviews.lastAssignments(agency);
        List<Candidate> candidates = members.stream()
                .map(m -> new Candidate(m, open.getOrDefault(m, 0L), last.get(m))).toList();
        Set<String> conflicted = reviews.conflictedReviewers(proposal.id());
        Set<String> away = directory.awayOn(group, LocalDate.now(clock));
        Map<String, String> ineligible = new LinkedHashMap<>();
        for (String member : members) {
            if (excluded.contains(member) || conflicted.contains(member)) {
                ineligible.put(member, CONFLICT);
            } else if (member.equals(proposal.createdBy())) {
                ineligible.put(member, APPLICANT);
            } else if (away.contains(member)) {
                ineligible.put(member, AWAY);
            }
        }
        return new Pool(candidates, ineligible);
    }

    private String pool(Agency agency) {
        return Role.REVIEWER.groupIn(context.current()) + "-" + agency.name();
    }

    private record Pool(List<Candidate> candidates, Map<String, String> ineligible) {
    }
}
