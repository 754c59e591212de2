package org.m4d.grants.proposal.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.Money;
import org.m4d.grants.programme.application.ProgrammeCatalogue.Outcome;
import org.m4d.grants.programme.application.ProgrammeCatalogue.Phase;
import org.m4d.grants.programme.application.ProgrammeCatalogue.ProgrammeIndicator;
import org.m4d.grants.proposal.domain.Indicator;
import org.m4d.grants.proposal.domain.LeadActor;
import org.m4d.grants.proposal.domain.Level;
import org.m4d.grants.proposal.domain.Marker;
import org.m4d.grants.proposal.domain.Proposal;
import org.m4d.grants.proposal.domain.ProposalProfile;
import org.m4d.grants.proposal.domain.Sector;
import org.m4d.grants.testing.FixedProgramme;
import org.m4d.grants.testing.InMemoryMarkerRequirements;
import org.m4d.grants.testing.Wiring;

class ProgrammeFitTest {

    private static final LocalDate PHASE_IV_START = LocalDate.of(2023, 11, 1);

    /** Phase III with three outcomes and one indicator each (11, 21, 31); Phase IV with four and one indicator (41). */
    private final FixedProgramme catalogue = new FixedProgramme(
            List.of(new Phase("M4D-III", "M4D", "Phase III", "SDC", LocalDate.of(2019, 11, 1), LocalDate.of(2023, 10, 31),
                            Set.of("NP", "SN")),
                    new Phase("M4D-IV", "M4D", "Phase IV", "SDC", PHASE_IV_START, LocalDate.of(2027, 10, 31), Set.of("NP"))),
            List.of(new Outcome("M4D-III", 1, "Services"), new Outcome("M4D-III", 2, "Institutions"),
                    new Outcome("M4D-III", 3, "Policies"), new Outcome("M4D-IV", 1, "Services"),
                    new Outcome("M4D-IV", 2, "Institutions"), new Outcome("M4D-IV", 3, "Policies"),
                    new Outcome("M4D-IV", 4, "Local plans")),
            List.of(new ProgrammeIndicator(11, "M4D-III", 1, "Migrants and community members reached", "people"),
                    new ProgrammeIndicator(21, "M4D-III", 2, "Officials trained", "people"),
                    new ProgrammeIndicator(31, "M4D-III", 3, "Migration-sensitive policies or plans adopted", "policies"),
                    new ProgrammeIndicator(41, "M4D-IV", 1, "Local plans adopted", "plans")));
    private final InMemoryMarkerRequirements requirements = new InMemoryMarkerRequirements();
    private final ProgrammeFit fit = Wiring.wire(new ProgrammeFit(), catalogue, requirements);

    private static Proposal madeOn(LocalDate made, Indicator indicator) {
        Proposal proposal = new Proposal("Skills recognition", Sector.EMPLOYMENT, LeadActor.OTHER,
                Money.of(new BigDecimal("1000"), "NPR"), "np.applicant", made.atStartOfDay(ZoneOffset.UTC).toInstant());
        proposal.describe(new ProposalProfile(Level.LOCAL, Set.of(1), Set.of(), Set.of(), Set.of(), null, false,
                Set.of(), null, List.of(), null, null, null, List.of(indicator)),
                "ANY", Set.of(1, 2, 3, 4), LocalDate.of(2017, 1, 1), LocalDate.of(2027, 10, 31));
        return proposal;
    }

    private static Indicator linkedTo(int outcome, Long programmeIndicator) {
        return new Indicator("Local plans adopted", "plans", null, new BigDecimal("3"), outcome, programmeIndicator);
    }

    @Test
    void theProposalsPhaseIsTheOneInForceWhenItWasMade() {
        Proposal phaseFour = madeOn(PHASE_IV_START, linkedTo(4, null));

        fit.linkIndicators(phaseFour);

        assertThat(phaseFour.profile().indicators().get(0).phaseId()).isEqualTo("M4D-IV");
    }

    @Test
    void anOutcomeOnlyAnotherPhaseHasIsRefused() {
        Proposal phaseThree = madeOn(LocalDate.of(2021, 1, 1), linkedTo(4, null));

        assertThatThrownBy(() -> fit.linkIndicators(phaseThree)).isInstanceOf(DomainException.class)
                .hasMessage("Indicator \"Local plans adopted\" is linked to outcome 4, which is not an outcome of the "
                        + "proposal's phase M4D-III");
    }

    @Test
    void aProgrammeIndicatorOfAnotherPhasesOutcomeIsRefused() {
        Proposal phaseThree = madeOn(LocalDate.of(2021, 1, 1), linkedTo(1, 41L));

        assertThatThrownBy(() -> fit.linkIndicators(phaseThree)).isInstanceOf(DomainException.class)
                .hasMessage("Indicator \"Local plans adopted\" is linked to programme indicator 41, which is not one of "
                        + "outcome 1 of phase M4D-III");
    }

    @Test
    void aLinkOutsideEveryPhaseIsRefused() {
        Proposal beforeTheProgramme = madeOn(LocalDate.of(2018, 1, 1), linkedTo(1, null));

        assertThatThrownBy(() -> fit.linkIndicators(beforeTheProgramme)).isInstanceOf(DomainException.class)
                .hasMessage("No phase of the programme was in force when the proposal was made, so its indicators "
                        + "cannot be linked to outcomes");
    }

    @Test
    void theOptionsAreTheOutcomesOfTheStartDatesPhaseEachWithItsIndicators() {
        assertThat(fit.linkOptions(LocalDate.of(2021, 1, 1))).extracting(ProgrammeFit.LinkOption::value)
                .containsExactly("O:1", "I:1:11", "O:2", "I:2:21", "O:3", "I:3:31");
        assertThat(fit.linkOptions(PHASE_IV_START)).extracting(ProgrammeFit.LinkOption::value)
                .containsExactly("O:1", "I:1:41", "O:2", "O:3", "O:4");
    }

    @Test
    void theMarkersThePhaseRequiresAreAskedAtSubmission() {
        Proposal phaseFour = madeOn(PHASE_IV_START, linkedTo(4, null));
        requirements.require("M4D-IV", EnumSet.of(Marker.GENDER_MARKER));

        assertThatThrownBy(() -> fit.requireMarkers(phaseFour)).isInstanceOf(DomainException.class)
                .hasMessage("Before submitting, give the proposal's gender marker");
    }

    @Test
    void anotherPhasesRequirementsDoNotApply() {
        Proposal phaseThree = madeOn(LocalDate.of(2021, 1, 1), linkedTo(1, null));
        requirements.require("M4D-IV", EnumSet.of(Marker.GENDER_MARKER));

        fit.requireMarkers(phaseThree);

        assertThat(phaseThree.profile().genderMarker()).isNull();
    }

    private static ProposalDraft withOutcomes(Set<Integer> outcomes) {
        return new ProposalDraft("Skills recognition", Sector.EMPLOYMENT, LeadActor.OTHER, new BigDecimal("1000"),
                new ProfileInput(null, outcomes, null, null, null, null, null, null, null, null, null, null, null, null),
                null, null, null);
    }

    private static Proposal bareOn(LocalDate made) {
        return new Proposal("Skills recognition", Sector.EMPLOYMENT, LeadActor.OTHER,
                Money.of(new BigDecimal("1000"), "NPR"), "np.applicant", made.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    @Test
    void aProposalOfAPhaseWithFourOutcomesMayCountTowardsTheFourth() {
        Proposal proposal = bareOn(PHASE_IV_START.plusDays(1));

        ProposalService.describe(catalogue, proposal, withOutcomes(Set.of(4, 2)));

        assertThat(proposal.profile().outcomes()).containsExactly(2, 4);
    }

    @Test
    void theOutcomesAreThoseOfThePhaseOfTheDayTheProposalWasMadeNotOfToday() {
        Proposal proposal = bareOn(PHASE_IV_START.minusDays(1));

        assertThatThrownBy(() -> ProposalService.describe(catalogue, proposal, withOutcomes(Set.of(4))))
                .isInstanceOf(DomainException.class).hasMessage("The proposal's phase M4D-III has outcomes 1, 2, 3");
        assertThat(proposal.profile().outcomes()).isEmpty();
    }
}
