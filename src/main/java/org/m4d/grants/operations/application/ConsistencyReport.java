package org.m4d.grants.operations.application;

import java.util.List;
import org.m4d.grants.operations.domain.Mismatch;

/** The outcome of a consistency check: the countries checked and every mismatch still there on a second reading. */
public record ConsistencyReport(List<String> countries, List<Mismatch> mismatches) {

    public ConsistencyReport {
        countries = List.copyOf(countries);
        mismatches = List.copyOf(mismatches);
    }

    public int count() {
        return mismatches.size();
    }
}
