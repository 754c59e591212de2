package org.m4d.grants.reporting.application;

import java.util.List;
import org.m4d.grants.programme.application.ProgrammeCatalogue.Outcome;
import org.m4d.grants.programme.application.ProgrammeCatalogue.Phase;
import org.m4d.grants.reporting.domain.MarkerTotal;
import org.m4d.grants.reporting.domain.ResultsRollup;

/** A phase's results rolled up over the countries in scope, and the markers of their proposals. */
public record ProgrammeResults(Phase phase, List<Outcome> outcomes, List<String> countries, ResultsRollup rollup,
                               List<MarkerTotal> markers) {
}
