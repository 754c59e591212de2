package org.m4d.grants.reporting.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.m4d.grants.grant.domain.IndicatorActual;
import org.m4d.grants.grant.domain.Report;
import org.m4d.grants.programme.application.ProgrammeCatalogue;
import org.m4d.grants.proposal.domain.Indicator;

/**
 * Puts the actuals reported beside the targets: on the verification steps (what this report says
 * against the target) and on the proposal page (where each indicator stands by the reports that
 * count, the figure the results roll-up counts).
 */
@Named
@ApplicationScoped
public class IndicatorProgress {

    @Inject
    ProgrammeCatalogue catalogue;

    /** The programme indicator a grant indicator counts towards, as "name (unit)"; empty when none. */
    public String programmeIndicator(Indicator indicator) {
        if (indicator.programmeIndicatorId() == null || indicator.phaseId() == null) {
            return "";
        }
        return catalogue.indicators(indicator.phaseId()).stream()
                .filter(p -> p.id() == indicator.programmeIndicatorId())
                .map(p -> p.name() + " (" + p.unit() + ")").findFirst().orElse("");
    }

    /** The target of the named indicator of the proposal's results framework; null when it has none. */
    public BigDecimal target(List<Indicator> indicators, String name) {
        return indicators.stream().filter(i -> i.name().equals(name)).map(Indicator::target).findFirst().orElse(null);
    }

    /**
     * The actual of the latest counting report that gave one for the indicator (accepted, or the
     * final report of a closed grant: {@link Report#counts(boolean)}); null while none has.
     */
    public BigDecimal latestAccepted(List<Report> reports, boolean grantClosed, String name) {
        return reports.stream().filter(r -> r.counts(grantClosed))
                .sorted(Comparator.comparing(Report::submittedAt).reversed())
                .map(r -> r.indicatorActuals().stream().filter(a -> a.name().equals(name)).findFirst()
                        .map(IndicatorActual::actual).orElse(null))
                .filter(Objects::nonNull).findFirst().orElse(null);
    }
}
