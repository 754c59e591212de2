package org.m4d.grants.proposal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.Money;

class ResultsFrameworkTest {

    private static final Set<Integer> OUTCOMES = Set.of(1, 2, 3);
    private static final Map<Long, Integer> OUTCOME_OF_INDICATOR = Map.of(11L, 1, 21L, 2, 31L, 3);

    private static Proposal draftWith(Integer genderMarker, Set<Integer> outcomes, Indicator... indicators) {
        Proposal proposal = new Proposal("Skills recognition", Sector.EMPLOYMENT, LeadActor.OTHER,
                Money.of(new BigDecimal("1000"), "NPR"), "np.applicant", Instant.parse("2026-11-28T10:00:00Z"));
        proposal.describe(new ProposalProfile(Level.LOCAL, outcomes, Set.of(), Set.of(), Set.of(), genderMarker, false,
                Set.of(), null, List.of(), null, null, null, List.of(indicators)),
                "M4D-III", OUTCOMES, LocalDate.of(2019, 11, 1), LocalDate.of(2023, 10, 31));
        return proposal;
    }

    private static Indicator indicator(String name, Integer outcome, Long programmeIndicator) {
        return new Indicator(name, "people", BigDecimal.ZERO, new BigDecimal("100"), outcome, programmeIndicator);
    }

    @Test
    void linkedIndicatorsTakeThePhaseAndUnlinkedOnesStayWithoutOne() {
        Proposal proposal = draftWith(2, Set.of(2),
                indicator("Officials trained", 2, 21L), indicator("Plans drafted", 3, null),
                indicator("Press articles", null, null));

        proposal.linkIndicators("M4D-III", OUTCOMES, OUTCOME_OF_INDICATOR);

        assertThat(proposal.profile().indicators())
                .extracting(Indicator::name, Indicator::phaseId, Indicator::outcome, Indicator::programmeIndicatorId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Officials trained", "M4D-III", 2, 21L),
                        org.assertj.core.groups.Tuple.tuple("Plans drafted", "M4D-III", 3, null),
                        org.assertj.core.groups.Tuple.tuple("Press articles", null, null, null));
    }

    @Test
    void anOutcomeOfAnotherPhaseIsRefusedAndNothingIsLinked() {
        Proposal proposal = draftWith(2, Set.of(2), indicator("Officials trained", 4, null));

        assertThatThrownBy(() -> proposal.linkIndicators("M4D-III", OUTCOMES, OUTCOME_OF_INDICATOR))
                .isInstanceOf(DomainException.class)
                .hasMessage("Indicator \"Officials trained\" is linked to outcome 4, which is not an outcome of the "
                        + "proposal's phase M4D-III");
        assertThat(proposal.profile().indicators().get(0).phaseId()).isNull();
    }

    @Test
    void aProgrammeIndicatorOfAnotherOutcomeIsRefused() {
        Proposal proposal = draftWith(2, Set.of(2), indicator("Officials trained", 1, 21L));

        assertThatThrownBy(() -> proposal.linkIndicators("M4D-III", OUTCOMES, OUTCOME_OF_INDICATOR))
                .isInstanceOf(DomainException.class)
                .hasMessage("Indicator \"Officials trained\" is linked to programme indicator 21, which is not one of "
                        + "outcome 1 of phase M4D-III");
    }

    @Test
    void aProgrammeIndicatorOfAnotherPhaseIsRefused() {
        Proposal proposal = draftWith(2, Set.of(2), indicator("Officials trained", 2, 99L));

        assertThatThrownBy(() -> proposal.linkIndicators("M4D-III", OUTCOMES, OUTCOME_OF_INDICATOR))
                .isInstanceOf(DomainException.class)
                .hasMessage("Indicator \"Officials trained\" is linked to programme indicator 99, which is not one of "
                        + "outcome 2 of phase M4D-III");
    }

    @Test
    void aProgrammeIndicatorWithoutItsOutcomeIsRefused() {
        Proposal proposal = draftWith(2, Set.of(2), indicator("Officials trained", null, 21L));

        assertThatThrownBy(() -> proposal.linkIndicators("M4D-III", OUTCOMES, OUTCOME_OF_INDICATOR))
                .isInstanceOf(DomainException.class)
                .hasMessage("Indicator \"Officials trained\" names a programme indicator but no outcome");
    }

    @Test
    void aMissingRequiredMarkerRefusesTheSubmission() {
        Proposal withoutGender = draftWith(null, Set.of(1));
        Proposal withoutOutcome = draftWith(0, Set.of());

        assertThatThrownBy(() -> withoutGender.requireMarkers(EnumSet.of(Marker.GENDER_MARKER, Marker.OUTCOME)))
                .isInstanceOf(DomainException.class)
                .hasMessage("Before submitting, give the proposal's gender marker");
        assertThatThrownBy(() -> withoutOutcome.requireMarkers(EnumSet.of(Marker.GENDER_MARKER, Marker.OUTCOME)))
                .isInstanceOf(DomainException.class)
                .hasMessage("Before submitting, give the proposal's outcomes");
    }

    @Test
    void aProposalWithTheRequiredMarkersMaySubmit() {
        Proposal complete = draftWith(0, Set.of(1), indicator("Officials trained", 1, 11L));
        complete.linkIndicators("M4D-III", OUTCOMES, OUTCOME_OF_INDICATOR);

        complete.requireMarkers(EnumSet.of(Marker.GENDER_MARKER, Marker.OUTCOME, Marker.LINKED_INDICATOR));
        complete.submit(true, new BigDecimal("132.5"), Instant.parse("2026-11-28T11:00:00Z"));

        assertThat(complete.state()).isEqualTo(ProposalState.SUBMITTED);
    }

    @Test
    void nothingRequiredLetsABareProposalSubmit() {
        Proposal bare = draftWith(null, Set.of());

        bare.requireMarkers(EnumSet.noneOf(Marker.class));
        bare.submit(true, new BigDecimal("132.5"), Instant.parse("2026-11-28T11:00:00Z"));

        assertThat(bare.state()).isEqualTo(ProposalState.SUBMITTED);
    }

    @Test
    void everyRequiredMarkerHasItsMessageInTheThreeLanguages() {
        for (java.util.Locale locale : List.of(java.util.Locale.ENGLISH, java.util.Locale.FRENCH, new java.util.Locale("es"))) {
            java.util.ResourceBundle bundle = java.util.ResourceBundle.getBundle("i18n.messages", locale);
            for (Marker marker : Marker.values()) {
                assertThat(bundle.containsKey(marker.messageKey())).as(locale + " " + marker).isTrue();
            }
        }
    }
}
