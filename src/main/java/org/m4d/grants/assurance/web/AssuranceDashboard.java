package org.m4d.grants.assurance.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.m4d.grants.assurance.application.AssuranceOverview;
import org.m4d.grants.assurance.application.AssurancePlanning;
import org.m4d.grants.assurance.application.PartnerProgress;
import org.m4d.grants.assurance.application.PlannedYear;
import org.m4d.grants.assurance.domain.Finding;
import org.m4d.grants.identity.web.TenantSwitcher;
import org.m4d.grants.partner.application.PartnerService;
import org.m4d.grants.partner.application.PartnerSummary;
import org.m4d.grants.platform.application.TenantContext;
import org.m4d.grants.platform.web.Formats;
import org.m4d.grants.platform.web.Pages;

/**
 * Backs {@code app/assurance.xhtml}: each partner's assurance year, planned against done, in the
 * countries in view with a total per country, their open findings, and planning a partner's year
 * in the one country worked in. The services answer for one country at a time and check each.
 */
@Named("assurance")
@RequestScoped
public class AssuranceDashboard {

    @Inject
    AssuranceOverview overview;

    @Inject
    AssurancePlanning planning;

    @Inject
    PartnerService partners;

    @Inject
    TenantContext context;

    @Inject
    TenantSwitcher tenant;

    @Inject
    FacesContext faces;

    @Inject
    Formats fmt;

    private int year = Year.now().getValue();
    private Long partner;
    private List<PartnerProgress> rows;
    private List<PartnerProgress> countries;
    private List<Finding> findings;

    public void load() {
        rows = tenant.getScope().stream().flatMap(code -> context.runIn(code, () -> overview.progress(year)).stream())
                .toList();
        Map<String, PartnerProgress> byCountry = new LinkedHashMap<>();
        rows.forEach(r -> byCountry.merge(r.tenant(), new PartnerProgress(r.tenant(), 0, "", 0, 0, 0, 0, 0, 0, 0, 0)
                .plus(r), PartnerProgress::plus));
        countries = new ArrayList<>(byCountry.values());
        findings = tenant.getScope().stream().flatMap(code -> context.runIn(code, () -> overview.findings(true))
                .stream()).toList();
    }

    /** Plans the chosen partner's year in the country worked in, then shows the dashboard again. */
    public void plan() {
        PlannedYear planned = planning.plan(partner == null ? -1 : partner, year);
        Pages.redirect(faces, "/app/assurance.xhtml?year=" + year,
                fmt.message("assurance.planned", planned.added(), planned.activities().size(), year));
    }

    /** The partners of the country worked in, to plan one; none when the view is all countries. */
    public List<PartnerSummary> getPartners() {
        return tenant.isAll() ? List.of() : partners.list();
    }

    public boolean isPlans() {
        return !tenant.isAll() && planning.mayPlan();
    }

    public List<PartnerProgress> getRows() {
        loaded();
        return rows;
    }

    public List<PartnerProgress> getCountries() {
        loaded();
        return countries;
    }

    public List<Finding> getFindings() {
        loaded();
        return findings;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public Long getPartner() {
        return partner;
    }

    public void setPartner(Long partner) {
        this.partner = partner;
    }

    private void loaded() {
        if (rows == null && !faces.getResponseComplete()) {
            load();
        }
    }
}
