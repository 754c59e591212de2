package org.m4d.grants.reporting.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.m4d.grants.identity.web.TenantSwitcher;
import org.m4d.grants.platform.web.Formats;
import org.m4d.grants.reporting.application.CallFigures;
import org.m4d.grants.reporting.application.CallQueries;
import org.m4d.grants.reporting.application.Count;
import org.m4d.grants.reporting.application.DashboardFigures;
import org.m4d.grants.reporting.application.DashboardQueries;
import org.m4d.grants.reporting.application.GrantLine;
import org.m4d.grants.reporting.application.Total;
import org.m4d.grants.workflow.domain.OverdueCounts;

/**
 * Backs {@code app/index.xhtml}: the dashboard of the countries in scope. Each chart comes with a
 * one-line text alternative, and the page shows its numbers in tables beside it.
 */
@Named
@RequestScoped
public class Dashboard {

    private static final String BLUE = "#0b3d91";
    private static final String GREEN = "#047857";
    private static final String AMBER = "#b45309";
    private static final int LABEL_LENGTH = 32;

    @Inject
    DashboardQueries queries;

    @Inject
    TenantSwitcher tenant;

    @Inject
    Formats fmt;

    @Inject
    CallQueries callQueries;

    private DashboardFigures figures;
    private List<CallFigures> calls;

    public void load() {
        figures = queries.figures(tenant.getScope());
        calls = callQueries.figures(tenant.getScope());
    }

    /** Per country and call: the envelope, requested, approved and disbursed in US dollars (ADR 31). */
    public List<CallFigures> getCalls() {
        return calls;
    }

    /** A dollar figure, or a dash where the call sets no envelope. */
    public String usd(java.math.BigDecimal amount) {
        return amount == null ? "—" : fmt.amount(amount, "USD") + " USD";
    }

    public DashboardFigures getFigures() {
        return figures;
    }

    /** Whether the scope covers several countries, so that rows name their country. */
    public boolean isSeveralCountries() {
        return tenant.getScope().size() > 1;
    }

    public String getFunnelChart() {
        return counts(figures.funnel(), BLUE);
    }

    public String getFunnelSummary() {
        return countSummary("dashboard.funnel", figures.funnel());
    }

    public String getSectorChart() {
        return counts(figures.sectors(), GREEN);
    }

    public String getSectorSummary() {
        return countSummary("dashboard.bySector", figures.sectors());
    }

    public String getGrantsChart() {
        String currency = figures.chartCurrency();
        List<GrantLine> grants = figures.grants();
        return ChartConfig.bars(grants.stream().map(this::grantLabel).toList(), List.of(
                new ChartConfig.Series(fmt.message("dashboard.approved"),
                        grants.stream().map(g -> amount(g.approvedIn(currency))).toList(), BLUE),
                new ChartConfig.Series(fmt.message("dashboard.disbursed"),
                        grants.stream().map(g -> amount(g.disbursedIn(currency))).toList(), GREEN)), false, false);
    }

    public String getGrantsSummary() {
        String currency = figures.chartCurrency();
        return ChartConfig.summary(getGrantsHeading(), figures.grants().stream().map(this::grantLabel).toList(),
                figures.grants().stream().map(g -> List.of(
                        fmt.message("dashboard.approved") + " " + fmt.money(g.approvedIn(currency)),
                        fmt.message("dashboard.disbursed") + " " + fmt.money(g.disbursedIn(currency)))).toList());
    }

    /** A grant with no dollar figure (no rate) has no bar. */
    private static java.math.BigDecimal amount(org.m4d.grants.platform.domain.Money money) {
        return money == null ? null : money.amount();
    }

    public String getGrantsHeading() {
        return fmt.message("dashboard.grants", figures.chartCurrency());
    }

    public String getTotalsChart() {
        Total total = figures.chartTotal();
        return ChartConfig.bars(totalLabels(), List.of(new ChartConfig.Series(total.currency(),
                List.of(total.approved().amount(), total.disbursed().amount(), total.remaining().amount()), BLUE)),
                true, false);
    }

    public String getTotalsSummary() {
        Total total = figures.chartTotal();
        return ChartConfig.summary(fmt.message("dashboard.totals"), totalLabels(), List.of(
                List.of(fmt.money(total.approved())), List.of(fmt.money(total.disbursed())),
                List.of(fmt.money(total.remaining()))));
    }

    public String getOverdueChart() {
        OverdueCounts overdue = figures.overdue();
        return ChartConfig.bars(overdueLabels(), List.of(new ChartConfig.Series(fmt.message("dashboard.colCount"),
                List.of(overdue.tasks(), overdue.reports(), overdue.mine()), AMBER)), true, true);
    }

    public String getOverdueSummary() {
        OverdueCounts overdue = figures.overdue();
        return ChartConfig.summary(fmt.message("dashboard.overdue"), overdueLabels(), List.of(
                List.of(Long.toString(overdue.tasks())), List.of(Long.toString(overdue.reports())),
                List.of(Long.toString(overdue.mine()))));
    }

    private <T extends Enum<T>> String counts(List<Count<T>> counts, String colour) {
        return ChartConfig.bars(counts.stream().map(c -> fmt.label(c.value())).toList(),
                List.of(new ChartConfig.Series(fmt.message("dashboard.colProposals"),
                        counts.stream().map(Count::count).toList(), colour)), true, true);
    }

    private <T extends Enum<T>> String countSummary(String titleKey, List<Count<T>> counts) {
        return ChartConfig.summary(fmt.message(titleKey), counts.stream().map(c -> fmt.label(c.value())).toList(),
                counts.stream().map(c -> List.of(Long.toString(c.count()))).toList());
    }

    private List<String> totalLabels() {
        return List.of(fmt.message("dashboard.approved"), fmt.message("dashboard.disbursed"),
                fmt.message("dashboard.remaining"));
    }

    private List<String> overdueLabels() {
        return List.of(fmt.message("dashboard.overdueTasks"), fmt.message("dashboard.overdueReports"),
                fmt.message("dashboard.overdueMine"));
    }

    /** A grant's title, shortened for an axis, with its country when several are shown. */
    private String grantLabel(GrantLine grant) {
        String title = grant.title().length() > LABEL_LENGTH
                ? grant.title().substring(0, LABEL_LENGTH - 1).strip() + "…" : grant.title();
        return isSeveralCountries() ? grant.tenant() + " · " + title : title;
    }
}
