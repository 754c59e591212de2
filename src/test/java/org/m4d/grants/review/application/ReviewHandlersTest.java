package org.m4d.grants.review.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.m4d.grants.workflow.application.Steps.step;
import static org.m4d.grants.workflow.application.Steps.violations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.m4d.grants.audit.application.RecordedAudit;
import org.m4d.grants.identity.application.FakeAccess;
import org.m4d.grants.platform.domain.Agency;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.platform.application.TenantContext;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.ForbiddenException;
import org.m4d.grants.proposal.application.Proposals;
import org.m4d.grants.proposal.domain.Decision;
import org.m4d.grants.proposal.domain.LeadActor;
import org.m4d.grants.review.domain.ConflictDeclaration;
import org.m4d.grants.review.domain.CriteriaWeights;
import org.m4d.grants.review.domain.Recommendation;
import org.m4d.grants.review.domain.Review;
import org.m4d.grants.review.domain.ReviewRepository;
import org.m4d.grants.workflow.application.TaskStep;
import org.m4d.grants.workflow.domain.GrantLifecycle;

/** The rules of the review context's steps: the conflict-of-interest declaration and the scoring. */
class ReviewHandlersTest {

    private static final String WEIGHTS = "relevance=0.20,scalability=0.20,local-ownership=0.15,"
            + "gender-responsiveness=0.15,sustainability=0.15,budget-realism=0.15";

    private final Proposals proposals = new Proposals();
    private final RecordedAudit audit = new RecordedAudit();
    private final List<ConflictDeclaration> declarations = new ArrayList<>();
    private final List<Review> reviews = new ArrayList<>();

    private final ReviewRepository repository = new ReviewRepository() {
        @Override
        public void store(Review review) {
            reviews.add(review);
        }

        @Override
        public void store(ConflictDeclaration declaration) {
            declarations.add(declaration);
        }

        @Override
        public List<Review> ofProposal(long proposalId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean declaredNoConflict(long proposalId, int round, String reviewer) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Long> clearedProposals(String reviewer) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void store(org.m4d.grants.review.domain.ReviewAssignment assignment) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<org.m4d.grants.review.domain.ReviewAssignment> assignmentsOf(long proposalId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<String, java.time.Instant> lastAssignments(Agency agency) {
            throw new UnsupportedOperationException();
        }

        @Override
        public java.util.Set<String> conflictedReviewers(long proposalId) {
            throw new UnsupportedOperationException();
        }
    };

    ReviewHandlersTest() {
        proposals.submitted(1, LeadActor.OTHER).screen(Decision.ACCEPT);
    }

    private DeclareConflictOfInterest declaration(FakeAccess user) {
        DeclareConflictOfInterest handler = new DeclareConflictOfInterest();
        handler.access = user.access;
        handler.proposals = proposals.service();
        handler.reviews = repository;
        handler.audit = audit;
        return handler;
    }

    private ScoreProposal scoring(FakeAccess user) {
        ScoreProposal handler = new ScoreProposal();
        handler.access = user.access;
        handler.proposals = proposals.service();
        handler.reviews = repository;
        handler.audit = audit;
        handler.weights = new CountryWeights() {
            @Override
            public CriteriaWeights weightsOf() {
                return CriteriaWeights.parse(WEIGHTS);
            }
        };
        return handler;
    }

    private static TaskStep undpReview(String key, String assignee, String excluded) {
        Map<String, Object> variables = new java.util.HashMap<>();
        variables.put(GrantLifecycle.VAR_AGENCY, "UNDP");
        variables.put(GrantLifecycle.VAR_EXCLUDED_REVIEWERS, excluded);
        return step(key, 1, assignee, variables);
    }

    @Test
    void onlyAReviewerOfTheTasksAgencyDeclares() {
        FakeAccess iom = new FakeAccess("np.reviewer.iom", Agency.IOM, Role.REVIEWER);
        try (TenantContext.Scope in = iom.enter()) {
            assertThatThrownBy(() -> declaration(iom).authorize(undpReview(GrantLifecycle.DECLARE_CONFLICT, null, null)))
                    .isInstanceOf(ForbiddenException.class).hasMessage("This review is for a reviewer of UNDP");
        }
        FakeAccess coordinator = new FakeAccess("np.coordinator", Role.COORDINATOR);
        try (TenantContext.Scope in = coordinator.enter()) {
            assertThatThrownBy(() -> declaration(coordinator)
                    .authorize(undpReview(GrantLifecycle.DECLARE_CONFLICT, null, null)))
                    .isInstanceOf(ForbiddenException.class);
        }
        assertThat(coordinator.denials).containsExactly("403 ReviewerOfAgency.require: needs reviewer in NP");
        FakeAccess undp = new FakeAccess("np.reviewer.undp", Agency.UNDP, Role.REVIEWER);
        try (TenantContext.Scope in = undp.enter()) {
            declaration(undp).authorize(undpReview(GrantLifecycle.DECLARE_CONFLICT, null, null));
        }
        assertThat(undp.denials).isEmpty();
    }

    @Test
    void noConflictMakesTheReviewTheReviewersToScore() {
        FakeAccess undp = new FakeAccess("np.reviewer.undp", Agency.UNDP, Role.REVIEWER);
        Map<String, Object> variables;
        try (TenantContext.Scope in = undp.enter()) {
            variables = declaration(undp).apply(undpReview(GrantLifecycle.DECLARE_CONFLICT, null, null),
                    new ConflictPayload(false, null));
        }
        assertThat(variables).isEqualTo(Map.of(GrantLifecycle.VAR_CONFLICT, false,
                GrantLifecycle.VAR_REVIEWER, "np.reviewer.undp"));
        assertThat(declarations).extracting(ConflictDeclaration::reviewer).containsExactly("np.reviewer.undp");
        assertThat(audit.entries).containsExactly(new RecordedAudit.Entry("np.reviewer.undp", "NO_CONFLICT_DECLARED",
                "PROPOSAL", 1, null, null, "UNDP review taken"));
    }

    @Test
    void aConflictReturnsTheReviewToThePoolWithoutTheReviewer() {
        FakeAccess undp = new FakeAccess("np.reviewer.undp2", Agency.UNDP, Role.REVIEWER);
        Map<String, Object> variables;
        try (TenantContext.Scope in = undp.enter()) {
            variables = declaration(undp).apply(undpReview(GrantLifecycle.DECLARE_CONFLICT, null, "np.reviewer.undp"),
                    new ConflictPayload(true, "My brother runs the partner NGO"));
        }
        assertThat(variables).isEqualTo(Map.of(GrantLifecycle.VAR_CONFLICT, true,
                GrantLifecycle.VAR_EXCLUDED_REVIEWERS, "np.reviewer.undp,np.reviewer.undp2"));
        assertThat(audit.entries).containsExactly(new RecordedAudit.Entry("np.reviewer.undp2", "CONFLICT_DECLARED",
                "PROPOSAL", 1, null, null, "UNDP review to be assigned to another reviewer: My brother runs the partner NGO"));
    }

    @Test
    void aConflictNeedsAStatementAndNothingIsRecordedWithout() {
        FakeAccess undp = new FakeAccess("np.reviewer.undp", Agency.UNDP, Role.REVIEWER);
        try (TenantContext.Scope in = undp.enter()) {
            assertThatThrownBy(() -> declaration(undp).apply(undpReview(GrantLifecycle.DECLARE_CONFLICT, null, null),
                    new ConflictPayload(true, " "))).isInstanceOf(DomainException.class)
                    .hasMessage("Say what the conflict of interest is");
        }
        assertThat(declarations).isEmpty();
        assertThat(audit.entries).isEmpty();
        assertThat(violations(new ConflictPayload(null, "x".repeat(1001)))).containsExactly(
                "conflict: Say whether you have a conflict of interest",
                "statement: The statement can have at most 1000 characters");
    }

    @Test
    void onlyTheReviewerWhoTookTheReviewScoresIt() {
        FakeAccess other = new FakeAccess("np.reviewer.undp2", Agency.UNDP, Role.REVIEWER);
        try (TenantContext.Scope in = other.enter()) {
            assertThatThrownBy(() -> scoring(other).authorize(undpReview(GrantLifecycle.SCORE_PROPOSAL,
                    "np.reviewer.undp", null))).isInstanceOf(ForbiddenException.class)
                    .hasMessage("Only the reviewer who declared no conflict scores this review");
        }
        FakeAccess iom = new FakeAccess("np.reviewer.undp", Agency.IOM, Role.REVIEWER);
        try (TenantContext.Scope in = iom.enter()) {
            assertThatThrownBy(() -> scoring(iom).authorize(undpReview(GrantLifecycle.SCORE_PROPOSAL,
                    "np.reviewer.undp", null))).isInstanceOf(ForbiddenException.class)
                    .hasMessage("This review is for a reviewer of UNDP");
        }
        FakeAccess taker = new FakeAccess("np.reviewer.undp", Agency.UNDP, Role.REVIEWER);
        try (TenantContext.Scope in = taker.enter()) {
            scoring(taker).authorize(undpReview(GrantLifecycle.SCORE_PROPOSAL, "np.reviewer.undp", null));
        }
        assertThat(taker.denials).isEmpty();
    }

    @Test
    void aScoreIsWeighedWithTheCountrysWeightsAndAudited() {
        FakeAccess undp = new FakeAccess("np.reviewer.undp", Agency.UNDP, Role.REVIEWER);
        Map<String, Object> variables;
        try (TenantContext.Scope in = undp.enter()) {
            variables = scoring(undp).apply(undpReview(GrantLifecycle.SCORE_PROPOSAL, "np.reviewer.undp", null),
                    new ReviewScoring(5, 3, 3, 3, 3, 3, Recommendation.FUND_WITH_CHANGES, "Strong local ownership"));
        }
        assertThat(variables).isEmpty();
        assertThat(reviews).hasSize(1);
        assertThat(reviews.get(0).weightedScore()).isEqualByComparingTo("3.40");
        assertThat(reviews.get(0).agency()).isEqualTo(Agency.UNDP);
        assertThat(reviews.get(0).reviewRound()).isEqualTo(1);
        assertThat(audit.entries).containsExactly(new RecordedAudit.Entry("np.reviewer.undp", "REVIEW_SCORED",
                "PROPOSAL", 1, null, null, "UNDP weighted score 3.40, FUND_WITH_CHANGES"));
    }

    @Test
    void everyCriterionIsScoredFromOneToFive() {
        assertThat(violations(new ReviewScoring(0, 6, null, 3, 3, 3, null, "x".repeat(4001)))).containsExactly(
                "comments: The comments can have at most 4000 characters",
                "localOwnership: Score local ownership from 1 to 5",
                "recommendation: Choose a recommendation",
                "relevance: Scores are from 1 to 5",
                "scalability: Scores are from 1 to 5");
    }
}
