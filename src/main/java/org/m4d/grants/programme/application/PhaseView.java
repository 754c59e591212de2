package org.m4d.grants.programme.application;

import java.util.List;

/** A phase as the pages and the API show it: the phase, its outcomes and its indicator catalogue. */
public record PhaseView(ProgrammeCatalogue.Phase phase, List<ProgrammeCatalogue.Outcome> outcomes,
                        List<ProgrammeCatalogue.ProgrammeIndicator> indicators) {
}
