package org.m4d.grants.programme.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The programme as data: its phases (dates, donor, the countries eligible for grants), each
 * phase's outcomes and the catalogue of programme indicators per outcome. Read by the proposal,
 * grant and reporting contexts; maintained by {@code pmu}.
 */
public interface ProgrammeCatalogue {

    /** Every phase, oldest first. */
    List<Phase> phases();

    Optional<Phase> phase(String phaseId);

    /** The phase whose window (start and end inclusive) holds the date, if any. */
    Optional<Phase> phaseOn(LocalDate date);

    /**
     * The phase that governs what is done on the date: the one whose window holds it, else the last
     * phase started before it, which stays in force until pmu adds the next; none before the first.
     */
    default Optional<Phase> phaseInForce(LocalDate date) {
        return phaseOn(date).or(() -> phases().stream().filter(p -> !p.startDate().isAfter(date))
                .reduce((earlier, later) -> later));
    }

    /** The phase's outcomes in their order. */
    List<Outcome> outcomes(String phaseId);

    /** The phase's programme indicators, by outcome then name. */
    List<ProgrammeIndicator> indicators(String phaseId);

    /** A phase of the programme: the window every initiative of it must fit in and the countries that may receive grants. */
    record Phase(String id, String programmeId, String name, String donor, LocalDate startDate, LocalDate endDate,
                 Set<String> eligibleCountries) {
    }

    /** An outcome of a phase, numbered from 1. */
    record Outcome(String phaseId, int number, String title) {
    }

    /** A programme indicator of an outcome, e.g. "Officials trained", counted in its unit ("people"). */
    record ProgrammeIndicator(long id, String phaseId, int outcome, String name, String unit) {
    }
}
