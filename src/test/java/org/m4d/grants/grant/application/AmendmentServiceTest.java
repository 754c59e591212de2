package org.m4d.grants.grant.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.m4d.grants.grant.domain.AgreementVersion;
import org.m4d.grants.grant.domain.Amendment;
import org.m4d.grants.grant.domain.AmendmentKind;
import org.m4d.grants.grant.domain.GrantAgreement;
import org.m4d.grants.grant.domain.Modality;
import org.m4d.grants.grant.domain.Tranche;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.platform.domain.ConflictException;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.ForbiddenException;
import org.m4d.grants.proposal.application.ProfileInput;
import org.m4d.grants.proposal.application.ProposalDraft;
import org.m4d.grants.proposal.domain.LeadActor;
import org.m4d.grants.proposal.domain.Sector;
import org.m4d.grants.testing.UseCases;
import org.m4d.grants.workflow.application.FakeWorkflow;
import org.m4d.grants.workflow.domain.GrantAmendment;
import org.m4d.grants.workflow.domain.GrantLifecycle;

/**
 * Amendments of a Nepali grant of 1,000,000.00 NPR at 133.5 per USD, budget lines 600,000 and
 * 400,000, running to 2025-12-31 in a phase that ends 2027-12-31, planned 60/40 with tranche 1 open.
 */
class AmendmentServiceTest {

    private static final LocalDate END = LocalDate.of(2025, 12, 31);

    private final UseCases app = new UseCases();
    private final AmendmentService service = app.amendments;
    private final long proposal;

    AmendmentServiceTest() {
        app.user.as("np.applicant", "NP", Role.APPLICANT);
        ProfileInput profile = new ProfileInput(null, null, null, null, null, null, null, null, null,
                List.of(new ProfileInput.BudgetLineInput("Outreach", new BigDecimal("600000")),
                        new ProfileInput.BudgetLineInput("Training", new BigDecimal("400000"))),
                null, LocalDate.of(2024, 1, 1), END, null);
        proposal = app.in("NP", () -> app.proposals.create(new ProposalDraft("Remittances for rural clinics",
                Sector.EMPLOYMENT, LeadActor.OTHER, new BigDecimal("1000000"), profile, null, null, null)));
        app.in("NP", () -> app.proposals.submit(proposal));
        app.in("NP", () -> app.approve(proposal));
        app.in("NP", () -> {
            app.grants.createAgreement(proposal, "np.coordinator");
            grant().plan(Modality.DIRECT_CASH_TRANSFER, List.of(new BigDecimal("60"), new BigDecimal("40")))
                    .forEach(app.grantRows::store);
            app.grants.openTranche(proposal, 1);
            app.grantRows.authoriseAdvance(grant(), 1);
        });
    }

    @AfterEach
    void leaveTheCountry() {
        app.context.clear();
    }

    private GrantAgreement grant() {
        return app.grantRows.findByProposal(proposal).orElseThrow();
    }

    private Amendment request(String user, Role role, AmendmentRequest request) {
        app.user.as(user, "NP", role);
        return app.in("NP", () -> service.request(proposal, request));
    }

    private static AmendmentRequest extension(LocalDate to) {
        return new AmendmentRequest(AmendmentKind.NO_COST_EXTENSION, "Floods delayed the works", to, null, null);
    }

    private static AmendmentRequest revision(String outreach, String training) {
        return new AmendmentRequest(AmendmentKind.BUDGET_REVISION, "More training", null, null, List.of(
                new AmendmentRequest.Line("Outreach", new BigDecimal(outreach)),
                new AmendmentRequest.Line("Training", new BigDecimal(training))));
    }

    private static AmendmentRequest amount(String to) {
        return new AmendmentRequest(AmendmentKind.AMOUNT_CHANGE, "Second district", null, new BigDecimal(to), null);
    }

    /** The amendment processes started, without the proposal's lifecycle. */
    private List<FakeWorkflow.Start> amendmentStarts() {
        return app.workflow.starts().stream().filter(s -> s.instanceId().startsWith(GrantAmendment.PROCESS_KEY)).toList();
    }

    private Map<String, Object> started() {
        List<FakeWorkflow.Start> starts = amendmentStarts();
        return starts.get(starts.size() - 1).routing();
    }

    private void disburse(String amount) {
        app.user.as("np.finance", "NP", Role.FINANCE);
        app.in("NP", () -> app.grants.disburse(proposal, new DisbursementEntry(new BigDecimal(amount),
                LocalDate.of(2026, 3, 2), "PAY-" + amount), null));
    }

    private List<BigDecimal> tranches() {
        return app.in("NP", () -> app.grantRows.tranches(grant()).stream().map(t -> t.amount("NPR").amount()).toList());
    }

    private List<AgreementVersion> versions() {
        app.user.as("np.coordinator", "NP", Role.COORDINATOR);
        return app.in("NP", () -> service.versions(proposal));
    }

    private void apply(Amendment amendment, String by) {
        app.in("NP", () -> service.apply(proposal, amendment.id(), by));
    }

    @Test
    void anExtensionWithinThePhaseIsTheCoordinatorsAndComesIntoForceAsVersion2() {
        Amendment asked = request("np.applicant", Role.APPLICANT, extension(LocalDate.of(2026, 6, 30)));

        assertThat(asked.status()).isEqualTo(Amendment.Status.REQUESTED);
        assertThat(started()).containsEntry(GrantAmendment.VAR_ROUTE, GrantAmendment.ROUTE_COORDINATOR)
                .containsEntry(GrantAmendment.VAR_AMENDMENT_ID, asked.id())
                .containsEntry(GrantAmendment.VAR_KIND, "NO_COST_EXTENSION")
                .containsEntry(GrantLifecycle.VAR_APPROVAL_AUTHORITY, "country");
        assertThat(amendmentStarts()).extracting(FakeWorkflow.Start::proposalId).containsExactly(proposal);
        assertThat(app.in("NP", this::grant).endDate()).as("nothing changes before approval").isEqualTo(END);
        assertThat(versions()).extracting(AgreementVersion::number).containsExactly(1);

        apply(asked, "np.coordinator");

        assertThat(versions()).extracting(AgreementVersion::number, AgreementVersion::endDate)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, END),
                        org.assertj.core.groups.Tuple.tuple(2, LocalDate.of(2026, 6, 30)));
        assertThat(app.in("NP", this::grant).endDate()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(asked.status()).isEqualTo(Amendment.Status.APPROVED);
        assertThat(asked.decidedBy()).isEqualTo("np.coordinator");
        assertThat(app.in("NP", () -> app.actionsOn(proposal))).endsWith("AMENDMENT_REQUESTED", "AMENDMENT_APPLIED");
        assertThat(app.in("NP", () -> app.lastEntryOn(proposal)).detail())
                .isEqualTo("Amendment 1 in force as version 2: end date 2025-12-31 → 2026-06-30");
    }

    @Test
    void anExtensionBeyondThePhaseGoesToPmuAndOneOutsideAnyPhaseIsRefusedWithNothingWritten() {
        request("np.coordinator", Role.COORDINATOR, extension(LocalDate.of(2028, 1, 1)));
        assertThat(started()).containsEntry(GrantAmendment.VAR_ROUTE, GrantAmendment.ROUTE_PMU)
                .containsEntry(GrantLifecycle.VAR_APPROVAL_AUTHORITY, "global");

        assertThatThrownBy(() -> request("np.coordinator", Role.COORDINATOR, extension(LocalDate.of(2029, 1, 1))))
                .isInstanceOf(ConflictException.class).hasMessage("Another amendment of this grant is still being decided");
    }

    @Test
    void badRequestsAreRefusedWithNothingWrittenAndNoProcessStarted() {
        assertThat(refusal(extension(LocalDate.of(2029, 1, 1))))
                .as("past the phase's end and the year after it").isEqualTo("error.amendment.endOutsidePhase");
        assertThat(refusal(extension(LocalDate.of(2023, 12, 31)))).as("before the start")
                .isEqualTo("error.amendment.endNotLater");
        assertThat(refusal(revision("600000", "400000.01"))).isEqualTo("error.amendment.linesTotal");
        disburse("100000");
        assertThat(refusal(amount("99999.99"))).isEqualTo("error.amendment.belowDisbursed");

        assertThat(app.in("NP", () -> app.amendmentRows.amendments(grant().id()))).isEmpty();
        assertThat(amendmentStarts()).isEmpty();
        assertThat(app.in("NP", () -> app.actionsOn(proposal))).doesNotContain("AMENDMENT_REQUESTED");
    }

    @Test
    void aGrantWithoutDatesIsNotExtendedToBeforeItsApproval() {
        app.user.as("np.applicant", "NP", Role.APPLICANT);
        long undated = app.in("NP", () -> app.draft("Undated clinics", LeadActor.OTHER, "50000"));
        app.in("NP", () -> app.proposals.submit(undated));
        app.in("NP", () -> app.approve(undated));
        app.in("NP", () -> app.grants.createAgreement(undated, "np.coordinator"));

        assertThatThrownBy(() -> app.in("NP", () -> service.request(undated, extension(LocalDate.of(2000, 1, 1)))))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("The new end date must be after ");
        assertThat(amendmentStarts()).isEmpty();
    }

    private String refusal(AmendmentRequest request) {
        try {
            request("np.applicant", Role.APPLICANT, request);
        } catch (DomainException e) {
            return e.messageKey();
        }
        throw new AssertionError("accepted");
    }

    @Test
    void onlyTheOwningApplicantOrACoordinatorAsksForAnAmendment() {
        for (Role role : List.of(Role.FINANCE, Role.OBSERVER, Role.NATIONAL_FOCAL_POINT)) {
            assertThatThrownBy(() -> request("np.someone", role, extension(LocalDate.of(2026, 6, 30))))
                    .as(role.name()).isInstanceOf(ForbiddenException.class);
        }
        assertThatThrownBy(() -> request("np.applicant2", Role.APPLICANT, extension(LocalDate.of(2026, 6, 30))))
                .isInstanceOf(ForbiddenException.class);
        assertThat(amendmentStarts()).isEmpty();
    }

    @Test
    void aSmallRevisionIsTheCoordinatorsAndALargeOneGoesToTheApprovalAuthorityWithTheGrantsFigures() {
        request("np.applicant", Role.APPLICANT, revision("520000", "480000"));
        assertThat(started()).containsEntry(GrantAmendment.VAR_ROUTE, GrantAmendment.ROUTE_COORDINATOR);
        app.in("NP", () -> service.reject(proposal, app.amendmentRows.amendments(grant().id()).get(0).id(), "np.coordinator"));

        Amendment large = request("np.applicant", Role.APPLICANT, revision("519999", "480001"));

        assertThat(large.number()).isEqualTo(2);
        assertThat(started()).containsEntry(GrantAmendment.VAR_ROUTE, GrantAmendment.ROUTE_AUTHORITY)
                .containsEntry(GrantLifecycle.VAR_AMOUNT_USD, 7491L)
                .containsEntry(GrantLifecycle.VAR_SECTOR, "EMPLOYMENT");
        apply(large, "np.coordinator");
        assertThat(versions().get(1).lines()).extracting(l -> l.amount())
                .containsExactly(new BigDecimal("519999"), new BigDecimal("480001"));
        assertThat(versions().get(1).number()).as("the refused amendment made no version").isEqualTo(2);
        assertThat(app.in("NP", this::grant).approved().amount()).isEqualByComparingTo("1000000");
    }

    @Test
    void anIncreaseIsRoutedOnTheNewTotalAndReplansTheTranchesNotReleased() {
        disburse("100000");
        Amendment increase = request("np.coordinator", Role.COORDINATOR, amount("1200000"));

        assertThat(started()).containsEntry(GrantAmendment.VAR_ROUTE, GrantAmendment.ROUTE_AUTHORITY)
                .containsEntry(GrantLifecycle.VAR_AMOUNT_USD, 8989L)
                .as("the standing call has no envelope").containsEntry(GrantLifecycle.VAR_BEYOND_ENVELOPE, false);
        apply(increase, "pmu");

        assertThat(app.in("NP", this::grant).approved().amount()).isEqualByComparingTo("1200000");
        assertThat(tranches()).containsExactly(new BigDecimal("720000.00"), new BigDecimal("480000.00"));
        assertThat(versions()).extracting(v -> v.approved().amount())
                .containsExactly(new BigDecimal("1000000.00"), new BigDecimal("1200000.00"));
        assertThatThrownBy(() -> disburse("500000.01")).as("the advance authorised before the increase still caps it")
                .isInstanceOf(DomainException.class).extracting(t -> ((DomainException) t).messageKey())
                .isEqualTo("error.face.aboveAdvanceAuthorised");
        app.in("NP", () -> app.grantRows.authoriseAdvance(grant(), 1));
        disburse("620000");
        assertThatThrownBy(() -> disburse("0.01")).isInstanceOf(DomainException.class)
                .hasMessageContaining("would exceed tranche 1 of 720000.00 NPR");
    }

    @Test
    void aDecreaseLowersTheCeilingAndIsRefusedAtApprovalWhenDisbursementsOvertookIt() {
        Amendment decrease = request("np.applicant", Role.APPLICANT, amount("800000"));
        assertThat(started()).containsEntry(GrantAmendment.VAR_ROUTE, GrantAmendment.ROUTE_COORDINATOR);
        disburse("500000");

        assertThatThrownBy(() -> apply(decrease, "np.coordinator")).isInstanceOf(DomainException.class)
                .hasMessage("Tranche 1 would be 480000.00 NPR, below the 500000.00 NPR disbursed from it");

        assertThat(tranches()).containsExactly(new BigDecimal("600000.00"), new BigDecimal("400000.00"));
    }

    @Test
    void afterADecreaseTheLedgerStopsAtTheNewTranche() {
        disburse("100000");
        apply(request("np.applicant", Role.APPLICANT, amount("800000")), "np.coordinator");

        assertThat(tranches()).containsExactly(new BigDecimal("480000.00"), new BigDecimal("320000.00"));
        disburse("380000");
        assertThatThrownBy(() -> disburse("0.01")).isInstanceOf(DomainException.class)
                .hasMessageContaining("would exceed tranche 1 of 480000.00 NPR");
        assertThat(app.in("NP", () -> app.grantRows.disbursedTotal(grant()).amount()))
                .isEqualByComparingTo("480000");
        assertThat(app.in("NP", () -> app.grantRows.tranches(grant())).get(0).status()).isEqualTo(Tranche.Status.OPEN);
    }

    @Test
    void aGrantWithoutADollarRateIsNotRoutedOnItsLocalAmountButRefusedClearly() {
        assertThatThrownBy(() -> AmendmentService.routedUsd(org.m4d.grants.platform.domain.Money.of(
                new BigDecimal("1000000"), "NPR"), null))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.amendment.noRate");
                    assertThat(e.getMessage()).startsWith("This grant has no dollar rate of NPR");
                });
        assertThat(AmendmentService.routedUsd(org.m4d.grants.platform.domain.Money.of(new BigDecimal("1000000"), "NPR"),
                new BigDecimal("133.5"))).isEqualTo(7491L);
        assertThat(AmendmentService.routedUsd(org.m4d.grants.platform.domain.Money.of(new BigDecimal("2500.10"), "USD"),
                null)).isEqualTo(2501L);
    }
}
