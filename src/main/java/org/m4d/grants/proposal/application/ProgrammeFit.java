package org.m4d.grants.proposal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.programme.application.ProgrammeCatalogue;
import org.m4d.grants.programme.application.ProgrammeCatalogue.Phase;
import org.m4d.grants.programme.application.ProgrammeCatalogue.ProgrammeIndicator;
import org.m4d.grants.proposal.domain.Marker;
import org.m4d.grants.proposal.domain.MarkerRequirements;
import org.m4d.grants.proposal.domain.Proposal;

/**
 * How a proposal fits the programme's phase: its indicators link to that phase's outcomes and
 * programme indicators, and at submission it carries the markers the phase requires.
 */
@ApplicationScoped
public class ProgrammeFit {

    @Inject
    ProgrammeCatalogue catalogue;

    @Inject
    MarkerRequirements requirements;

    /** The proposal's phase: the one in force on the day it was made, whose window its dates must fit. */
    public Optional<Phase> phaseOf(Proposal proposal) {
        return catalogue.phaseInForce(proposal.createdAt().atZone(ZoneOffset.UTC).toLocalDate());
    }

    /** Links the proposal's indicators to its phase; a link to another phase's outcome or indicator is refused. */
    public void linkIndicators(Proposal proposal) {
        boolean linked = proposal.profile().indicators().stream().anyMatch(i -> i.outcome() != null);
        Optional<Phase> phase = phaseOf(proposal);
        if (phase.isEmpty()) {
            if (linked) {
                throw new DomainException("No phase of the programme was in force when the proposal was made, so its "
                        + "indicators cannot be linked to outcomes").withKey("error.indicator.noPhase");
            }
            return;
        }
        String phaseId = phase.get().id();
        Set<Integer> outcomes = catalogue.outcomes(phaseId).stream().map(ProgrammeCatalogue.Outcome::number)
                .collect(Collectors.toSet());
        Map<Long, Integer> outcomeOfIndicator = catalogue.indicators(phaseId).stream()
                .collect(Collectors.toMap(ProgrammeIndicator::id, ProgrammeIndicator::outcome));
        proposal.linkIndicators(phaseId, outcomes, outcomeOfIndicator);
    }

    /** The outcomes, in order, a proposal made on the date may contribute to: those of the phase then in force. */
    public List<ProgrammeCatalogue.Outcome> outcomes(LocalDate made) {
        return catalogue.phaseInForce(made).map(p -> catalogue.outcomes(p.id())).orElse(List.of());
    }

    /**
     * What an indicator of a proposal made on the date may count towards: each outcome of the phase in
     * force ({@code O:n}) and each of its programme indicators ({@code I:n:id}), in the catalogue's order.
     */
    public List<LinkOption> linkOptions(LocalDate made) {
        Optional<Phase> phase = catalogue.phaseInForce(made);
        if (phase.isEmpty()) {
            return List.of();
        }
        List<ProgrammeIndicator> indicators = catalogue.indicators(phase.get().id());
        List<LinkOption> options = new ArrayList<>();
        for (ProgrammeCatalogue.Outcome outcome : catalogue.outcomes(phase.get().id())) {
            options.add(new LinkOption("O:" + outcome.number(), outcome.number(), null, outcome.title()));
            indicators.stream().filter(i -> i.outcome() == outcome.number())
                    .forEach(i -> options.add(new LinkOption("I:" + outcome.number() + ":" + i.id(), outcome.number(),
                            i.name(), i.unit())));
        }
        return options;
    }

    /** One choice of what an indicator counts towards: an outcome, or a programme indicator (name, unit) of it. */
    public record LinkOption(String value, int outcome, String indicator, String detail) {
    }

    /** Refuses the submission of a proposal without the markers its phase requires. */
    public void requireMarkers(Proposal proposal) {
        proposal.requireMarkers(phaseOf(proposal).map(p -> requirements.of(p.id())).orElse(EnumSet.noneOf(Marker.class)));
    }
}
