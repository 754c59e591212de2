package org.m4d.grants.operations.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.m4d.grants.identity.web.TenantSwitcher;
import org.m4d.grants.operations.application.ConsistencyCheck;
import org.m4d.grants.operations.application.ConsistencyReport;
import org.m4d.grants.operations.domain.Mismatch;

/**
 * Backs {@code app/admin/consistency.xhtml}: the consistency check of the country the user works in
 * (its administrator, pmu), or of every country when pmu chose *All countries*. Others get 403, as
 * the check refuses them.
 */
@Named
@RequestScoped
public class ConsistencyPage {

    @Inject
    ConsistencyCheck check;

    @Inject
    TenantSwitcher tenant;

    private ConsistencyReport report;

    /** Before rendering: the check, once per request. */
    public void load() {
        if (report == null) {
            report = tenant.isAll() ? check.all() : check.country(tenant.getCurrent());
        }
    }

    public List<Mismatch> getMismatches() {
        return report == null ? List.of() : report.mismatches();
    }

    public String getCountries() {
        return report == null ? "" : String.join(", ", report.countries());
    }

    public int getCount() {
        return report == null ? 0 : report.count();
    }
}
