package org.m4d.grants.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.m4d.grants.programme.application.ProgrammeCatalogue;

/** The programme's catalogue for unit tests: Phase III and, when added, later phases. */
public class InMemoryCatalogue implements ProgrammeCatalogue {

    public static final String PHASE_III = "M4D-III";

    private final List<Phase> phases = new ArrayList<>();
    private final List<Outcome> outcomes = new ArrayList<>();
    private final List<ProgrammeIndicator> indicators = new ArrayList<>();

    /** Phase III (2019-11-01 to 2023-10-31) with its three outcomes and one programme indicator each (ids 11, 21, 31). */
    public static InMemoryCatalogue phaseThree() {
        InMemoryCatalogue catalogue = new InMemoryCatalogue();
        catalogue.phases.add(new Phase(PHASE_III, "M4D", "Phase III", "SDC", LocalDate.of(2019, 11, 1),
                LocalDate.of(2023, 10, 31), Set.of("EC", "MA", "NP", "SN")));
        for (int n = 1; n <= 3; n++) {
            catalogue.outcomes.add(new Outcome(PHASE_III, n, "Outcome " + n));
        }
        catalogue.indicators.add(new ProgrammeIndicator(11, PHASE_III, 1, "Migrants and community members reached", "people"));
        catalogue.indicators.add(new ProgrammeIndicator(21, PHASE_III, 2, "Officials trained", "people"));
        catalogue.indicators.add(new ProgrammeIndicator(31, PHASE_III, 3, "Migration-sensitive policies or plans adopted",
                "policies"));
        return catalogue;
    }

    /** Adds a phase with outcomes 1 to {@code outcomeCount} and one indicator of its first outcome. */
    public InMemoryCatalogue with(String id, LocalDate start, LocalDate end, int outcomeCount, long indicatorId) {
        phases.add(new Phase(id, "M4D", id, "SDC", start, end, Set.of("NP", "SN")));
        for (int n = 1; n <= outcomeCount; n++) {
            outcomes.add(new Outcome(id, n, "Outcome " + n + " of " + id));
        }
        indicators.add(new ProgrammeIndicator(indicatorId, id, 1, "Local plans adopted", "plans"));
        return this;
    }

    @Override
    public List<Phase> phases() {
        return List.copyOf(phases);
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
