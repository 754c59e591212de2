package org.m4d.grants.programme.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.m4d.grants.identity.application.Countries;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.ForbiddenException;
import org.m4d.grants.programme.domain.ProgrammePhase;
import org.m4d.grants.testing.SignedInUser;
import org.m4d.grants.testing.Wiring;

/** pmu adds a phase; the catalogue answers from the phases that are there. */
class PhaseServiceTest {

    private final InMemoryPhases repository = new InMemoryPhases();
    private final SignedInUser user = new SignedInUser();
    private final PhaseCatalogue catalogue = Wiring.wire(new PhaseCatalogue(), repository);
    private final PhaseService service = Wiring.wire(new PhaseService(), repository, catalogue, countries(), user);

    private static Countries countries() {
        List<Countries.Country> all = List.of(new Countries.Country("BD", "Bangladesh", "BDT"),
                new Countries.Country("NP", "Nepal", "NPR"), new Countries.Country("SN", "Senegal", "XOF"));
        return new Countries() {
            @Override
            public List<Country> all() {
                return all;
            }

            @Override
            public Optional<Country> find(String code) {
                return all.stream().filter(c -> c.code().equals(code)).findFirst();
            }
        };
    }

    @BeforeEach
    void phaseThree() {
        repository.add(ProgrammePhase.plan("M4D-III", "M4D", "Phase III", "SDC", LocalDate.parse("2019-11-01"),
                LocalDate.parse("2023-10-31"), List.of("Services", "Institutions", "Policies"), List.of("NP", "SN"),
                List.of(), java.util.Set.of("BD", "NP", "SN")), List.of());
    }

    private static PhaseInput phaseFour(String start, String end, List<String> countries, int indicatorOutcome) {
        return new PhaseInput("M4D-IV", "Phase IV", "SDC", LocalDate.parse(start), LocalDate.parse(end),
                List.of("Access to services", "Policies adopted"), countries,
                List.of(new PhaseInput.Indicator(indicatorOutcome, "Officials trained", "people"),
                        new PhaseInput.Indicator(1, "Migrants reached", "people")));
    }

    @Test
    void pmuAddsPhaseFourWithItsOutcomesCountriesAndIndicators() {
        user.as("pmu", null, Role.PMU);

        String id = service.add(phaseFour("2023-11-01", "2027-10-31", List.of("np", "BD"), 2));

        assertThat(id).isEqualTo("M4D-IV");
        ProgrammeCatalogue.Phase four = catalogue.phase("M4D-IV").orElseThrow();
        assertThat(four.eligibleCountries()).containsExactlyInAnyOrder("NP", "BD");
        assertThat(four.startDate()).isEqualTo(LocalDate.parse("2023-11-01"));
        assertThat(four.programmeId()).isEqualTo("M4D");
        assertThat(catalogue.outcomes("M4D-IV")).containsExactly(
                new ProgrammeCatalogue.Outcome("M4D-IV", 1, "Access to services"),
                new ProgrammeCatalogue.Outcome("M4D-IV", 2, "Policies adopted"));
        assertThat(catalogue.indicators("M4D-IV")).containsExactly(
                new ProgrammeCatalogue.ProgrammeIndicator(1001, "M4D-IV", 1, "Migrants reached", "people"),
                new ProgrammeCatalogue.ProgrammeIndicator(1000, "M4D-IV", 2, "Officials trained", "people"));
        assertThat(catalogue.phases()).extracting(ProgrammeCatalogue.Phase::id).containsExactly("M4D-III", "M4D-IV");
    }

    @Test
    void theCatalogueFindsThePhaseOfADateAndNoneOutsideEveryPhase() {
        user.as("pmu", null, Role.PMU);
        service.add(phaseFour("2023-11-01", "2027-10-31", List.of("NP"), 2));

        assertThat(catalogue.phaseOn(LocalDate.parse("2023-10-31"))).map(ProgrammeCatalogue.Phase::id).contains("M4D-III");
        assertThat(catalogue.phaseOn(LocalDate.parse("2023-11-01"))).map(ProgrammeCatalogue.Phase::id).contains("M4D-IV");
        assertThat(catalogue.phaseOn(LocalDate.parse("2019-10-31"))).isEmpty();
        assertThat(catalogue.phaseOn(LocalDate.parse("2027-11-01"))).isEmpty();
    }

    @Test
    void anOverlappingPhaseIsRefusedAndNothingIsWritten() {
        user.as("pmu", null, Role.PMU);

        assertThatThrownBy(() -> service.add(phaseFour("2023-06-01", "2027-10-31", List.of("NP"), 2)))
                .isInstanceOf(DomainException.class)
                .hasMessage("The dates 2023-06-01 to 2027-10-31 overlap Phase III (2019-11-01 to 2023-10-31)");
        assertThat(repository.phases).hasSize(1);
        assertThat(repository.indicators).isEmpty();
    }

    @Test
    void anIndicatorOfAnOutcomeThePhaseDoesNotHaveIsRefusedAndNothingIsWritten() {
        user.as("pmu", null, Role.PMU);

        assertThatThrownBy(() -> service.add(phaseFour("2023-11-01", "2027-10-31", List.of("NP"), 3)))
                .isInstanceOf(DomainException.class)
                .hasMessage("The indicator \"Officials trained\" names outcome 3, which Phase IV does not have");
        assertThat(repository.phases).hasSize(1);
    }

    @Test
    void anUnknownCountryIsRefusedAndNothingIsWritten() {
        user.as("pmu", null, Role.PMU);

        assertThatThrownBy(() -> service.add(phaseFour("2023-11-01", "2027-10-31", List.of("NP", "ZZ"), 2)))
                .isInstanceOf(DomainException.class)
                .hasMessage("Unknown country code: ZZ");
        assertThat(repository.phases).hasSize(1);
    }

    @Test
    void onlyPmuAddsAPhase() {
        user.as("observer", null, Role.OBSERVER);

        assertThatThrownBy(() -> service.add(phaseFour("2023-11-01", "2027-10-31", List.of("NP"), 2)))
                .isInstanceOf(ForbiddenException.class)
                .hasMessage("Only the programme unit (pmu) adds a phase");
        assertThat(repository.phases).hasSize(1);
        assertThat(service.list()).extracting(v -> v.phase().id()).containsExactly("M4D-III");
    }
}
