package org.m4d.grants.programme.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.m4d.grants.testing.Wiring;
import org.m4d.grants.programme.domain.PhaseIndicator;
import org.m4d.grants.programme.domain.PhaseRepository;
import org.m4d.grants.programme.domain.ProgrammePhase;

/** The phase tables in memory, numbering indicators as the sequence would. */
final class InMemoryPhases implements PhaseRepository {

    final List<ProgrammePhase> phases = new ArrayList<>();
    final List<PhaseIndicator> indicators = new ArrayList<>();
    private long next = 1000;

    @Override
    public List<ProgrammePhase> all() {
        return phases.stream().sorted(Comparator.comparing(ProgrammePhase::startDate)).toList();
    }

    @Override
    public Optional<ProgrammePhase> find(String id) {
        return phases.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    @Override
    public List<PhaseIndicator> indicators(String phaseId) {
        return indicators.stream().filter(i -> i.phaseId().equals(phaseId))
                .sorted(Comparator.comparingInt(PhaseIndicator::outcome).thenComparing(PhaseIndicator::name)).toList();
    }

    @Override
    public void add(ProgrammePhase phase, List<PhaseIndicator> added) {
        phases.add(phase);
        for (PhaseIndicator indicator : added) {
            indicators.add(Wiring.set(indicator, PhaseIndicator.class, "id", next++));
        }
    }
}
