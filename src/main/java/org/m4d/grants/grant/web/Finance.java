package org.m4d.grants.grant.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.m4d.grants.grant.application.FinanceService;
import org.m4d.grants.grant.application.FinanceTotals;
import org.m4d.grants.grant.application.GrantRow;
import org.m4d.grants.identity.web.TenantSwitcher;
import org.m4d.grants.platform.web.Formats;
import org.m4d.grants.platform.web.Downloads;
import org.m4d.grants.platform.application.TenantContext;

/**
 * Backs {@code app/finance.xhtml}: the grants of the countries in view with their totals, and the
 * same table as CSV or XLSX. The service answers for one country at a time and checks each.
 */
@Named
@RequestScoped
public class Finance {

    @Inject
    FinanceService finance;

    @Inject
    TenantContext context;

    @Inject
    TenantSwitcher tenant;

    @Inject
    FacesContext faces;

    @Inject
    Formats formats;

    private List<GrantRow> rows;
    private FinanceTotals totals;

    public void load() {
        rows = tenant.getScope().stream().flatMap(code -> context.runIn(code, () -> finance.grants()).stream()).toList();
        totals = FinanceTotals.of(rows);
    }

    public void exportCsv() {
        if (loaded()) {
            Downloads.csv(faces, basename(), FinanceSheets.grants(rows, formats.locale()));
        }
    }

    public void exportXlsx() {
        if (loaded()) {
            Downloads.xlsx(faces, basename(), FinanceSheets.grants(rows, formats.locale()));
        }
    }

    /** The label of a grant's status in the page's language. */
    public String status(GrantRow row) {
        return FinanceSheets.grantStatus(formats.locale(), row.status());
    }

    public List<GrantRow> getRows() {
        loaded();
        return rows == null ? List.of() : rows;
    }

    public FinanceTotals getTotals() {
        loaded();
        return totals;
    }

    private boolean loaded() {
        if (rows == null && !faces.getResponseComplete()) {
            load();
        }
        return rows != null;
    }

    /** {@code grants-NP}, or {@code grants-all} for every country in view. */
    private String basename() {
        List<String> scope = tenant.getScope();
        return "grants-" + (scope.size() == 1 ? scope.get(0) : "all");
    }
}
