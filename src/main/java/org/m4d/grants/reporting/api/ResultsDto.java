package org.m4d.grants.reporting.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.m4d.grants.reporting.application.ProgrammeResults;
import org.m4d.grants.reporting.domain.IndicatorTotal;
import org.m4d.grants.reporting.domain.MarkerTotal;
import org.m4d.grants.reporting.domain.OutcomeTotal;

/**
 * A phase's results over the countries asked for: per programme indicator and per outcome, each
 * country's rows and the programme's (country null), and the markers the same way.
 */
public record ResultsDto(String phaseId, String phase, LocalDate startDate, LocalDate endDate, List<String> countries,
                         List<IndicatorRow> indicators, List<OutcomeRow> outcomes, List<MarkerRow> markers) {

    /** A programme indicator's total in a country, or in the programme when country is null. */
    public record IndicatorRow(String country, int outcome, long programmeIndicatorId, String indicator, String unit,
                               int linked, int reporting, BigDecimal target, BigDecimal actual) {
        static IndicatorRow of(IndicatorTotal t) {
            return new IndicatorRow(t.country(), t.outcome(), t.programmeIndicatorId(), t.indicator(), t.unit(),
                    t.linked(), t.reporting(), t.target(), t.actual());
        }
    }

    /** An outcome's grant indicators in a country, or in the programme when country is null. */
    public record OutcomeRow(String country, int outcome, String title, int linked, int reporting, int targetsMet) {
    }

    /** Proposals and approved USD of one marker value in a country, or in the programme when country is null. */
    public record MarkerRow(String country, String marker, String value, int proposals, int grants,
                            BigDecimal approvedUsd) {
        static MarkerRow of(MarkerTotal m) {
            return new MarkerRow(m.country(), m.marker(), m.value(), m.proposals(), m.grants(), m.approvedUsd());
        }
    }

    static ResultsDto of(ProgrammeResults r) {
        return new ResultsDto(r.phase().id(), r.phase().name(), r.phase().startDate(), r.phase().endDate(),
                r.countries(), r.rollup().indicators().stream().map(IndicatorRow::of).toList(),
                r.rollup().outcomes().stream().map(o -> outcome(r, o)).toList(),
                r.markers().stream().map(MarkerRow::of).toList());
    }

    private static OutcomeRow outcome(ProgrammeResults r, OutcomeTotal o) {
        String title = r.outcomes().stream().filter(x -> x.number() == o.outcome()).map(x -> x.title()).findFirst()
                .orElse(null);
        return new OutcomeRow(o.country(), o.outcome(), title, o.linked(), o.reporting(), o.targetsMet());
    }
}
