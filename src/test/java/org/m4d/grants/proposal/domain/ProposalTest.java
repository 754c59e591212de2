package org.m4d.grants.proposal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.Money;

class ProposalTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private static final BigDecimal NPR_PER_USD = new BigDecimal("132.5");

    private static Proposal draft(LeadActor leadActor) {
        return new Proposal("  Skills recognition for returnees ", Sector.EMPLOYMENT, leadActor,
                Money.of(new BigDecimal("1000"), "NPR"), "np.applicant", NOW);
    }

    private static Proposal submitted(LeadActor leadActor) {
        Proposal proposal = draft(leadActor);
        proposal.submit(true, NPR_PER_USD, NOW);
        return proposal;
    }

    private static Proposal awaitingApproval() {
        Proposal proposal = submitted(LeadActor.NATIONAL_INSTITUTION);
        proposal.screen(Decision.ACCEPT);
        proposal.reviewsComplete();
        return proposal;
    }

    @Test
    void startsAsTrimmedDraft() {
        Proposal proposal = draft(LeadActor.OTHER);
        assertThat(proposal.state()).isEqualTo(ProposalState.DRAFT);
        assertThat(proposal.title()).isEqualTo("Skills recognition for returnees");
        assertThat(proposal.requestedAmount()).isEqualTo(Money.of(new BigDecimal("1000.00"), "NPR"));
        assertThat(proposal.requestedUsd()).isNull();
    }

    @Test
    void needsTitleSectorLeadActorAndPositiveAmount() {
        Money amount = Money.of(BigDecimal.TEN, "NPR");
        LeadActor lead = LeadActor.OTHER;
        assertThatThrownBy(() -> new Proposal(" ", Sector.HEALTH, lead, amount, "u", NOW)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new Proposal("t", null, lead, amount, "u", NOW)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new Proposal("t", Sector.HEALTH, null, amount, "u", NOW)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new Proposal("t", Sector.HEALTH, lead, Money.zero("NPR"), "u", NOW))
                .isInstanceOf(DomainException.class).hasMessageContaining("more than zero");
    }

    @Test
    void eligibleTenantSubmitsOnceAtTheRecordedDollarRate() {
        Proposal proposal = submitted(LeadActor.OTHER);
        assertThat(proposal.state()).isEqualTo(ProposalState.SUBMITTED);
        assertThat(proposal.submittedAt()).isEqualTo(NOW);
        assertThat(proposal.reviewRound()).isEqualTo(1);
        assertThat(proposal.requestedUsd()).isEqualByComparingTo("7.55");
        assertThatThrownBy(() -> proposal.submit(true, NPR_PER_USD, NOW)).isInstanceOf(DomainException.class);
    }

    @Test
    void knowledgeSharingTenantCannotSubmit() {
        Proposal proposal = draft(LeadActor.OTHER);
        assertThatThrownBy(() -> proposal.submit(false, NPR_PER_USD, NOW)).isInstanceOf(DomainException.class)
                .hasMessageContaining("knowledge sharing only");
        assertThat(proposal.state()).isEqualTo(ProposalState.DRAFT);
    }

    @Test
    void onlyLocallyLedProposalsAreEndorsedAndADeclineReturnsThemForRevision() {
        assertThatThrownBy(() -> submitted(LeadActor.NATIONAL_INSTITUTION).endorse(true))
                .isInstanceOf(DomainException.class);
        Proposal endorsed = submitted(LeadActor.LOCAL_AUTHORITY);
        endorsed.endorse(true);
        assertThat(endorsed.state()).isEqualTo(ProposalState.SUBMITTED);
        Proposal declined = submitted(LeadActor.LOCAL_AUTHORITY);
        declined.endorse(false);
        assertThat(declined.state()).isEqualTo(ProposalState.IN_REVISION);
    }

    @Test
    void screeningSendsToReviewBackForRevisionOrRejects() {
        Proposal eligible = submitted(LeadActor.OTHER);
        eligible.screen(Decision.ACCEPT);
        assertThat(eligible.state()).isEqualTo(ProposalState.UNDER_REVIEW);
        Proposal revise = submitted(LeadActor.OTHER);
        revise.screen(Decision.REVISE);
        assertThat(revise.state()).isEqualTo(ProposalState.IN_REVISION);
        Proposal reject = submitted(LeadActor.OTHER);
        reject.screen(Decision.REJECT);
        assertThat(reject.state()).isEqualTo(ProposalState.REJECTED);
        assertThatThrownBy(() -> draft(LeadActor.OTHER).screen(Decision.ACCEPT)).isInstanceOf(DomainException.class);
    }

    @Test
    void aRevisedProposalIsResubmittedAsANewReviewRound() {
        Proposal proposal = submitted(LeadActor.LOCAL_AUTHORITY);
        proposal.screen(Decision.REVISE);
        proposal.revise("Better title", Sector.HEALTH, LeadActor.NATIONAL_INSTITUTION, Money.of(new BigDecimal("2650"), "NPR"));
        proposal.resubmit(NOW);

        assertThat(proposal.state()).isEqualTo(ProposalState.SUBMITTED);
        assertThat(proposal.reviewRound()).isEqualTo(2);
        assertThat(proposal.leadActor()).isEqualTo(LeadActor.NATIONAL_INSTITUTION);
        assertThat(proposal.requestedUsd()).isEqualByComparingTo("20.00");
        assertThatThrownBy(() -> proposal.revise("x", Sector.HEALTH, LeadActor.OTHER, Money.of(BigDecimal.ONE, "NPR")))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> submitted(LeadActor.OTHER).revise("x", Sector.HEALTH, LeadActor.OTHER,
                Money.of(BigDecimal.ONE, "XOF"))).isInstanceOf(DomainException.class);
    }

    @Test
    void theApproverApprovesReturnsOrRejects() {
        Proposal approved = awaitingApproval();
        approved.decide(Decision.ACCEPT);
        assertThat(approved.state()).isEqualTo(ProposalState.APPROVED);
        Proposal returned = awaitingApproval();
        returned.decide(Decision.REVISE);
        assertThat(returned.state()).isEqualTo(ProposalState.IN_REVISION);
        Proposal rejected = awaitingApproval();
        rejected.decide(Decision.REJECT);
        assertThat(rejected.state()).isEqualTo(ProposalState.REJECTED);
        assertThatThrownBy(() -> submitted(LeadActor.OTHER).decide(Decision.ACCEPT)).isInstanceOf(DomainException.class);
    }

    @Test
    void withdrawalIsPossibleOnlyBeforeTheDecision() {
        Proposal underReview = submitted(LeadActor.OTHER);
        underReview.screen(Decision.ACCEPT);
        assertThatThrownBy(() -> underReview.withdraw(" ")).isInstanceOf(DomainException.class)
                .hasMessage("Say why the proposal is withdrawn");
        underReview.withdraw(" Funded by the municipality ");
        assertThat(underReview.state()).isEqualTo(ProposalState.WITHDRAWN);
        assertThat(underReview.withdrawalReason()).isEqualTo("Funded by the municipality");

        Proposal approved = awaitingApproval();
        approved.decide(Decision.ACCEPT);
        assertThatThrownBy(() -> approved.withdraw("late")).isInstanceOf(DomainException.class).hasMessageContaining("no longer");
        assertThatThrownBy(() -> draft(LeadActor.OTHER).withdraw("why")).isInstanceOf(DomainException.class);
    }

    private static final java.util.Set<Integer> OUTCOMES = java.util.Set.of(1, 2, 3);
    private static final java.time.LocalDate WINDOW_START = java.time.LocalDate.of(2019, 11, 1);
    private static final java.time.LocalDate WINDOW_END = java.time.LocalDate.of(2023, 10, 31);

    private static ProposalProfile profile(java.time.LocalDate start, java.time.LocalDate end, String... lineAmounts) {
        return new ProposalProfile(Level.LOCAL, java.util.Set.of(1, 2),
                java.util.Set.of(InterventionArea.RECOGNITION_OF_QUALIFICATIONS), java.util.Set.of("10.7", "8.8"),
                java.util.Set.of(5, 18), 2, true, java.util.Set.of(PartnerType.DIASPORA),
                new Beneficiaries(300, 200, 150, 100, 50, 50),
                java.util.Arrays.stream(lineAmounts).map(a -> new BudgetLine("Line " + a, new BigDecimal(a))).toList(),
                new BigDecimal("250"), start, end,
                java.util.List.of(new Indicator("Qualifications recognised", "people", BigDecimal.ZERO, new BigDecimal("500"))));
    }

    @Test
    void aDraftCarriesItsProfileWithinTheProgrammeWindow() {
        Proposal proposal = draft(LeadActor.LOCAL_AUTHORITY);
        proposal.describe(profile(java.time.LocalDate.of(2020, 1, 1), java.time.LocalDate.of(2022, 12, 31), "600", "400"),
                "M4D-III", OUTCOMES, WINDOW_START, WINDOW_END);

        ProposalProfile stored = proposal.profile();
        assertThat(stored.outcomes()).containsExactly(1, 2);
        assertThat(stored.sdgTargets()).containsExactly("10.7", "8.8");
        assertThat(stored.genderMarker()).isEqualTo(2);
        assertThat(stored.beneficiaries().total()).isEqualTo(850);
        assertThat(stored.budgetLines()).extracting(BudgetLine::amount)
                .containsExactly(new BigDecimal("600.00"), new BigDecimal("400.00"));
        assertThat(stored.coFinancing()).isEqualByComparingTo("250.00");
    }

    @Test
    void theProfileIsCheckedWithClearMessages() {
        java.time.LocalDate in = java.time.LocalDate.of(2020, 1, 1);
        java.time.LocalDate out = java.time.LocalDate.of(2024, 1, 1);
        assertThatThrownBy(() -> draft(LeadActor.OTHER).describe(profile(in, out), "M4D-III", OUTCOMES, WINDOW_START, WINDOW_END))
                .isInstanceOf(DomainException.class)
                .hasMessage("The initiative must run within the programme, from 2019-11-01 to 2023-10-31");
        assertThatThrownBy(() -> draft(LeadActor.OTHER).describe(profile(in, in.plusYears(1), "600", "300"),
                "M4D-III", OUTCOMES, WINDOW_START, WINDOW_END)).isInstanceOf(DomainException.class)
                .hasMessage("The budget lines add up to 900.00 NPR, not the requested 1000.00 NPR");
        assertThatThrownBy(() -> draft(LeadActor.OTHER).describe(profile(in.plusYears(1), in), "M4D-III", OUTCOMES, WINDOW_START, WINDOW_END))
                .isInstanceOf(DomainException.class).hasMessageContaining("start date before its end date");
        assertThatThrownBy(() -> submitted(LeadActor.OTHER).describe(profile(in, in), "M4D-III", OUTCOMES, WINDOW_START, WINDOW_END))
                .isInstanceOf(DomainException.class).hasMessageContaining("cannot be changed");
    }

    @Test
    void anOutcomeThePhaseLacksIsRefusedNamingThePhasesOutcomesAndNothingIsWritten() {
        Proposal proposal = draft(LeadActor.OTHER);
        java.time.LocalDate in = java.time.LocalDate.of(2020, 1, 1);

        assertThatThrownBy(() -> proposal.describe(profile(in, in), "M4D-III", java.util.Set.of(1, 3), WINDOW_START,
                WINDOW_END)).isInstanceOf(DomainException.class)
                .hasMessage("The proposal's phase M4D-III has outcomes 1, 3")
                .extracting(e -> ((DomainException) e).messageArguments()).isEqualTo(new Object[] {"M4D-III", "1, 3"});
        assertThat(proposal.profile().outcomes()).isEmpty();
        assertThat(proposal.profile().sdgTargets()).isEmpty();
    }

    @Test
    void aPhaseWithFourOutcomesAcceptsTheFourth() {
        Proposal proposal = draft(LeadActor.OTHER);
        ProposalProfile withFourth = new ProposalProfile(Level.LOCAL, java.util.Set.of(4, 1), java.util.Set.of(),
                java.util.Set.of(), java.util.Set.of(), null, false, java.util.Set.of(), null, java.util.List.of(), null,
                null, null, java.util.List.of());

        proposal.describe(withFourth, "M4D-IV", java.util.Set.of(1, 2, 3, 4), WINDOW_START, WINDOW_END);

        assertThat(proposal.profile().outcomes()).containsExactly(1, 4);
        assertThatThrownBy(() -> draft(LeadActor.OTHER).describe(withFourth, "M4D-III", OUTCOMES, WINDOW_START, WINDOW_END))
                .isInstanceOf(DomainException.class).hasMessage("The proposal's phase M4D-III has outcomes 1, 2, 3");
    }

    @Test
    void approvedProposalBecomesDisbursedAndStaysSo() {
        Proposal proposal = awaitingApproval();
        assertThatThrownBy(proposal::markDisbursed).isInstanceOf(DomainException.class);
        proposal.decide(Decision.ACCEPT);
        proposal.markDisbursed();
        proposal.markDisbursed();
        assertThat(proposal.state()).isEqualTo(ProposalState.DISBURSED);
    }
}
