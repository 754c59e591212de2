package org.m4d.grants.proposal.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.m4d.grants.workflow.application.Steps.step;
import static org.m4d.grants.workflow.application.Steps.violations;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.m4d.grants.testing.InMemoryMarkerRequirements;
import org.m4d.grants.testing.Wiring;
import org.m4d.grants.audit.application.RecordedAudit;
import org.m4d.grants.identity.application.FakeAccess;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.platform.application.FiredEvents;
import org.m4d.grants.platform.application.TenantContext;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.ForbiddenException;
import org.m4d.grants.proposal.domain.Decision;
import org.m4d.grants.proposal.domain.LeadActor;
import org.m4d.grants.proposal.domain.Proposal;
import org.m4d.grants.proposal.domain.ProposalState;
import org.m4d.grants.proposal.domain.Sector;
import org.m4d.grants.workflow.application.NotePayload;
import org.m4d.grants.workflow.domain.GrantLifecycle;
import org.m4d.grants.testing.FixedProgramme;

/** The rules of the proposal context's steps: endorsement, screening, revision, overdue review, approval. */
class ProposalHandlersTest {

    private final Proposals proposals = new Proposals();
    private final RecordedAudit audit = new RecordedAudit();
    private final List<ProposalDecided> decided = new ArrayList<>();

    private NationalEndorsement wire(NationalEndorsement handler, FakeAccess user) {
        handler.access = user.access;
        handler.proposals = proposals.service();
        handler.audit = audit;
        handler.decisions = new FiredEvents<>(decided::add);
        return handler;
    }

    private ScreenEligibility wire(ScreenEligibility handler, FakeAccess user) {
        handler.access = user.access;
        handler.proposals = proposals.service();
        handler.audit = audit;
        handler.decisions = new FiredEvents<>(decided::add);
        return handler;
    }

    private ApproveGrant wire(ApproveGrant handler, FakeAccess user) {
        handler.access = user.access;
        handler.proposals = proposals.service();
        handler.audit = audit;
        handler.decisions = new FiredEvents<>(decided::add);
        return handler;
    }

    private HandleOverdueReview wire(HandleOverdueReview handler, FakeAccess user) {
        handler.access = user.access;
        handler.proposals = proposals.service();
        handler.audit = audit;
        return handler;
    }

    /** A draft without a profile never reads the programme's window. */
    private ReviseProposal wire(ReviseProposal handler, FakeAccess user) {
        handler.access = user.access;
        handler.proposals = proposals.service();
        handler.audit = audit;
        handler.programme = new FixedProgramme(List.of(), List.of(), List.of());
        handler.fit = Wiring.wire(new ProgrammeFit(), handler.programme, new InMemoryMarkerRequirements());
        return handler;
    }

    @Test
    void onlyANationalFocalPointEndorses() {
        FakeAccess coordinator = new FakeAccess("np.coordinator", Role.COORDINATOR);
        NationalEndorsement handler = wire(new NationalEndorsement(), coordinator);
        try (TenantContext.Scope in = coordinator.enter()) {
            assertThatThrownBy(() -> handler.authorize(step(GrantLifecycle.NATIONAL_ENDORSEMENT, 1)))
                    .isInstanceOf(ForbiddenException.class);
        }
        assertThat(coordinator.denials).containsExactly("403 NationalEndorsement.authorize: needs national-focal-point in NP");
    }

    @Test
    void anEndorsementKeepsTheProposalSubmittedAndTellsTheLifecycle() {
        FakeAccess focal = new FakeAccess("np.focal", Role.NATIONAL_FOCAL_POINT);
        Proposal proposal = proposals.submitted(1, LeadActor.LOCAL_AUTHORITY);
        NationalEndorsement handler = wire(new NationalEndorsement(), focal);
        Map<String, Object> variables;
        try (TenantContext.Scope in = focal.enter()) {
            handler.authorize(step(GrantLifecycle.NATIONAL_ENDORSEMENT, 1));
            variables = handler.apply(step(GrantLifecycle.NATIONAL_ENDORSEMENT, 1), new Endorsement(true, "In line"));
        }
        assertThat(variables).isEqualTo(Map.of(GrantLifecycle.VAR_ENDORSED, true));
        assertThat(proposal.state()).isEqualTo(ProposalState.SUBMITTED);
        assertThat(audit.entries).containsExactly(new RecordedAudit.Entry("np.focal", "ENDORSED", "PROPOSAL", 1,
                "SUBMITTED", "SUBMITTED", "In line"));
    }

    @Test
    void aDeclinedEndorsementReturnsTheProposalForRevision() {
        FakeAccess focal = new FakeAccess("np.focal", Role.NATIONAL_FOCAL_POINT);
        Proposal proposal = proposals.submitted(1, LeadActor.LOCAL_AUTHORITY);
        Map<String, Object> variables;
        try (TenantContext.Scope in = focal.enter()) {
            variables = wire(new NationalEndorsement(), focal)
                    .apply(step(GrantLifecycle.NATIONAL_ENDORSEMENT, 1), new Endorsement(false, null));
        }
        assertThat(variables).isEqualTo(Map.of(GrantLifecycle.VAR_ENDORSED, false));
        assertThat(proposal.state()).isEqualTo(ProposalState.IN_REVISION);
        assertThat(audit.entries).extracting(RecordedAudit.Entry::action).containsExactly("NOT_ENDORSED");
        assertThat(decided).containsExactly(new ProposalDecided("NP", 1, ProposalDecided.Outcome.RETURNED, null, "np.focal"));
    }

    @Test
    void aNationallyLedProposalIsNotEndorsedAndNothingIsRecorded() {
        FakeAccess focal = new FakeAccess("np.focal", Role.NATIONAL_FOCAL_POINT);
        proposals.submitted(1, LeadActor.NATIONAL_INSTITUTION);
        try (TenantContext.Scope in = focal.enter()) {
            assertThatThrownBy(() -> wire(new NationalEndorsement(), focal)
                    .apply(step(GrantLifecycle.NATIONAL_ENDORSEMENT, 1), new Endorsement(true, null)))
                    .isInstanceOf(DomainException.class);
        }
        assertThat(audit.entries).isEmpty();
    }

    @Test
    void anEndorsementSaysYesOrNoWithAShortComment() {
        assertThat(violations(new Endorsement(null, "x".repeat(1001)))).containsExactly(
                "comment: The comment can have at most 1000 characters",
                "endorsed: Say whether the proposal is endorsed");
        assertThat(violations(new Endorsement(true, "x".repeat(1000)))).isEmpty();
    }

    @Test
    void onlyACoordinatorScreens() {
        FakeAccess applicant = new FakeAccess("np.applicant", Role.APPLICANT);
        try (TenantContext.Scope in = applicant.enter()) {
            assertThatThrownBy(() -> wire(new ScreenEligibility(), applicant)
                    .authorize(step(GrantLifecycle.SCREEN_ELIGIBILITY, 1))).isInstanceOf(ForbiddenException.class);
        }
        assertThat(applicant.denials).containsExactly("403 ScreenEligibility.authorize: needs coordinator in NP");
    }

    @Test
    void screeningRoutesEachDecisionWithItsAuditEntry() {
        FakeAccess coordinator = new FakeAccess("np.coordinator", Role.COORDINATOR);
        Map<Decision, String> routes = new java.util.EnumMap<>(Decision.class);
        Map<Decision, ProposalState> states = new java.util.EnumMap<>(Decision.class);
        try (TenantContext.Scope in = coordinator.enter()) {
            for (Decision decision : Decision.values()) {
                Proposal proposal = proposals.submitted(decision.ordinal() + 1, LeadActor.OTHER);
                routes.put(decision, (String) wire(new ScreenEligibility(), coordinator).apply(
                        step(GrantLifecycle.SCREEN_ELIGIBILITY, proposal.id()), new DecisionPayload(decision, "Seen"))
                        .get(GrantLifecycle.VAR_SCREENING));
                states.put(decision, proposal.state());
            }
        }
        assertThat(routes).isEqualTo(Map.of(Decision.ACCEPT, "eligible", Decision.REVISE, "revise",
                Decision.REJECT, "reject"));
        assertThat(states).isEqualTo(Map.of(Decision.ACCEPT, ProposalState.UNDER_REVIEW,
                Decision.REVISE, ProposalState.IN_REVISION, Decision.REJECT, ProposalState.REJECTED));
        assertThat(audit.entries).extracting(RecordedAudit.Entry::action)
                .containsExactly("SCREENED_ELIGIBLE", "RETURNED_FOR_REVISION", "SCREENED_REJECTED");
        assertThat(decided).as("eligible is no decision the applicant hears of").containsExactly(
                new ProposalDecided("NP", 2, ProposalDecided.Outcome.RETURNED, "Seen", "np.coordinator"),
                new ProposalDecided("NP", 3, ProposalDecided.Outcome.REJECTED, "Seen", "np.coordinator"));
    }

    @Test
    void aDecisionIsChosenWithAShortComment() {
        assertThat(violations(new DecisionPayload(null, "x".repeat(1001)))).containsExactly(
                "comment: The comment can have at most 1000 characters",
                "decision: Choose ACCEPT, REVISE or REJECT");
    }

    @Test
    void theApplicantRevisesAndTheLifecycleRoutesTheNewRoundByTheRevisedFacts() {
        FakeAccess applicant = new FakeAccess("np.applicant", Role.APPLICANT);
        Proposal proposal = proposals.submitted(1, LeadActor.LOCAL_AUTHORITY);
        proposal.screen(Decision.REVISE);
        Map<String, Object> variables;
        try (TenantContext.Scope in = applicant.enter()) {
            ReviseProposal handler = wire(new ReviseProposal(), applicant);
            handler.authorize(step(GrantLifecycle.REVISE_PROPOSAL, 1));
            variables = handler.apply(step(GrantLifecycle.REVISE_PROPOSAL, 1), new ProposalDraft("Phase 1",
                    Sector.HEALTH, LeadActor.NATIONAL_INSTITUTION, new BigDecimal("132500"), null, null, null, null));
        }
        assertThat(variables).isEqualTo(Map.of(GrantLifecycle.VAR_APPLICANT, "np.applicant",
                GrantLifecycle.VAR_LEAD_ACTOR, "NATIONAL_INSTITUTION", GrantLifecycle.VAR_SECTOR, "HEALTH",
                GrantLifecycle.VAR_AMOUNT_USD, 1000L));
        assertThat(proposal.state()).isEqualTo(ProposalState.SUBMITTED);
        assertThat(proposal.reviewRound()).isEqualTo(2);
        assertThat(proposal.title()).isEqualTo("Phase 1");
        assertThat(audit.entries).containsExactly(new RecordedAudit.Entry("np.applicant", "REVISED", "PROPOSAL", 1,
                "IN_REVISION", "SUBMITTED", "Review round 2"));
    }

    @Test
    void onlyAnApplicantRevises() {
        FakeAccess finance = new FakeAccess("np.finance", Role.FINANCE);
        try (TenantContext.Scope in = finance.enter()) {
            assertThatThrownBy(() -> wire(new ReviseProposal(), finance)
                    .authorize(step(GrantLifecycle.REVISE_PROPOSAL, 1))).isInstanceOf(ForbiddenException.class);
        }
    }

    @Test
    void aProposalNotReturnedCannotBeRevised() {
        FakeAccess applicant = new FakeAccess("np.applicant", Role.APPLICANT);
        Proposal proposal = proposals.submitted(1, LeadActor.OTHER);
        try (TenantContext.Scope in = applicant.enter()) {
            assertThatThrownBy(() -> wire(new ReviseProposal(), applicant).apply(step(GrantLifecycle.REVISE_PROPOSAL, 1),
                    new ProposalDraft("Phase 1", Sector.HEALTH, LeadActor.OTHER, BigDecimal.TEN, null, null, null, null)))
                    .isInstanceOf(DomainException.class);
        }
        assertThat(proposal.title()).isEqualTo("Skills recognition for returnees");
        assertThat(audit.entries).isEmpty();
    }

    @Test
    void aCoordinatorOrTheProgrammeUnitApprovesNobodyElse() {
        for (Role role : new Role[] {Role.COORDINATOR, Role.PMU}) {
            FakeAccess approver = new FakeAccess("approver", role);
            try (TenantContext.Scope in = approver.enter()) {
                wire(new ApproveGrant(), approver).authorize(step(GrantLifecycle.APPROVE_GRANT, 1));
            }
            assertThat(approver.denials).as(role.id()).isEmpty();
        }
        FakeAccess finance = new FakeAccess("np.finance", Role.FINANCE);
        try (TenantContext.Scope in = finance.enter()) {
            assertThatThrownBy(() -> wire(new ApproveGrant(), finance).authorize(step(GrantLifecycle.APPROVE_GRANT, 1)))
                    .isInstanceOf(ForbiddenException.class);
        }
        assertThat(finance.denials).containsExactly("403 ApproveGrant.authorize: needs coordinator or pmu in NP");
    }

    @Test
    void anApprovalNamesTheApproverForTheAgreement() {
        FakeAccess pmu = new FakeAccess("pmu", Role.PMU);
        Proposal proposal = proposals.awaitingApproval(1);
        Map<String, Object> variables;
        try (TenantContext.Scope in = pmu.enter()) {
            variables = wire(new ApproveGrant(), pmu).apply(step(GrantLifecycle.APPROVE_GRANT, 1),
                    new DecisionPayload(Decision.ACCEPT, null));
        }
        assertThat(variables).isEqualTo(Map.of(GrantLifecycle.VAR_APPROVAL, "approve",
                GrantLifecycle.VAR_APPROVED_BY, "pmu"));
        assertThat(proposal.state()).isEqualTo(ProposalState.APPROVED);
        assertThat(audit.entries).containsExactly(new RecordedAudit.Entry("pmu", "APPROVED", "PROPOSAL", 1,
                "AWAITING_APPROVAL", "APPROVED", null));
        assertThat(decided).containsExactly(new ProposalDecided("NP", 1, ProposalDecided.Outcome.APPROVED, null, "pmu"));
    }

    @Test
    void returningOrRejectingNeedsAReasonAndRoutesTheLifecycle() {
        FakeAccess coordinator = new FakeAccess("np.coordinator", Role.COORDINATOR);
        Proposal proposal = proposals.awaitingApproval(1);
        try (TenantContext.Scope in = coordinator.enter()) {
            ApproveGrant handler = wire(new ApproveGrant(), coordinator);
            for (Decision decision : new Decision[] {Decision.REVISE, Decision.REJECT}) {
                assertThatThrownBy(() -> handler.apply(step(GrantLifecycle.APPROVE_GRANT, 1),
                        new DecisionPayload(decision, " "))).isInstanceOf(DomainException.class)
                        .hasMessage("Give the applicant a reason");
            }
            assertThat(proposal.state()).isEqualTo(ProposalState.AWAITING_APPROVAL);
            assertThat(audit.entries).isEmpty();
            assertThat(handler.apply(step(GrantLifecycle.APPROVE_GRANT, 1),
                    new DecisionPayload(Decision.REJECT, "Outside the programme's scope")))
                    .isEqualTo(Map.of(GrantLifecycle.VAR_APPROVAL, "reject", GrantLifecycle.VAR_APPROVED_BY,
                            "np.coordinator"));
        }
        assertThat(proposal.state()).isEqualTo(ProposalState.REJECTED);
        assertThat(audit.entries).extracting(RecordedAudit.Entry::action, RecordedAudit.Entry::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("REJECTED", "Outside the programme's scope"));
        assertThat(decided).as("a refused decision tells nobody").containsExactly(new ProposalDecided("NP", 1,
                ProposalDecided.Outcome.REJECTED, "Outside the programme's scope", "np.coordinator"));
    }

    @Test
    void aReturnedApprovalGoesBackForRevision() {
        FakeAccess coordinator = new FakeAccess("np.coordinator", Role.COORDINATOR);
        Proposal proposal = proposals.awaitingApproval(1);
        try (TenantContext.Scope in = coordinator.enter()) {
            assertThat(wire(new ApproveGrant(), coordinator).apply(step(GrantLifecycle.APPROVE_GRANT, 1),
                    new DecisionPayload(Decision.REVISE, "Split it")).get(GrantLifecycle.VAR_APPROVAL)).isEqualTo("revise");
        }
        assertThat(proposal.state()).isEqualTo(ProposalState.IN_REVISION);
        assertThat(audit.entries).extracting(RecordedAudit.Entry::action).containsExactly("RETURNED_FOR_REVISION");
        assertThat(decided).containsExactly(new ProposalDecided("NP", 1, ProposalDecided.Outcome.RETURNED, "Split it",
                "np.coordinator"));
    }

    @Test
    void anOverdueReviewIsHandledByACoordinatorWithANote() {
        FakeAccess reviewer = new FakeAccess("np.reviewer.iom", Role.REVIEWER);
        try (TenantContext.Scope in = reviewer.enter()) {
            assertThatThrownBy(() -> wire(new HandleOverdueReview(), reviewer)
                    .authorize(step(GrantLifecycle.HANDLE_OVERDUE_REVIEW, 1))).isInstanceOf(ForbiddenException.class);
        }
        FakeAccess coordinator = new FakeAccess("np.coordinator", Role.COORDINATOR);
        Proposal proposal = proposals.submitted(1, LeadActor.OTHER);
        proposal.screen(Decision.ACCEPT);
        try (TenantContext.Scope in = coordinator.enter()) {
            assertThat(wire(new HandleOverdueReview(), coordinator).apply(step(GrantLifecycle.HANDLE_OVERDUE_REVIEW, 1),
                    new NotePayload("Called the UNDP reviewer"))).isEmpty();
        }
        assertThat(proposal.state()).isEqualTo(ProposalState.UNDER_REVIEW);
        assertThat(audit.entries).containsExactly(new RecordedAudit.Entry("np.coordinator", "OVERDUE_REVIEW_HANDLED",
                "PROPOSAL", 1, "UNDER_REVIEW", "UNDER_REVIEW", "Called the UNDP reviewer"));
        assertThat(violations(new NotePayload("x".repeat(1001))))
                .containsExactly("note: The note can have at most 1000 characters");
    }
}
