package org.m4d.grants.programme.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.m4d.grants.programme.domain.PhaseIndicator;
import org.m4d.grants.programme.domain.PhaseRepository;
import org.m4d.grants.programme.domain.ProgrammePhase;

/** The {@link ProgrammeCatalogue} read from the phase tables; reference data, the same for every user. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PhaseCatalogue implements ProgrammeCatalogue {

    @Inject
    PhaseRepository phases;

    @Override
    public List<Phase> phases() {
        return phases.all().stream().map(PhaseCatalogue::phase).toList();
    }

    @Override
    public Optional<Phase> phase(String phaseId) {
        return phaseId == null ? Optional.empty() : phases.find(phaseId).map(PhaseCatalogue::phase);
    }

    @Override
    public Optional<Phase> phaseOn(LocalDate date) {
        return phases.all().stream().filter(p -> p.holds(date)).findFirst().map(PhaseCatalogue::phase);
    }

    @Override
    public List<Outcome> outcomes(String phaseId) {
        return phases.find(phaseId).map(p -> p.outcomes().stream()
                .map(o -> new Outcome(p.id(), o.number(), o.title())).toList()).orElse(List.of());
    }

    @Override
    public List<ProgrammeIndicator> indicators(String phaseId) {
        return phases.indicators(phaseId).stream().map(PhaseCatalogue::indicator).toList();
    }

    static Phase phase(ProgrammePhase p) {
        return new Phase(p.id(), p.programmeId(), p.name(), p.donor(), p.startDate(), p.endDate(), p.eligibleCountries());
    }

    static ProgrammeIndicator indicator(PhaseIndicator i) {
        return new ProgrammeIndicator(i.id(), i.phaseId(), i.outcome(), i.name(), i.unit());
    }
}
