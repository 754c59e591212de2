package org.m4d.grants.reporting.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.function.Supplier;
import org.m4d.grants.audit.web.AuditLog;
import org.m4d.grants.identity.web.TenantSwitcher;
import org.m4d.grants.platform.domain.Sheet;
import org.m4d.grants.platform.web.Downloads;
import org.m4d.grants.platform.web.Formats;
import org.m4d.grants.proposal.web.ProposalList;
import org.m4d.grants.reporting.application.ListExports;

/**
 * The download buttons of the proposal list ({@code app/proposals.xhtml}: proposals, their reviews
 * and indicators) and of the audit page: each file holds the rows the page's filters, country
 * scope and the user's visibility give, all of them rather than the page shown.
 */
@Named("listDownloads")
@RequestScoped
public class ListDownloads {

    @Inject
    ListExports exports;

    @Inject
    ProposalList proposalList;

    @Inject
    AuditLog auditLog;

    @Inject
    TenantSwitcher tenant;

    @Inject
    FacesContext faces;

    @Inject
    Formats formats;

    public void proposalsCsv() {
        send(Downloads::csv, "proposals", this::proposals);
    }

    public void proposalsXlsx() {
        send(Downloads::xlsx, "proposals", this::proposals);
    }

    public void reviewsCsv() {
        send(Downloads::csv, "reviews", this::reviews);
    }

    public void reviewsXlsx() {
        send(Downloads::xlsx, "reviews", this::reviews);
    }

    public void indicatorsCsv() {
        send(Downloads::csv, "indicators", this::indicators);
    }

    public void indicatorsXlsx() {
        send(Downloads::xlsx, "indicators", this::indicators);
    }

    public void auditCsv() {
        send(Downloads::csv, "audit", this::audit);
    }

    public void auditXlsx() {
        send(Downloads::xlsx, "audit", this::audit);
    }

    /** Whether to offer the reviews file: to those who may read reviews in every country in view. */
    public boolean isReviewsOffered() {
        return exports.readsReviews(tenant.getScope());
    }

    private Sheet proposals() {
        return ExportSheets.proposals(exports.proposals(tenant.getScope(), proposalList.search()), formats.locale());
    }

    private Sheet reviews() {
        return ExportSheets.reviews(exports.reviews(tenant.getScope(), proposalList.search()), formats.locale());
    }

    private Sheet indicators() {
        return ExportSheets.indicators(exports.indicators(tenant.getScope(), proposalList.search()), formats.locale());
    }

    private Sheet audit() {
        return ExportSheets.audit(exports.audit(tenant.getScope(), auditLog.getCountry(), auditLog.search()),
                formats.locale());
    }

    private void send(Writer writer, String what, Supplier<Sheet> sheet) {
        writer.write(faces, basename(what, auditCountry(what)), sheet.get());
    }

    private String auditCountry(String what) {
        return "audit".equals(what) ? auditLog.getCountry() : null;
    }

    /** {@code proposals-NP}, or {@code proposals-all} for every country in view. */
    private String basename(String what, String narrowedTo) {
        List<String> scope = tenant.getScope();
        String country = narrowedTo != null && scope.contains(narrowedTo) ? narrowedTo : scope.size() == 1 ? scope.get(0) : "all";
        return what + "-" + country;
    }

    /** {@link Downloads#csv} or {@link Downloads#xlsx}. */
    @FunctionalInterface
    private interface Writer {
        void write(FacesContext faces, String basename, Sheet sheet);
    }
}
