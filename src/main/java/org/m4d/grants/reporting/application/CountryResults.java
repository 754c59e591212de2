package org.m4d.grants.reporting.application;

import java.util.List;
import org.m4d.grants.reporting.domain.MarkerFacts;
import org.m4d.grants.reporting.domain.ResultLine;

/** One country's linked grant indicators (of every phase) and its proposals' markers. */
public record CountryResults(List<PhasedLine> lines, List<MarkerFacts> markers) {

    /** A result line with the phase its outcome belongs to. */
    public record PhasedLine(String phaseId, ResultLine line) {
    }
}
