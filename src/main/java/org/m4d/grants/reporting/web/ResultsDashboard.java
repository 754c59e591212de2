package org.m4d.grants.reporting.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.m4d.grants.identity.web.TenantSwitcher;
import org.m4d.grants.platform.domain.Sheet;
import org.m4d.grants.platform.web.Downloads;
import org.m4d.grants.platform.web.Formats;
import org.m4d.grants.reporting.application.ProgrammeResults;
import org.m4d.grants.reporting.application.ResultsQueries;
import org.m4d.grants.reporting.domain.IndicatorTotal;
import org.m4d.grants.reporting.domain.MarkerTotal;
import org.m4d.grants.reporting.domain.OutcomeTotal;

/**
 * Backs {@code app/results.xhtml}: the phase's results rolled up to its outcomes and programme
 * indicators, and the proposals' markers, over the countries in view, each as a chart with its
 * table, and both tables as CSV or XLSX.
 */
@Named
@RequestScoped
public class ResultsDashboard {

    private static final String BLUE = "#0b3d91";
    private static final String GREEN = "#047857";

    @Inject
    ResultsQueries queries;

    @Inject
    TenantSwitcher tenant;

    @Inject
    FacesContext faces;

    @Inject
    Formats fmt;

    private String phase;
    private ProgrammeResults results;

    public void load() {
        results = queries.results(tenant.getScope(), phase);
    }

    public ProgrammeResults getResults() {
        loaded();
        return results;
    }

    /** The programme indicators' totals over the countries in view: the chart's bars. */
    public List<IndicatorTotal> getTotals() {
        loaded();
        return results.rollup().programme();
    }

    /** The countries' rows, shown when several countries are in view. */
    public List<IndicatorTotal> getCountryTotals() {
        loaded();
        return results.rollup().indicators().stream().filter(r -> r.country() != null).toList();
    }

    public List<OutcomeTotal> getOutcomes() {
        loaded();
        return results.rollup().outcomes().stream().filter(r -> r.country() == null).toList();
    }

    /** The markers per country (when several are in view) and over all of them. */
    public List<MarkerTotal> getMarkers() {
        loaded();
        return results.markers().stream().filter(r -> isSeveralCountries() || r.country() == null).toList();
    }

    public boolean isSeveralCountries() {
        return tenant.getScope().size() > 1;
    }

    public String outcomeTitle(OutcomeTotal row) {
        return ResultsSheets.title(results, row);
    }

    public String getResultsChart() {
        List<IndicatorTotal> totals = getTotals();
        return ChartConfig.bars(totals.stream().map(this::indicatorLabel).toList(), List.of(
                new ChartConfig.Series(fmt.message("results.col.target"), totals.stream().map(IndicatorTotal::target).toList(), BLUE),
                new ChartConfig.Series(fmt.message("results.col.actual"), totals.stream().map(IndicatorTotal::actual).toList(), GREEN)),
                true, false);
    }

    public String getResultsSummary() {
        List<IndicatorTotal> totals = getTotals();
        return ChartConfig.summary(fmt.message("results.chart"), totals.stream().map(this::indicatorLabel).toList(),
                totals.stream().map(t -> List.of(fmt.message("results.col.target") + " " + t.target().stripTrailingZeros().toPlainString(),
                        fmt.message("results.col.actual") + " " + t.actual().stripTrailingZeros().toPlainString())).toList());
    }

    public String getMarkersChart() {
        List<MarkerTotal> gender = gender();
        return ChartConfig.bars(gender.stream().map(MarkerTotal::value).toList(), List.of(
                new ChartConfig.Series(fmt.message("results.col.proposals"),
                        gender.stream().map(MarkerTotal::proposals).toList(), BLUE)), true, true);
    }

    public String getMarkersSummary() {
        List<MarkerTotal> gender = gender();
        return ChartConfig.summary(fmt.message("results.markersChart"), gender.stream().map(MarkerTotal::value).toList(),
                gender.stream().map(m -> List.of(Integer.toString(m.proposals()))).toList());
    }

    public String markerLabel(MarkerTotal row) {
        return fmt.message("results.marker." + row.marker());
    }

    public void exportIndicatorsCsv() {
        download(ResultsSheets.indicators(getResults(), fmt.locale()), "results", false);
    }

    public void exportIndicatorsXlsx() {
        download(ResultsSheets.indicators(getResults(), fmt.locale()), "results", true);
    }

    public void exportMarkersCsv() {
        download(ResultsSheets.markers(getResults(), fmt.locale()), "markers", false);
    }

    public void exportMarkersXlsx() {
        download(ResultsSheets.markers(getResults(), fmt.locale()), "markers", true);
    }

    private void download(Sheet sheet, String table, boolean xlsx) {
        List<String> scope = tenant.getScope();
        String basename = table + "-" + (scope.size() == 1 ? scope.get(0) : "all");
        if (xlsx) {
            Downloads.xlsx(faces, basename, sheet);
        } else {
            Downloads.csv(faces, basename, sheet);
        }
    }

    private List<MarkerTotal> gender() {
        return getMarkers().stream().filter(m -> m.country() == null && m.marker().equals("GENDER_MARKER")).toList();
    }

    private String indicatorLabel(IndicatorTotal row) {
        return row.outcome() + " · " + row.indicator() + " (" + row.unit() + ")";
    }

    private void loaded() {
        if (results == null) {
            load();
        }
    }

    public String getPhase() {
        return phase;
    }

    public void setPhase(String phase) {
        this.phase = phase;
    }
}
