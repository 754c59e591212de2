package org.m4d.grants.reporting.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.m4d.grants.platform.domain.Sheet;
import org.m4d.grants.platform.web.Formats;
import org.m4d.grants.reporting.application.ProgrammeResults;
import org.m4d.grants.reporting.domain.OutcomeTotal;

/**
 * The results and markers tables as export sheets, for the page's buttons: one row per
 * country and figure, then the programme's rows (country "ALL"), headers in the user's language.
 */
final class ResultsSheets {

    /** The country column of the programme-wide rows. */
    public static final String PROGRAMME = "ALL";

    private ResultsSheets() {
    }

    public static Sheet indicators(ProgrammeResults results, Locale locale) {
        List<String> headers = headers(locale, "phase", "country", "outcome", "programmeIndicator", "unit", "linked",
                "reporting", "target", "actual");
        List<List<Sheet.Cell>> rows = results.rollup().indicators().stream().map(r -> List.of(
                Sheet.text(results.phase().name()), Sheet.text(country(r.country())), Sheet.text(r.outcome()),
                Sheet.text(r.indicator()), Sheet.text(r.unit()), Sheet.text(r.linked()), Sheet.text(r.reporting()),
                Sheet.number(r.target()), Sheet.number(r.actual()))).toList();
        return new Sheet(Formats.text(locale, "results.sheet.indicators"), headers, rows);
    }

    public static Sheet markers(ProgrammeResults results, Locale locale) {
        List<String> headers = headers(locale, "country", "marker", "value", "proposals", "grants", "approvedUsd");
        List<List<Sheet.Cell>> rows = results.markers().stream().map(r -> List.of(
                Sheet.text(country(r.country())), Sheet.text(Formats.text(locale, "results.marker." + r.marker())),
                Sheet.text(r.value()), Sheet.text(r.proposals()), Sheet.text(r.grants()),
                Sheet.usd(r.approvedUsd()))).toList();
        return new Sheet(Formats.text(locale, "results.sheet.markers"), headers, rows);
    }

    static String country(String code) {
        return code == null ? PROGRAMME : code;
    }

    static String title(ProgrammeResults results, OutcomeTotal row) {
        return results.outcomes().stream().filter(o -> o.number() == row.outcome()).map(o -> o.title()).findFirst()
                .orElse("");
    }

    private static List<String> headers(Locale locale, String... columns) {
        return Arrays.stream(columns).map(c -> Formats.text(locale, "results.col." + c)).toList();
    }
}
