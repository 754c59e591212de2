package org.m4d.grants.grant.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.m4d.grants.grant.domain.IndicatorActual;
import org.m4d.grants.grant.domain.Report;
import org.m4d.grants.identity.application.FakeAccess;
import org.m4d.grants.identity.domain.Role;

/** The results roll-up counts what the IATI file counts: accepted reports, and a closed grant's final report. */
class ReportedActualsTest {

    private static final String INDICATOR = "Qualifications recognised";

    private final Grants grants = new Grants().planned();
    private final FakeAccess user = new FakeAccess("np.coordinator", Role.COORDINATOR);

    @Test
    void aClosedGrantsFinalReportCounts() {
        grants.reports.add(accepted(report(2, Report.Kind.PERIODIC, "120", "2026-07-01T00:00:00Z")));
        grants.reports.add(report(0, Report.Kind.FINAL, "390", "2026-12-01T00:00:00Z"));
        grants.grant.close(Instant.parse("2026-12-05T00:00:00Z"));

        assertThat(latest()).isEqualTo(Map.of(Grants.PROPOSAL, Map.of(INDICATOR, new BigDecimal("390"))));
    }

    @Test
    void anOpenGrantsSubmittedFinalReportDoesNot() {
        grants.reports.add(accepted(report(2, Report.Kind.PERIODIC, "120", "2026-07-01T00:00:00Z")));
        grants.reports.add(report(0, Report.Kind.FINAL, "390", "2026-12-01T00:00:00Z"));

        assertThat(latest()).isEqualTo(Map.of(Grants.PROPOSAL, Map.of(INDICATOR, new BigDecimal("120"))));
    }

    @Test
    void aClosedGrantsUnverifiedTrancheReportStillDoesNot() {
        grants.reports.add(report(2, Report.Kind.PERIODIC, "120", "2026-07-01T00:00:00Z"));
        grants.grant.close(Instant.parse("2026-12-05T00:00:00Z"));

        assertThat(latest()).isEmpty();
    }

    private Map<Long, Map<String, BigDecimal>> latest() {
        ReportedActuals actuals = new ReportedActuals();
        actuals.grants = grants;
        actuals.access = user.access;
        actuals.reports = () -> grants.reports.stream()
                .filter(r -> r.status() == Report.Status.ACCEPTED || r.kind() == Report.Kind.FINAL).toList();
        try (var ignored = user.access.enter(FakeAccess.COUNTRY)) {
            return actuals.latestAccepted();
        }
    }

    private Report report(int tranche, Report.Kind kind, String actual, String at) {
        Report report = new Report(grants.grant.id(), tranche, kind, "Progress", 10, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 6, 30), Ledgers.money("100", "NPR"), Ledgers.money("50", "NPR"), "np.applicant",
                Instant.parse(at));
        report.reportActuals(List.of(new IndicatorActual(INDICATOR, new BigDecimal(actual))), Set.of(INDICATOR));
        return report;
    }

    private static Report accepted(Report report) {
        report.verifyProgress(true, "np.coordinator", null);
        report.verifyFinancial(true, "np.finance", null);
        return report;
    }
}
