package org.m4d.grants.review.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.m4d.grants.audit.application.AuditTrail;
import org.m4d.grants.audit.domain.AuditEntry;
import org.m4d.grants.identity.application.Directory;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.identity.domain.UserAccount;
import org.m4d.grants.platform.domain.Agency;
import org.m4d.grants.platform.domain.ConflictException;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.ForbiddenException;
import org.m4d.grants.proposal.domain.Decision;
import org.m4d.grants.proposal.domain.LeadActor;
import org.m4d.grants.review.domain.ConflictDeclaration;
import org.m4d.grants.review.domain.ReviewAssignment;
import org.m4d.grants.testing.ActiveTransaction;
import org.m4d.grants.testing.InMemoryUsers;
import org.m4d.grants.testing.UseCases;
import org.m4d.grants.testing.Wiring;
import org.m4d.grants.workflow.domain.GrantLifecycle;
import org.m4d.grants.workflow.domain.OpenTask;

/**
 * Who gets an agency's review: the rule on the country's real pool (fewest open reviews, longest
 * since the last, conflicts, the applicant, reviewers away), the record it leaves, and a
 * coordinator's reassignment with its refusals.
 */
class ReviewerAssignmentsTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final String POOL = "NP-reviewer-UNDP";

    private final UseCases app = new UseCases();
    private final InMemoryUsers users = new InMemoryUsers(() -> app.context.find().orElse(null));
    private final ReviewerAssignments assignments = new ReviewerAssignments();
    private final long proposal;
    private int tasks;

    ReviewerAssignmentsTest() {
        Directory directory = Wiring.wire(new Directory(), users);
        AuditTrail trail = Wiring.wire(new AuditTrail(), app.audit, new ActiveTransaction());
        Wiring.wire(assignments, app.reviewRows, app.proposals, directory, app.workflow, app.access, trail, app.context);
        assignments.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        reviewer("np.reviewer.undp", Agency.UNDP);
        reviewer("np.reviewer.undp2", Agency.UNDP);
        reviewer("np.reviewer.undp3", Agency.UNDP);
        reviewer("np.reviewer.iom", Agency.IOM);
        reviewer("np.applicant", Agency.UNDP);
        reviewer("sn.reviewer.undp", Agency.UNDP).grant(Role.REVIEWER, "SN", Agency.UNDP);
        app.user.as("np.applicant", "NP", Role.APPLICANT);
        proposal = app.in("NP", () -> app.draft("Remittances for rural clinics", LeadActor.OTHER, "1500000"));
        app.in("NP", () -> app.proposals.submit(proposal));
        app.in("NP", () -> app.proposal(proposal).screen(Decision.ACCEPT));
    }

    @AfterEach
    void leaveTheCountry() {
        app.context.clear();
    }

    private UserAccount reviewer(String username, Agency agency) {
        UserAccount account = users.add(username, username, null, null);
        if (!username.startsWith("sn.")) {
            account.grant(Role.REVIEWER, "NP", agency);
        }
        return account;
    }

    /** An open review step held by a reviewer in Nepal, of another proposal. */
    private String holding(String reviewer, String key) {
        String id = "held-" + ++tasks;
        app.in("NP", () -> app.workflow.hold(new OpenTask(id, key, key, 1000 + tasks, reviewer, List.of(POOL),
                List.of(), null)));
        return id;
    }

    private void lastAssigned(String reviewer, Instant when) {
        app.in("NP", () -> app.reviewRows.store(new ReviewAssignment(999, 1, Agency.UNDP, reviewer, when,
                ReviewAssignment.SYSTEM, "earlier")));
    }

    private String assign(String... excluded) {
        return app.in("NP", () -> assignments.assign(proposal, Agency.UNDP, Set.of(excluded)));
    }

    private AuditEntry lastEntry() {
        return app.in("NP", () -> app.lastEntryOn(proposal));
    }

    @Test
    void theReviewGoesToTheReviewerWithTheFewestOpenReviewsAndTheChoiceIsInTheHistory() {
        holding("np.reviewer.undp", GrantLifecycle.DECLARE_CONFLICT);
        holding("np.reviewer.undp", GrantLifecycle.SCORE_PROPOSAL);
        holding("np.reviewer.undp3", GrantLifecycle.SCORE_PROPOSAL);
        holding("np.reviewer.undp2", GrantLifecycle.SCREEN_ELIGIBILITY);

        assertThat(assign()).isEqualTo("np.reviewer.undp2");

        AuditEntry entry = lastEntry();
        assertThat(entry.action()).isEqualTo("REVIEW_ASSIGNED");
        assertThat(entry.actor()).isEqualTo("system");
        assertThat(entry.toState()).isEqualTo("np.reviewer.undp2");
        assertThat(entry.detail()).isEqualTo("UNDP review: fewest open reviews (0) of 3 eligible;"
                + " not eligible: np.applicant (applicant)");
        List<ReviewAssignment> kept = app.in("NP", () -> app.reviewRows.assignmentsOf(proposal));
        assertThat(kept).singleElement().satisfies(a -> {
            assertThat(a.reviewer()).isEqualTo("np.reviewer.undp2");
            assertThat(a.assignedAt()).isEqualTo(NOW);
            assertThat(a.assignedBy()).isEqualTo("system");
        });
    }

    @Test
    void betweenEqualsTheLongestSinceTheirLastAssignmentWins() {
        holding("np.reviewer.undp", GrantLifecycle.DECLARE_CONFLICT);
        holding("np.reviewer.undp2", GrantLifecycle.DECLARE_CONFLICT);
        holding("np.reviewer.undp3", GrantLifecycle.DECLARE_CONFLICT);
        lastAssigned("np.reviewer.undp", NOW.minusSeconds(60));
        lastAssigned("np.reviewer.undp2", NOW.minusSeconds(3600));
        lastAssigned("np.reviewer.undp3", NOW.minusSeconds(600));

        assertThat(assign()).isEqualTo("np.reviewer.undp2");
        assertThat(lastEntry().detail()).contains("longest since the last assignment (2026-12-02T09:00:00Z)");
    }

    @Test
    void reviewersWithAConflictOnTheProposalAreSkipped() {
        app.in("NP", () -> app.reviewRows.store(new ConflictDeclaration(proposal, 1, Agency.UNDP, "np.reviewer.undp",
                true, "My cousin leads the partner", NOW)));

        assertThat(assign("np.reviewer.undp2")).isEqualTo("np.reviewer.undp3");
        assertThat(lastEntry().detail()).endsWith("not eligible: np.applicant (applicant), np.reviewer.undp (conflict),"
                + " np.reviewer.undp2 (conflict)");
    }

    @Test
    void aReviewerAwayTodayIsSkippedAndBackOnTheDayAfterTheirLast() {
        users.find("np.reviewer.undp").orElseThrow().markAway(TODAY.minusDays(3), TODAY);
        assertThat(assign()).isEqualTo("np.reviewer.undp2");
        assertThat(lastEntry().detail()).contains("np.reviewer.undp (away)");

        users.find("np.reviewer.undp").orElseThrow().markAway(TODAY.minusDays(3), TODAY.minusDays(1));
        holding("np.reviewer.undp2", GrantLifecycle.DECLARE_CONFLICT);
        holding("np.reviewer.undp3", GrantLifecycle.DECLARE_CONFLICT);
        assertThat(assign()).isEqualTo("np.reviewer.undp");
    }

    @Test
    void withNobodyEligibleTheReviewStaysInThePoolAndTheHistorySaysWhy() {
        assertThat(assign("np.reviewer.undp", "np.reviewer.undp2", "np.reviewer.undp3")).isNull();

        AuditEntry entry = lastEntry();
        assertThat(entry.action()).isEqualTo("REVIEW_UNASSIGNED");
        assertThat(entry.detail()).isEqualTo("UNDP review: no eligible reviewer: the review waits in the UNDP pool;"
                + " not eligible: np.applicant (applicant), np.reviewer.undp (conflict), np.reviewer.undp2 (conflict),"
                + " np.reviewer.undp3 (conflict)");
        assertThat(app.in("NP", () -> app.reviewRows.assignmentsOf(proposal))).singleElement()
                .satisfies(a -> assertThat(a.reviewer()).isNull());
    }

    @Test
    void thirtyReviewsInARowAreSharedTenEach() {
        Map<String, Integer> given = new TreeMap<>();
        for (int i = 0; i < 30; i++) {
            String reviewer = assign();
            holding(reviewer, GrantLifecycle.DECLARE_CONFLICT);
            given.merge(reviewer, 1, Integer::sum);
        }
        System.out.println("30 UNDP reviews over 3 reviewers: " + given);
        assertThat(given).containsExactly(Map.entry("np.reviewer.undp", 10), Map.entry("np.reviewer.undp2", 10),
                Map.entry("np.reviewer.undp3", 10));
    }

    private String waiting(String assignee) {
        String id = "review-" + ++tasks;
        app.in("NP", () -> app.workflow.hold(new OpenTask(id, GrantLifecycle.DECLARE_CONFLICT, "Declare", proposal,
                assignee, List.of(POOL), List.of("np.reviewer.undp3"), null)));
        return id;
    }

    private void reassign(String reviewer, String reason) {
        app.in("NP", () -> assignments.reassign(proposal, "UNDP", reviewer, reason));
    }

    private String holderOf(String taskId) {
        return app.in("NP", () -> app.workflow.openTasks(proposal)).stream().filter(t -> t.id().equals(taskId))
                .findFirst().orElseThrow().assignee();
    }

    @Test
    void aCoordinatorReassignsAWaitingReviewWithAReasonThatIsInTheHistory() {
        String task = waiting("np.reviewer.undp");
        app.user.as("np.coordinator", "NP", Role.COORDINATOR);

        assertThat(app.in("NP", () -> assignments.waiting(proposal))).singleElement().satisfies(w -> {
            assertThat(w.assignee()).isEqualTo("np.reviewer.undp");
            assertThat(w.eligible()).containsExactly("np.reviewer.undp2");
        });
        reassign("np.reviewer.undp2", "  Maya is on a mission until the review is due ");

        assertThat(holderOf(task)).isEqualTo("np.reviewer.undp2");
        AuditEntry entry = lastEntry();
        assertThat(entry.action()).isEqualTo("REVIEW_REASSIGNED");
        assertThat(entry.actor()).isEqualTo("np.coordinator");
        assertThat(entry.fromState()).isEqualTo("np.reviewer.undp");
        assertThat(entry.toState()).isEqualTo("np.reviewer.undp2");
        assertThat(entry.detail()).isEqualTo("UNDP review: Maya is on a mission until the review is due");
        assertThat(app.in("NP", () -> app.reviewRows.assignmentsOf(proposal))).singleElement()
                .satisfies(a -> assertThat(a.assignedBy()).isEqualTo("np.coordinator"));
    }

    @Test
    void aReassignmentThatBreaksARuleIsRefusedAndChangesNothing() {
        String task = waiting("np.reviewer.undp");
        app.in("NP", () -> app.reviewRows.store(new ConflictDeclaration(proposal, 1, Agency.UNDP, "np.reviewer.undp2",
                true, "Former employee of the partner", NOW)));
        app.user.as("np.coordinator", "NP", Role.COORDINATOR);

        assertThatThrownBy(() -> reassign("np.reviewer.undp2", " ")).isInstanceOf(DomainException.class)
                .hasMessage("Give the reason for the reassignment");
        assertThatThrownBy(() -> app.in("NP", () -> assignments.reassign(proposal, "WHO", "np.reviewer.undp3", "busy")))
                .isInstanceOf(DomainException.class).hasMessage("Say which agency's review to reassign (IOM or UNDP)");
        assertThatThrownBy(() -> reassign(null, "busy")).isInstanceOf(DomainException.class)
                .hasMessage("Choose the reviewer to give the review to");
        assertThatThrownBy(() -> reassign("np.reviewer.iom", "busy")).isInstanceOf(DomainException.class)
                .hasMessage("np.reviewer.iom is not a reviewer of UNDP in NP");
        assertThatThrownBy(() -> reassign("sn.reviewer.undp", "busy")).isInstanceOf(DomainException.class)
                .hasMessage("sn.reviewer.undp is not a reviewer of UNDP in NP");
        assertThatThrownBy(() -> reassign("np.reviewer.undp2", "busy")).isInstanceOf(DomainException.class)
                .hasMessage("np.reviewer.undp2 may not review this proposal (conflict)");
        assertThatThrownBy(() -> reassign("np.reviewer.undp3", "busy")).isInstanceOf(DomainException.class)
                .hasMessage("np.reviewer.undp3 may not review this proposal (conflict)");
        assertThatThrownBy(() -> reassign("np.applicant", "busy")).isInstanceOf(DomainException.class)
                .hasMessage("np.applicant may not review this proposal (applicant)");
        assertThatThrownBy(() -> reassign("np.reviewer.undp", "busy")).isInstanceOf(ConflictException.class)
                .hasMessage("The UNDP review is already with np.reviewer.undp");
        assertThatThrownBy(() -> app.in("NP", () -> assignments.reassign(proposal, "IOM", "np.reviewer.iom",
                "busy"))).isInstanceOf(ConflictException.class).hasMessageContaining("not waiting for a reviewer");
        app.user.as("np.reviewer.undp", "NP", Role.REVIEWER);
        assertThatThrownBy(() -> reassign("np.reviewer.undp", "busy")).isInstanceOf(ForbiddenException.class);

        assertThat(holderOf(task)).isEqualTo("np.reviewer.undp");
        assertThat(app.in("NP", () -> app.reviewRows.assignmentsOf(proposal))).isEmpty();
        assertThat(app.in("NP", () -> app.actionsOn(proposal))).doesNotContain("REVIEW_REASSIGNED");
    }

    @Test
    void aReviewerAwayIsNotGivenAReviewByACoordinatorEither() {
        waiting("np.reviewer.undp");
        users.find("np.reviewer.undp2").orElseThrow().markAway(TODAY, TODAY.plusDays(1));
        app.user.as("np.coordinator", "NP", Role.COORDINATOR);
        assertThatThrownBy(() -> reassign("np.reviewer.undp2", "busy")).isInstanceOf(DomainException.class)
                .hasMessage("np.reviewer.undp2 may not review this proposal (away)");
    }

    @Test
    void anAwayPeriodNeedsBothDaysInOrder() {
        UserAccount account = users.find("np.reviewer.undp").orElseThrow();
        assertThatThrownBy(() -> account.markAway(TODAY, null)).isInstanceOf(DomainException.class)
                .hasMessage("Give both the first and the last day away");
        assertThatThrownBy(() -> account.markAway(TODAY, TODAY.minusDays(1))).isInstanceOf(DomainException.class)
                .hasMessage("The last day away (2026-12-01) is before the first (2026-12-02)");
        assertThat(account.awayFrom()).isNull();
        account.markAway(TODAY, TODAY);
        assertThat(account.awayOn(TODAY)).isTrue();
        assertThat(account.awayOn(TODAY.plusDays(1))).isFalse();
        account.markAway(null, null);
        assertThat(account.awayOn(TODAY)).isFalse();
    }
}
