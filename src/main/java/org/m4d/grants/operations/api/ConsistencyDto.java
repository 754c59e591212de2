package org.m4d.grants.operations.api;

import java.util.List;
import org.m4d.grants.operations.application.ConsistencyReport;
import org.m4d.grants.operations.domain.MismatchKind;

/** The consistency check as the API answers it: the countries checked, each mismatch, their count. */
public record ConsistencyDto(List<String> countries, List<MismatchDto> mismatches, int count) {

    public record MismatchDto(String country, MismatchKind kind, Long proposalId, String object, String expected,
                              String found) {
    }

    static ConsistencyDto of(ConsistencyReport report) {
        return new ConsistencyDto(report.countries(), report.mismatches().stream()
                .map(m -> new MismatchDto(m.country(), m.kind(), m.proposalId(), m.object(), m.expected(),
                        m.found())).toList(), report.count());
    }
}
