package org.m4d.grants.proposal.application;

import org.m4d.grants.identity.application.AccessDenied;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.m4d.grants.audit.domain.AuditEntry;
import org.m4d.grants.partner.application.PartnerInput;
import org.m4d.grants.partner.domain.PartnerType;
import org.m4d.grants.platform.domain.Agency;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.platform.domain.ConflictException;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.ForbiddenException;
import org.m4d.grants.platform.domain.Money;
import org.m4d.grants.platform.domain.NotFoundException;
import org.m4d.grants.proposal.domain.LeadActor;
import org.m4d.grants.proposal.domain.Proposal;
import org.m4d.grants.proposal.domain.ProposalSearch;
import org.m4d.grants.proposal.domain.ProposalState;
import org.m4d.grants.proposal.domain.Sector;
import org.m4d.grants.review.domain.ConflictDeclaration;
import org.m4d.grants.testing.UseCases;
import org.m4d.grants.workflow.application.FakeWorkflow;
import org.m4d.grants.workflow.domain.DiagramView;
import org.m4d.grants.workflow.domain.GrantLifecycle;

/** The proposal use cases' rules, on repositories in memory and the workflow port's fake. */
class ProposalServiceTest {

    private final UseCases app = new UseCases();
    private final ProposalService service = app.proposals;

    @AfterEach
    void leaveTheCountry() {
        app.context.clear();
    }

    private long nepaleseDraft() {
        app.user.as("np.applicant", "NP", Role.APPLICANT);
        return app.in("NP", () -> app.draft("Remittances for rural clinics", LeadActor.NATIONAL_INSTITUTION, "1500000"));
    }

    private long submitted() {
        long id = nepaleseDraft();
        app.in("NP", () -> service.submit(id));
        return id;
    }

    private static ProposalDraft draft(String title, String amount) {
        return new ProposalDraft(title, Sector.HEALTH, LeadActor.OTHER, new BigDecimal(amount), null, null, null, null);
    }

    @Test
    void anApplicantCreatesADraftInTheCountrysCurrencyAndNothingGoesToTheWorkflow() {
        long id = nepaleseDraft();

        Proposal proposal = app.in("NP", () -> app.proposal(id));
        assertThat(proposal.state()).isEqualTo(ProposalState.DRAFT);
        assertThat(proposal.requestedAmount()).isEqualTo(Money.of(new BigDecimal("1500000.00"), "NPR"));
        assertThat(proposal.createdBy()).isEqualTo("np.applicant");
        assertThat(app.in("NP", () -> app.actionsOn(id))).containsExactly("CREATED");
        assertThat(app.workflow.starts()).isEmpty();
    }

    @Test
    void anOutcomeTheProposalsPhaseLacksIsRefusedAndNothingIsWritten() {
        app.user.as("np.applicant", "NP", Role.APPLICANT);
        ProfileInput fourth = new ProfileInput(null, java.util.Set.of(1, 4), null, null, null, null, null, null, null,
                null, null, null, null, null);

        Throwable refused = catchThrowable(() -> app.in("NP", () -> service.create(new ProposalDraft("Clinic",
                Sector.HEALTH, LeadActor.OTHER, new BigDecimal("100"), fourth, null, null, null))));

        assertThat(refused).isExactlyInstanceOf(DomainException.class)
                .hasMessage("The proposal's phase TEST-PHASE has outcomes 1, 2, 3");
        assertThat(((DomainException) refused).messageKey()).isEqualTo("error.proposal.outcomes");
        assertThat(app.in("NP", () -> app.proposalRows.all(0, 10))).isEmpty();
        assertThat(app.in("NP", () -> app.audit.entries())).isEmpty();
    }

    /** A call for Nepal open from 2026-03-01 to 2026-04-30. */
    private long springCall() {
        org.m4d.grants.programme.domain.Call call = org.m4d.grants.programme.domain.Call.open("TEST-PHASE",
                "Spring call", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 30),
                Map.of("NP", new BigDecimal("100000")), java.util.Set.of("NP", "SN"), "pmu", java.time.Instant.EPOCH);
        app.callRows.add(call);
        return call.id();
    }

    private static java.time.Clock on(String day) {
        return java.time.Clock.fixed(java.time.Instant.parse(day + "T06:00:00Z"), java.time.ZoneOffset.UTC);
    }

    @Test
    void aDraftWithoutACallIsMadeForTheStandingCallOfThePhaseInForce() {
        long id = nepaleseDraft();

        assertThat(app.in("NP", () -> app.proposal(id)).callId()).isEqualTo(1L);
    }

    @Test
    void aProposalIsMadeForAnOpenCallAndItsSubmissionAfterTheCloseIsRefusedWithTheDate() {
        long call = springCall();
        app.user.as("np.applicant", "NP", Role.APPLICANT);
        service.clock = on("2026-04-30");
        long id = app.in("NP", () -> service.create(new ProposalDraft("Clinic", Sector.HEALTH, LeadActor.OTHER,
                new BigDecimal("1000"), null, null, call, null)));
        assertThat(app.in("NP", () -> app.proposal(id)).callId()).isEqualTo(call);

        service.clock = on("2026-05-01");
        Throwable refused = catchThrowable(() -> app.in("NP", () -> service.submit(id)));

        assertThat(refused).isExactlyInstanceOf(DomainException.class)
                .hasMessage("The call \"Spring call\" closed on 2026-04-30");
        assertThat(((DomainException) refused).messageKey()).isEqualTo("error.call.closed");
        assertThat(app.in("NP", () -> app.proposal(id)).state()).isEqualTo(ProposalState.DRAFT);
        assertThat(app.workflow.starts()).isEmpty();
        assertThat(app.in("NP", () -> app.actionsOn(id))).containsExactly("CREATED");
    }

    @Test
    void aDraftForACallNotYetOpenOrOfAnotherCountryIsRefusedAndNothingIsWritten() {
        long call = springCall();
        app.user.as("sn.applicant", "SN", Role.APPLICANT);
        service.clock = on("2026-03-15");
        assertThatThrownBy(() -> app.in("SN", () -> service.create(new ProposalDraft("Clinic", Sector.HEALTH,
                LeadActor.OTHER, new BigDecimal("1000"), null, null, call, null))))
                .isExactlyInstanceOf(DomainException.class).hasMessage("There is no call " + call + " for SN");
        app.user.as("np.applicant", "NP", Role.APPLICANT);
        service.clock = on("2026-02-28");
        assertThatThrownBy(() -> app.in("NP", () -> service.create(new ProposalDraft("Clinic", Sector.HEALTH,
                LeadActor.OTHER, new BigDecimal("1000"), null, null, call, null))))
                .isExactlyInstanceOf(DomainException.class).hasMessage("The call \"Spring call\" opens on 2026-03-01");

        assertThat(app.in("NP", () -> app.proposalRows.all(0, 10))).isEmpty();
        assertThat(app.in("SN", () -> app.proposalRows.all(0, 10))).isEmpty();
    }

    @Test
    void aCoordinatorMayNotCreateAProposalAndTheRefusalIsAudited() {
        app.user.as("np.coordinator", "NP", Role.COORDINATOR);

        assertThatThrownBy(() -> app.in("NP", () -> app.draft("Clinic", LeadActor.OTHER, "100")))
                .isExactlyInstanceOf(ForbiddenException.class);
        assertThat(app.in("NP", () -> app.proposalRows.all(0, 10))).isEmpty();
        assertThat(app.denials).extracting(AccessDenied::tenant, AccessDenied::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("NP", 403));
    }

    @Test
    void aCountryTheApplicantDoesNotBelongToDoesNotExistForThem() {
        app.user.as("np.applicant", "NP", Role.APPLICANT);

        assertThatThrownBy(() -> app.in("SN", () -> app.draft("Clinic", LeadActor.OTHER, "100")))
                .isExactlyInstanceOf(NotFoundException.class);
        assertThat(app.in("SN", () -> app.proposalRows.all(0, 10))).isEmpty();
        assertThat(app.denials).extracting(AccessDenied::tenant, AccessDenied::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("NP", 404));
    }

    @Test
    void submittingStartsTheLifecycleWithTheRoutingFactsAndRecordsTheDollarAmount() {
        long id = submitted();

        Proposal proposal = app.in("NP", () -> app.proposal(id));
        assertThat(proposal.state()).isEqualTo(ProposalState.SUBMITTED);
        assertThat(proposal.requestedUsd()).isEqualByComparingTo("11235.96");
        FakeWorkflow.Start start = app.workflow.starts().get(0);
        assertThat(app.workflow.starts()).hasSize(1);
        assertThat(start.proposalId()).isEqualTo(id);
        assertThat(start.tenant()).isEqualTo("NP");
        assertThat(start.routing()).isEqualTo(Map.of(
                GrantLifecycle.VAR_APPLICANT, "np.applicant",
                GrantLifecycle.VAR_LEAD_ACTOR, "NATIONAL_INSTITUTION",
                GrantLifecycle.VAR_SECTOR, "EMPLOYMENT",
                GrantLifecycle.VAR_AMOUNT_USD, 11236L));
        assertThat(proposal.processInstanceId()).isEqualTo(start.instanceId());
        AuditEntry entry = app.in("NP", () -> app.lastEntryOn(id));
        assertThat(entry.action()).isEqualTo("SUBMITTED");
        assertThat(entry.fromState()).isEqualTo("DRAFT");
        assertThat(entry.toState()).isEqualTo("SUBMITTED");
        assertThat(entry.detail()).isEqualTo("USD 11235.96 at 133.5 NPR per USD");
    }

    @Test
    void anotherApplicantOfTheCountryMayNotSubmitSomeoneElsesDraft() {
        long id = nepaleseDraft();
        app.user.as("np.applicant2", "NP", Role.APPLICANT);

        assertThatThrownBy(() -> app.in("NP", () -> service.submit(id))).isExactlyInstanceOf(ForbiddenException.class);
        assertThat(app.in("NP", () -> app.proposal(id)).state()).isEqualTo(ProposalState.DRAFT);
        assertThat(app.workflow.starts()).isEmpty();
    }

    @Test
    void aKnowledgeSharingCountrysDraftIsNotSubmittedAndNoLifecycleStarts() {
        app.user.as("bd.applicant", "BD", Role.APPLICANT);
        long id = app.in("BD", () -> app.draft("Skills passports", LeadActor.OTHER, "900000"));

        Throwable refused = catchThrowable(() -> app.in("BD", () -> service.submit(id)));

        assertThat(((DomainException) refused).messageKey()).isEqualTo("error.proposal.notGrantEligible");
        assertThat(app.in("BD", () -> app.proposal(id)).state()).isEqualTo(ProposalState.DRAFT);
        assertThat(app.workflow.starts()).isEmpty();
    }

    @Test
    void aSubmittedProposalIsNotSubmittedASecondTime() {
        long id = submitted();

        Throwable refused = catchThrowable(() -> app.in("NP", () -> service.submit(id)));

        assertThat(((DomainException) refused).messageKey()).isEqualTo("error.proposal.wrongState");
        assertThat(app.workflow.starts()).hasSize(1);
    }

    @Test
    void theOwnerEditsADraftButNotASubmittedProposal() {
        long id = nepaleseDraft();
        app.in("NP", () -> service.update(id, draft("Clinics and schools", "2000000")));
        Proposal proposal = app.in("NP", () -> app.proposal(id));
        assertThat(proposal.title()).isEqualTo("Clinics and schools");
        assertThat(proposal.sector()).isEqualTo(Sector.HEALTH);
        assertThat(proposal.requestedAmount()).isEqualTo(Money.of(new BigDecimal("2000000"), "NPR"));
        assertThat(app.in("NP", () -> app.actionsOn(id))).containsExactly("CREATED", "EDITED");

        app.in("NP", () -> service.submit(id));
        Throwable refused = catchThrowable(() -> app.in("NP", () -> service.update(id, draft("Later", "1"))));

        assertThat(((DomainException) refused).messageKey()).isEqualTo("error.proposal.wrongState");
        assertThat(app.in("NP", () -> app.proposal(id)).title()).isEqualTo("Clinics and schools");
    }

    @Test
    void aSaveAgainstAVersionSomeoneElseChangedSinceIsRefusedAndWritesNothing() {
        long id = nepaleseDraft();
        // a co-applicant saved the draft once since this applicant opened it at version 0
        org.m4d.grants.testing.Wiring.set(app.in("NP", () -> app.proposal(id)), Proposal.class, "version", 1L);

        Throwable refused = catchThrowable(() -> app.in("NP", () -> service.update(id, 0, draft("Mine, unseen theirs", "1"))));

        assertThat(refused).isExactlyInstanceOf(jakarta.persistence.OptimisticLockException.class);
        assertThat(app.in("NP", () -> app.proposal(id)).title()).isEqualTo("Remittances for rural clinics");
        assertThat(app.in("NP", () -> app.actionsOn(id))).containsExactly("CREATED");

        long after = app.in("NP", () -> service.update(id, 1, draft("Clinics, theirs seen", "2000000")));

        assertThat(after).isEqualTo(1L);
        assertThat(app.in("NP", () -> app.proposal(id)).title()).isEqualTo("Clinics, theirs seen");
        assertThat(app.in("NP", () -> app.actionsOn(id))).containsExactly("CREATED", "EDITED");
    }

    @Test
    void anotherApplicantMayNotEditTheDraft() {
        long id = nepaleseDraft();
        app.user.as("np.applicant2", "NP", Role.APPLICANT);

        assertThatThrownBy(() -> app.in("NP", () -> service.update(id, draft("Mine now", "1"))))
                .isExactlyInstanceOf(ForbiddenException.class);
        assertThat(app.in("NP", () -> app.proposal(id)).title()).isEqualTo("Remittances for rural clinics");
    }

    @Test
    void updateAndSubmitRefusedForAnIneligibleCountryLeavesTheDraftForTheCallerToRollBack() {
        app.user.as("bd.applicant", "BD", Role.APPLICANT);
        long id = app.in("BD", () -> app.draft("Skills passports", LeadActor.OTHER, "900000"));

        Throwable refused = catchThrowable(() -> app.in("BD", () -> service.updateAndSubmit(id, draft("New", "1"))));

        assertThat(((DomainException) refused).messageKey()).isEqualTo("error.proposal.notGrantEligible");
        assertThat(app.workflow.starts()).isEmpty();
    }

    @Test
    void aDraftIsDeletedWithAnAuditEntryButASubmittedProposalStaysOnRecord() {
        long draft = nepaleseDraft();
        app.in("NP", () -> service.delete(draft));
        assertThat(app.in("NP", () -> app.proposalRows.find(draft))).isEmpty();
        assertThat(app.in("NP", () -> app.actionsOn(draft))).containsExactly("CREATED", "DELETED");

        long sent = submitted();
        Throwable refused = catchThrowable(() -> app.in("NP", () -> service.delete(sent)));

        assertThat(((DomainException) refused).messageKey()).isEqualTo("error.proposal.wrongState");
        assertThat(app.in("NP", () -> app.proposalRows.find(sent))).isPresent();
    }

    @Test
    void createAndSubmitStartsTheLifecycleOfTheNewDraft() {
        app.user.as("np.applicant", "NP", Role.APPLICANT);

        long id = app.in("NP", () -> service.createAndSubmit(draft("Clinic", "267")));

        assertThat(app.workflow.starts()).extracting(FakeWorkflow.Start::proposalId).containsExactly(id);
        assertThat(app.in("NP", () -> app.actionsOn(id))).containsExactly("CREATED", "SUBMITTED");
    }

    @Test
    void theOwnerWithdrawsASubmittedProposalWithAReasonAndTheLifecycleEnds() {
        long id = submitted();
        String instance = app.in("NP", () -> app.proposal(id)).processInstanceId();

        app.in("NP", () -> service.withdraw(id, "Funded by the municipality"));

        Proposal proposal = app.in("NP", () -> app.proposal(id));
        assertThat(proposal.state()).isEqualTo(ProposalState.WITHDRAWN);
        assertThat(proposal.withdrawalReason()).isEqualTo("Funded by the municipality");
        assertThat(app.workflow.withdrawals()).containsExactly(instance);
        AuditEntry entry = app.in("NP", () -> app.lastEntryOn(id));
        assertThat(entry.action()).isEqualTo("WITHDRAWN");
        assertThat(entry.fromState()).isEqualTo("SUBMITTED");
        assertThat(entry.detail()).isEqualTo("Funded by the municipality");
    }

    @Test
    void aWithdrawalWithoutAReasonIsRefusedAndTheLifecycleGoesOn() {
        long id = submitted();

        Throwable refused = catchThrowable(() -> app.in("NP", () -> service.withdraw(id, " ")));

        assertThat(((DomainException) refused).messageKey()).isEqualTo("error.proposal.withdrawalReason");
        assertThat(app.in("NP", () -> app.proposal(id)).state()).isEqualTo(ProposalState.SUBMITTED);
        assertThat(app.workflow.withdrawals()).isEmpty();
    }

    @Test
    void anApprovedProposalIsNoLongerWithdrawn() {
        long id = submitted();
        app.in("NP", () -> app.approve(id));

        Throwable refused = catchThrowable(() -> app.in("NP", () -> service.withdraw(id, "Changed our mind")));

        assertThat(((DomainException) refused).messageKey()).isEqualTo("error.proposal.notWithdrawable");
        assertThat(app.workflow.withdrawals()).isEmpty();
    }

    @Test
    void anotherApplicantMayNotWithdrawIt() {
        long id = submitted();
        app.user.as("np.applicant2", "NP", Role.APPLICANT);

        assertThatThrownBy(() -> app.in("NP", () -> service.withdraw(id, "Not mine")))
                .isExactlyInstanceOf(ForbiddenException.class);
        assertThat(app.workflow.withdrawals()).isEmpty();
    }

    @Test
    void detailsShowWhereTheLifecycleWaitsAndADraftWaitsNowhere() {
        long draft = nepaleseDraft();
        long sent = submitted();

        ProposalDetails ofDraft = app.in("NP", () -> service.details(draft));
        ProposalDetails ofSubmitted = app.in("NP", () -> service.details(sent));

        assertThat(ofDraft.activeSteps()).isEmpty();
        assertThat(ofSubmitted.activeSteps()).containsExactly("screenEligibility");
        assertThat(ofSubmitted.history()).extracting(AuditEntry::action).containsExactly("CREATED", "SUBMITTED");
    }

    @Test
    void aProposalOfAnotherCountryIsNotFoundEvenForItsId() {
        long id = submitted();
        app.user.as("sn.coordinator", "SN", Role.COORDINATOR);

        assertThatThrownBy(() -> app.in("SN", () -> service.details(id))).isExactlyInstanceOf(NotFoundException.class);
    }

    @Test
    void aReviewerReadsAProposalOnlyAfterDeclaringNoConflictInItsRound() {
        long id = submitted();
        app.user.asReviewer("np.reviewer.iom", "NP", Agency.IOM);
        assertThatThrownBy(() -> app.in("NP", () -> service.readable(id))).isExactlyInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> app.in("NP", () -> service.diagram(id))).isExactlyInstanceOf(ForbiddenException.class);

        declareNoConflict(id, "np.reviewer.iom");

        assertThat(app.in("NP", () -> service.readable(id)).id()).isEqualTo(id);
        assertThat(app.in("NP", () -> service.visibility(id)).cleared()).isTrue();
    }

    @Test
    void theDiagramIsTheWorkflowsAndADraftHasNone() {
        long draft = nepaleseDraft();
        long sent = submitted();
        app.user.as("np.coordinator", "NP", Role.COORDINATOR);

        DiagramView diagram = app.in("NP", () -> service.diagram(sent));
        Throwable none = catchThrowable(() -> app.in("NP", () -> service.diagram(draft)));

        assertThat(diagram.active()).containsExactly("screenEligibility");
        assertThat(none).isExactlyInstanceOf(NotFoundException.class).hasMessage("Workflow not found");
    }

    @Test
    void filesChangeOnlyWhileTheProposalIsADraftOrInRevision() {
        long id = submitted();

        Throwable refused = catchThrowable(() -> app.in("NP", () -> service.changeable(id)));

        assertThat(refused).isExactlyInstanceOf(DomainException.class)
                .hasMessage("Files can only be changed while the proposal is a draft or in revision");
    }

    @Test
    void aSearchOverCountriesMergesThemAndCountsEveryMatch() {
        app.user.as("np.applicant", "NP", Role.APPLICANT);
        long nepal = app.in("NP", () -> app.draft("Nepal clinic", LeadActor.OTHER, "100"));
        app.user.as("sn.applicant", "SN", Role.APPLICANT);
        long senegal = app.in("SN", () -> app.draft("Senegal school", LeadActor.OTHER, "100"));
        app.user.as("pmu", null, Role.PMU);

        ProposalPage page = service.search(List.of("NP", "SN"), ProposalSearch.everything(), 0, 1);

        assertThat(page.total()).isEqualTo(2);
        assertThat(page.rows()).extracting(Proposal::id).containsExactly(senegal);
        assertThat(service.search(List.of("NP", "SN"), ProposalSearch.everything(), 1, 1).rows())
                .extracting(Proposal::id).containsExactly(nepal);
    }

    @Test
    void aSearchIncludingACountryTheUserDoesNotBelongToIsNotFound() {
        nepaleseDraft();

        assertThatThrownBy(() -> service.search(List.of("NP", "SN"), ProposalSearch.everything(), 0, 10))
                .isExactlyInstanceOf(NotFoundException.class);
    }

    @Test
    void aReviewerFindsAndListsOnlyTheProposalsTheyAreClearedOn() {
        long cleared = submitted();
        long other = submitted();
        app.user.asReviewer("np.reviewer.iom", "NP", Agency.IOM);
        declareNoConflict(cleared, "np.reviewer.iom");

        ProposalPage page = service.search(List.of("NP"), ProposalSearch.everything(), 0, 10);
        List<Proposal> listed = app.in("NP", () -> service.list());

        assertThat(page.rows()).extracting(Proposal::id).containsExactly(cleared).doesNotContain(other);
        assertThat(page.total()).isEqualTo(1);
        assertThat(listed).extracting(Proposal::id).containsExactly(cleared);
    }

    @Test
    void titlesAreThoseOfTheCountrysProposals() {
        long id = nepaleseDraft();

        assertThat(app.in("NP", () -> service.titles(List.of(id, 999L))))
                .isEqualTo(Map.of(id, "Remittances for rural clinics"));
    }

    @Test
    void aDisbursementMovesAnApprovedProposalToDisbursingOnceAndIsAuditedOnce() {
        long id = submitted();
        app.in("NP", () -> app.approve(id));

        app.in("NP", () -> service.markDisbursed(id, "np.finance"));
        app.in("NP", () -> service.markDisbursed(id, "np.finance"));

        assertThat(app.in("NP", () -> app.proposal(id)).state()).isEqualTo(ProposalState.DISBURSED);
        assertThat(app.in("NP", () -> app.actionsOn(id))).containsExactly("CREATED", "SUBMITTED", "DISBURSING");
    }

    @Test
    void closingRecordsWhoClosedTheGrantAndOnlyAnApprovedOneCloses() {
        long id = submitted();
        Throwable early = catchThrowable(() -> app.in("NP", () -> service.markClosed(id, "np.coordinator", "Done")));
        assertThat(((DomainException) early).messageKey()).isEqualTo("error.proposal.notApproved");

        app.in("NP", () -> app.approve(id));
        app.in("NP", () -> service.markClosed(id, "np.coordinator", "All reports in"));

        AuditEntry entry = app.in("NP", () -> app.lastEntryOn(id));
        assertThat(app.in("NP", () -> app.proposal(id)).state()).isEqualTo(ProposalState.CLOSED);
        assertThat(entry.actor()).isEqualTo("np.coordinator");
        assertThat(entry.action()).isEqualTo("GRANT_CLOSED");
        assertThat(entry.detail()).isEqualTo("All reports in");
    }

    @Test
    void theWorkflowsRecordOfReviewsIsAuditedAsTheSystem() {
        long id = submitted();
        app.in("NP", () -> app.proposal(id).screen(org.m4d.grants.proposal.domain.Decision.ACCEPT));

        app.in("NP", () -> service.recordReviewsComplete(id, 3.85));

        List<AuditEntry> entries = app.in("NP", () -> app.audit.ofSubject(ProposalService.SUBJECT, id));
        assertThat(entries.subList(2, 3)).extracting(AuditEntry::actor, AuditEntry::action, AuditEntry::detail)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("system", "REVIEWS_COMPLETE", "Average weighted score 3.85"));
        assertThat(app.in("NP", () -> app.proposal(id)).state()).isEqualTo(ProposalState.AWAITING_APPROVAL);
    }

    @Test
    void theConflictSummaryNamesWhoProposesWhatAndOnlyForAConflictDeclaration() {
        long id = submitted();
        app.user.asReviewer("np.reviewer.iom", "NP", Agency.IOM);
        String declaration = app.in("NP", () -> app.workflow.offer(GrantLifecycle.DECLARE_CONFLICT, id, null, Map.of()));
        String scoring = app.in("NP", () -> app.workflow.offer(GrantLifecycle.SCORE_PROPOSAL, id, null, Map.of()));

        ConflictSummary summary = app.in("NP", () -> service.conflictSummary(declaration));
        Throwable other = catchThrowable(() -> app.in("NP", () -> service.conflictSummary(scoring)));

        assertThat(summary).isEqualTo(new ConflictSummary(id, "Remittances for rural clinics", "np.applicant"));
        assertThat(((ConflictException) other).messageKey()).isEqualTo("error.task.otherStep");
    }


    private void declareNoConflict(long proposalId, String reviewer) {
        app.in("NP", () -> app.reviewRows.store(new ConflictDeclaration(proposalId, 1, Agency.IOM, reviewer, false,
                null, Instant.now())));
    }

    private long nepalesePartner(String name) {
        app.user.as("np.coordinator", "NP", Role.COORDINATOR);
        return app.in("NP", () -> app.partners.create(new PartnerInput(name, PartnerType.NGO_CSO, null, null, null,
                null, null)));
    }

    private static ProposalDraft forPartner(String title, Long partnerId) {
        return new ProposalDraft(title, Sector.HEALTH, LeadActor.OTHER, new BigDecimal("1000"), null, partnerId, null, null);
    }

    @Test
    void aDraftIsMadeForAPartnerOfItsCountryAndTheOtherContextsReadWhichAndItsName() {
        long partner = nepalesePartner("Nepal Diaspora Returnee Network");
        app.user.as("np.applicant", "NP", Role.APPLICANT);

        long id = app.in("NP", () -> service.create(forPartner("Clinics", partner)));

        assertThat(app.in("NP", () -> service.partnerOf(id))).contains(partner);
        assertThat(app.in("NP", () -> service.partnerName(id))).contains("Nepal Diaspora Returnee Network");
    }

    @Test
    void aProposalOfBeforePartnersHasNone() {
        long id = nepaleseDraft();

        assertThat(app.in("NP", () -> service.partnerOf(id))).isEmpty();
        assertThat(app.in("NP", () -> service.partnerName(id))).isEmpty();
    }

    @Test
    void aPartnerOfAnotherCountryIsRefusedAndNoDraftIsWritten() {
        app.user.as("sn.coordinator", "SN", Role.COORDINATOR);
        long senegalese = app.in("SN", () -> app.partners.create(new PartnerInput("ENDA Diaspora", PartnerType.NGO_CSO,
                null, null, null, null, null)));
        app.user.as("np.applicant", "NP", Role.APPLICANT);

        assertThatThrownBy(() -> app.in("NP", () -> service.create(forPartner("Clinics", senegalese))))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.proposal.unknownPartner"));
        assertThat(app.in("NP", () -> app.proposalRows.all(0, 10))).isEmpty();
    }

    @Test
    void theApplicantChangesTheDraftsPartnerAndNoneOrAnUnknownOneLeavesItAsItWas() {
        long first = nepalesePartner("Returnee Network");
        long second = nepalesePartner("Kathmandu University");
        app.user.as("np.applicant", "NP", Role.APPLICANT);
        long id = app.in("NP", () -> service.create(forPartner("Clinics", first)));

        app.in("NP", () -> service.update(id, forPartner("Clinics", second)));
        assertThat(app.in("NP", () -> service.partnerOf(id))).contains(second);
        app.in("NP", () -> service.update(id, forPartner("Clinics and schools", null)));
        assertThat(app.in("NP", () -> service.partnerOf(id))).contains(second);

        assertThatThrownBy(() -> app.in("NP", () -> service.update(id, forPartner("Clinics", 999_999L))))
                .isInstanceOf(DomainException.class);
        assertThat(app.in("NP", () -> app.proposal(id).partnerId())).isEqualTo(second);
    }

    @Test
    void aSubmittedProposalKeepsItsPartner() {
        long partner = nepalesePartner("Returnee Network");
        long id = submitted();

        assertThatThrownBy(() -> app.in("NP", () -> app.proposal(id).forPartner(partner)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.proposal.notEditable"));
        assertThat(app.in("NP", () -> service.partnerOf(id))).isEmpty();
    }

    @Test
    void eligibilityReadsThePhaseInForceOnTheCountrysOwnDateAsTheRateDoes() {
        long id = nepaleseDraft();
        // 20:00 UTC on the eve of the test phase is already 01:45 on its first day in Kathmandu
        app.in("NP", () -> service.tenants.find("NP").orElseThrow().changeZone(java.time.ZoneId.of("Asia/Kathmandu")));
        service.clock = java.time.Clock.fixed(Instant.parse("2022-12-31T20:00:00Z"), java.time.ZoneOffset.UTC);

        app.in("NP", () -> service.submit(id));

        Proposal proposal = app.in("NP", () -> app.proposal(id));
        assertThat(proposal.state()).isEqualTo(ProposalState.SUBMITTED);
        assertThat(proposal.submittedAt()).isEqualTo(Instant.parse("2022-12-31T20:00:00Z"));
    }

    @Test
    void resubmittingASubmittedProposalIsRefusedForItsStateBeforeItsMarkers() {
        long id = submitted();
        app.markerRequirements.require("TEST-PHASE", java.util.Set.of(org.m4d.grants.proposal.domain.Marker.GENDER_MARKER));
        int starts = app.workflow.starts().size();

        assertThatThrownBy(() -> app.in("NP", () -> service.submit(id)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.proposal.wrongState"));
        assertThat(app.in("NP", () -> app.proposal(id)).state()).isEqualTo(ProposalState.SUBMITTED);
        assertThat(app.workflow.starts()).hasSize(starts);
    }
}
