package org.m4d.grants.testing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.m4d.grants.programme.application.ProgrammeCatalogue;

/** A programme catalogue of fixed phases for unit tests, as pmu would have entered them. */
public final class FixedProgramme implements ProgrammeCatalogue {

    private final List<Phase> phases;
    private final List<Outcome> outcomes;
    private final List<ProgrammeIndicator> indicators;

    public FixedProgramme(List<Phase> phases, List<Outcome> outcomes, List<ProgrammeIndicator> indicators) {
        this.phases = List.copyOf(phases);
        this.outcomes = List.copyOf(outcomes);
        this.indicators = List.copyOf(indicators);
    }

    /** The phase of the use-case tests: 2023 to 2027, Nepal and Senegal eligible, three outcomes. */
    public static FixedProgramme ofTests() {
        Phase phase = new Phase("TEST-PHASE", "M4D", "Test phase", "SDC", LocalDate.of(2023, 1, 1),
                LocalDate.of(2027, 12, 31), java.util.Set.of("NP", "SN"));
        return new FixedProgramme(List.of(phase),
                List.of(new Outcome(phase.id(), 1, "Services"), new Outcome(phase.id(), 2, "Institutions"),
                        new Outcome(phase.id(), 3, "Policies")),
                List.of(new ProgrammeIndicator(1, phase.id(), 2, "Officials trained", "people")));
    }

    @Override
    public List<Phase> phases() {
        return phases;
    }

    @Override
    public Optional<Phase> phase(String phaseId) {
        return phases.stream().filter(p -> p.id().equals(phaseId)).findFirst();
    }

    @Override
    public Optional<Phase> phaseOn(LocalDate date) {
        return phases.stream().filter(p -> !date.isBefore(p.startDate()) && !date.isAfter(p.endDate())).findFirst();
    }

    @Override
    public List<Outcome> outcomes(String phaseId) {
        return outcomes.stream().filter(o -> o.phaseId().equals(phaseId)).toList();
    }

    @Override
    public List<ProgrammeIndicator> indicators(String phaseId) {
        return indicators.stream().filter(i -> i.phaseId().equals(phaseId)).toList();
    }
}
