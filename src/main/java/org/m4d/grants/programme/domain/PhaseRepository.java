package org.m4d.grants.programme.domain;

import java.util.List;
import java.util.Optional;

/** The phases of the programme and their indicator catalogues. */
public interface PhaseRepository {

    /** Every phase, oldest first. */
    List<ProgrammePhase> all();

    Optional<ProgrammePhase> find(String id);

    List<PhaseIndicator> indicators(String phaseId);

    /** Writes a new phase with its indicators. */
    void add(ProgrammePhase phase, List<PhaseIndicator> indicators);
}
