package org.m4d.grants.practice.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.m4d.grants.practice.application.PracticeView;
import org.m4d.grants.practice.domain.Practice;

/**
 * A practice as the library shows it to any country: what was learnt, never the proposal, the
 * grant or the people behind it.
 */
public record PracticeDto(long id, String country, String countryName, String title, String sector,
                          List<Integer> outcomes, String summary, String lessons, Integer beneficiariesReached,
                          List<ResultDto> results, boolean published, Instant closedAt) {

    static PracticeDto of(PracticeView view) {
        Practice p = view.practice();
        return new PracticeDto(p.id(), view.country(), view.countryName(), p.title(), p.sector(),
                p.outcomes().stream().sorted().toList(), p.summary(), p.lessons(), p.beneficiariesReached(),
                p.results().stream().map(r -> new ResultDto(r.indicator(), r.actual())).toList(), p.published(),
                p.closedAt());
    }

    /** The value an indicator reached by the final report. */
    public record ResultDto(String indicator, BigDecimal actual) {
    }
}
