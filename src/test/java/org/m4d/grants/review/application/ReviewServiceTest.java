package org.m4d.grants.review.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.m4d.grants.audit.domain.AuditEntry;
import org.m4d.grants.platform.domain.Agency;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.ForbiddenException;
import org.m4d.grants.proposal.domain.Decision;
import org.m4d.grants.proposal.domain.LeadActor;
import org.m4d.grants.proposal.domain.Proposal;
import org.m4d.grants.proposal.domain.ProposalState;
import org.m4d.grants.review.domain.ConflictDeclaration;
import org.m4d.grants.review.domain.Criterion;
import org.m4d.grants.review.domain.Recommendation;
import org.m4d.grants.review.domain.Review;
import org.m4d.grants.testing.UseCases;

/** The rules of technical reviews: who sees which review, the round's close, and the review tasks' guards. */
class ReviewServiceTest {

    private final UseCases app = new UseCases();
    private final ReviewService service = app.reviews;
    private final long proposal;

    ReviewServiceTest() {
        app.user.as("np.applicant", "NP", Role.APPLICANT);
        proposal = app.in("NP", () -> app.draft("Remittances for rural clinics", LeadActor.OTHER, "1500000"));
        app.in("NP", () -> app.proposals.submit(proposal));
        app.in("NP", () -> app.proposal(proposal).screen(Decision.ACCEPT));
    }

    @AfterEach
    void leaveTheCountry() {
        app.context.clear();
    }

    /** A review of the proposal's current round, every criterion scored alike but relevance (weighted 25%). */
    private Review scored(Agency agency, String reviewer, int relevance, int others) {
        return app.in("NP", () -> {
            Review review = new Review(proposal, app.proposal(proposal).reviewRound(), agency, reviewer,
                    Criterion.inOrder(relevance, others, others, others, others, others), app.weights.weightsOf(),
                    Recommendation.FUND, null, Instant.now());
            app.reviewRows.store(review);
            return review;
        });
    }

    private void cleared(String reviewer, Agency agency) {
        app.in("NP", () -> app.reviewRows.store(new ConflictDeclaration(proposal, app.proposal(proposal).reviewRound(),
                agency, reviewer, false, null, Instant.now())));
    }

    @Test
    void aCoordinatorSeesEveryReviewAndTheApplicantNone() {
        Review iom = scored(Agency.IOM, "np.reviewer.iom", 5, 3);
        Review undp = scored(Agency.UNDP, "np.reviewer.undp", 4, 4);
        app.user.as("np.coordinator", "NP", Role.COORDINATOR);
        assertThat(app.in("NP", () -> service.ofProposal(proposal))).containsExactly(iom, undp);

        app.user.as("np.applicant", "NP", Role.APPLICANT);
        assertThatThrownBy(() -> app.in("NP", () -> service.ofProposal(proposal)))
                .isExactlyInstanceOf(ForbiddenException.class);
    }

    @Test
    void aClearedReviewerSeesTheOtherAgencysReviewOnlyOnceBothAreIn() {
        Review iom = scored(Agency.IOM, "np.reviewer.iom", 5, 3);
        app.user.asReviewer("np.reviewer.iom", "NP", Agency.IOM);
        cleared("np.reviewer.iom", Agency.IOM);
        assertThat(app.in("NP", () -> service.ofProposal(proposal))).containsExactly(iom);

        Review undp = scored(Agency.UNDP, "np.reviewer.undp", 4, 4);

        assertThat(app.in("NP", () -> service.ofProposal(proposal))).containsExactly(iom, undp);
    }

    @Test
    void aReviewerWhoHasNotDeclaredSeesNoReview() {
        scored(Agency.IOM, "np.reviewer.iom", 5, 3);
        app.user.asReviewer("np.reviewer.undp", "NP", Agency.UNDP);

        assertThatThrownBy(() -> app.in("NP", () -> service.ofProposal(proposal)))
                .isExactlyInstanceOf(ForbiddenException.class);
    }

    @Test
    void clearanceIsTheSignedInReviewersOwnInTheRoundAsked() {
        app.user.asReviewer("np.reviewer.iom", "NP", Agency.IOM);
        cleared("np.reviewer.undp", Agency.UNDP);
        assertThat(app.in("NP", () -> service.declaredNoConflict(proposal, 1))).isFalse();
        assertThat(app.in("NP", () -> service.clearedProposals())).isEmpty();

        cleared("np.reviewer.iom", Agency.IOM);

        assertThat(app.in("NP", () -> service.declaredNoConflict(proposal, 1))).isTrue();
        assertThat(app.in("NP", () -> service.declaredNoConflict(proposal, 2))).isFalse();
        assertThat(app.in("NP", () -> service.clearedProposals())).containsExactly(proposal);
    }

    @Test
    void closingTheRoundAveragesItsWeightedScoresAndSendsTheProposalForApproval() {
        scored(Agency.IOM, "np.reviewer.iom", 5, 3);
        scored(Agency.UNDP, "np.reviewer.undp", 4, 4);

        double average = app.in("NP", () -> service.closeRound(proposal));

        assertThat(average).isEqualTo(3.75);
        Proposal closed = app.in("NP", () -> app.proposal(proposal));
        assertThat(closed.state()).isEqualTo(ProposalState.AWAITING_APPROVAL);
        AuditEntry entry = app.in("NP", () -> app.lastEntryOn(proposal));
        assertThat(entry.action()).isEqualTo("REVIEWS_COMPLETE");
        assertThat(entry.detail()).isEqualTo("Average weighted score 3.75");
    }

    @Test
    void reviewsOfAnEarlierRoundDoNotCountInTheNextOne() {
        scored(Agency.IOM, "np.reviewer.iom", 1, 1);
        app.in("NP", () -> {
            Proposal p = app.proposal(proposal);
            p.reviewsComplete();
            p.decide(Decision.REVISE);
            p.resubmit(Instant.now());
            p.screen(Decision.ACCEPT);
        });
        scored(Agency.IOM, "np.reviewer.iom", 5, 5);

        assertThat(app.in("NP", () -> service.closeRound(proposal))).isEqualTo(5.0);
    }

    @Test
    void aRoundWithoutAScoredReviewIsNotClosed() {
        Throwable refused = catchThrowable(() -> app.in("NP", () -> service.closeRound(proposal)));

        assertThat(((DomainException) refused).messageKey()).isEqualTo("error.review.noneScored");
        assertThat(app.in("NP", () -> app.proposal(proposal)).state()).isEqualTo(ProposalState.UNDER_REVIEW);
    }
}
