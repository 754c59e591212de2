package org.m4d.grants.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.m4d.grants.grant.domain.IndicatorActual;
import org.m4d.grants.grant.domain.Report;
import org.m4d.grants.platform.domain.Money;

/** The proposal page shows the figure the roll-up and the IATI file count. */
class IndicatorProgressTest {

    private static final String INDICATOR = "Qualifications recognised";

    private final Report tranche = accepted(report(2, Report.Kind.PERIODIC, "120", "2026-07-01T00:00:00Z"));
    private final Report last = report(0, Report.Kind.FINAL, "390", "2026-12-01T00:00:00Z");

    @Test
    void aClosedGrantShowsItsFinalReport() {
        assertThat(new IndicatorProgress().latestAccepted(List.of(last, tranche), true, INDICATOR)).isEqualTo("390");
    }

    @Test
    void anOpenGrantShowsItsLastAcceptedReport() {
        assertThat(new IndicatorProgress().latestAccepted(List.of(last, tranche), false, INDICATOR)).isEqualTo("120");
    }

    private static Report report(int number, Report.Kind kind, String actual, String at) {
        Report report = new Report(10, number, kind, "Progress", 10, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 6, 30), Money.of(new BigDecimal("100"), "NPR"), Money.of(new BigDecimal("50"), "NPR"),
                "np.applicant", Instant.parse(at));
        report.reportActuals(List.of(new IndicatorActual(INDICATOR, new BigDecimal(actual))), Set.of(INDICATOR));
        return report;
    }

    private static Report accepted(Report report) {
        report.verifyProgress(true, "np.coordinator", null);
        report.verifyFinancial(true, "np.finance", null);
        return report;
    }
}
