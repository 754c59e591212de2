package org.m4d.grants.programme.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.m4d.grants.platform.domain.DomainException;

class ProgrammePhaseTest {

    private static final Set<String> COUNTRIES = Set.of("BD", "EC", "MA", "NP", "RS", "SN", "TN");
    private static final ProgrammePhase PHASE_THREE = phase("M4D-III", "2019-11-01", "2023-10-31", List.of());

    private static ProgrammePhase phase(String id, String start, String end, List<ProgrammePhase> existing) {
        return ProgrammePhase.plan(id, "M4D", "Phase " + id, "SDC", LocalDate.parse(start), LocalDate.parse(end),
                List.of("Access to services", "Institutions"), List.of("NP", "SN"), existing, COUNTRIES);
    }

    @Test
    void holdsItsFirstAndLastDayAndNothingOutside() {
        assertThat(PHASE_THREE.holds(LocalDate.parse("2019-11-01"))).isTrue();
        assertThat(PHASE_THREE.holds(LocalDate.parse("2023-10-31"))).isTrue();
        assertThat(PHASE_THREE.holds(LocalDate.parse("2019-10-31"))).isFalse();
        assertThat(PHASE_THREE.holds(LocalDate.parse("2023-11-01"))).isFalse();
    }

    @Test
    void anInitiativeFitsOnlyWhenBothItsDatesFallInThePhase() {
        assertThat(PHASE_THREE.fits(LocalDate.parse("2020-01-01"), LocalDate.parse("2023-10-31"))).isTrue();
        assertThat(PHASE_THREE.fits(LocalDate.parse("2020-01-01"), LocalDate.parse("2023-11-01"))).isFalse();
    }

    @Test
    void aNewPhaseNumbersItsOutcomesFromOneAndKeepsItsCountries() {
        ProgrammePhase four = phase("M4D-IV", "2023-11-01", "2027-10-31", List.of(PHASE_THREE));

        assertThat(four.outcomes()).extracting(PhaseOutcome::number, PhaseOutcome::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "Access to services"),
                        org.assertj.core.groups.Tuple.tuple(2, "Institutions"));
        assertThat(four.eligibleCountries()).containsExactlyInAnyOrder("NP", "SN");
        assertThat(four.programmeId()).isEqualTo("M4D");
    }

    @Test
    void aPhaseStartingOnTheLastDayOfAnotherOverlapsIt() {
        assertThatThrownBy(() -> phase("M4D-IV", "2023-10-31", "2027-10-31", List.of(PHASE_THREE)))
                .isInstanceOf(DomainException.class)
                .hasMessage("The dates 2023-10-31 to 2027-10-31 overlap Phase M4D-III (2019-11-01 to 2023-10-31)");
    }

    @Test
    void aPhaseEnclosingAnotherOverlapsIt() {
        assertThatThrownBy(() -> phase("M4D-IV", "2019-01-01", "2024-12-31", List.of(PHASE_THREE)))
                .isInstanceOf(DomainException.class)
                .hasMessage("The dates 2019-01-01 to 2024-12-31 overlap Phase M4D-III (2019-11-01 to 2023-10-31)");
    }

    @Test
    void aPhaseEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> phase("M4D-IV", "2027-10-31", "2023-11-01", List.of(PHASE_THREE)))
                .isInstanceOf(DomainException.class)
                .hasMessage("The phase ends (2023-11-01) before it starts (2027-10-31)");
    }

    @Test
    void aTakenIdIsRefused() {
        assertThatThrownBy(() -> phase("m4d-iii", "2030-01-01", "2031-01-01", List.of(PHASE_THREE)))
                .isInstanceOf(DomainException.class)
                .hasMessage("A phase with the id m4d-iii exists already");
    }

    @Test
    void anUnknownCountryIsRefused() {
        assertThatThrownBy(() -> ProgrammePhase.plan("M4D-IV", "M4D", "Phase IV", "SDC", LocalDate.parse("2024-01-01"),
                LocalDate.parse("2027-12-31"), List.of("Outcome"), List.of("NP", "XX"), List.of(), COUNTRIES))
                .isInstanceOf(DomainException.class)
                .hasMessage("Unknown country code: XX");
    }

    @Test
    void aCountryListedTwiceIsRefused() {
        assertThatThrownBy(() -> ProgrammePhase.plan("M4D-IV", "M4D", "Phase IV", "SDC", LocalDate.parse("2024-01-01"),
                LocalDate.parse("2027-12-31"), List.of("Outcome"), List.of("NP", "NP"), List.of(), COUNTRIES))
                .isInstanceOf(DomainException.class)
                .hasMessage("The country NP is listed twice");
    }

    @Test
    void aPhaseWithoutOutcomesIsRefused() {
        assertThatThrownBy(() -> ProgrammePhase.plan("M4D-IV", "M4D", "Phase IV", "SDC", LocalDate.parse("2024-01-01"),
                LocalDate.parse("2027-12-31"), List.of(), List.of("NP"), List.of(), COUNTRIES))
                .isInstanceOf(DomainException.class)
                .hasMessage("A phase needs at least one outcome");
    }

    @Test
    void anIndicatorBelongsToAnOutcomeOfItsPhase() {
        PhaseIndicator trained = new PhaseIndicator(PHASE_THREE, 2, "Officials trained", "people");

        assertThat(trained.phaseId()).isEqualTo("M4D-III");
        assertThat(trained.outcome()).isEqualTo(2);
        assertThatThrownBy(() -> new PhaseIndicator(PHASE_THREE, 3, "Policies adopted", "policies"))
                .isInstanceOf(DomainException.class)
                .hasMessage("The indicator \"Policies adopted\" names outcome 3, which Phase M4D-III does not have");
    }
}
