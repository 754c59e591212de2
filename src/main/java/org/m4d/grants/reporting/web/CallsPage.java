package org.m4d.grants.reporting.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.m4d.grants.identity.application.Access;
import org.m4d.grants.identity.application.Countries;
import org.m4d.grants.identity.application.CurrentUser;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.identity.web.TenantSwitcher;
import org.m4d.grants.platform.application.TenantContext;
import org.m4d.grants.platform.web.Formats;
import org.m4d.grants.platform.web.Pages;
import org.m4d.grants.programme.application.CallInput;
import org.m4d.grants.programme.application.CallService;
import org.m4d.grants.programme.application.PhaseService;
import org.m4d.grants.programme.application.PhaseView;
import org.m4d.grants.reporting.application.CallFigures;
import org.m4d.grants.reporting.application.CallQueries;

/**
 * Backs {@code app/calls.xhtml} (ADR 31): the calls of the countries in scope with each country's
 * envelope, requested, approved and disbursed in US dollars (the calls open today for the members
 * who read only those), and, for pmu and coordinators, the form that opens a call with an envelope
 * for each country it covers (a blank envelope leaves the country out).
 */
@Named
@ViewScoped
public class CallsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A country the call may cover, with the envelope typed for it. */
    public static class EnvelopeRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String code;
        private final String name;
        private BigDecimal amount;

        EnvelopeRow(String code, String name) {
            this.code = code;
            this.name = name;
        }

        public String getCode() {
            return code;
        }

        public String getName() {
            return name;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public void setAmount(BigDecimal amount) {
            this.amount = amount;
        }
    }

    @Inject
    transient CallQueries queries;

    @Inject
    transient CallService calls;

    @Inject
    transient PhaseService phases;

    @Inject
    transient Countries countries;

    @Inject
    transient CurrentUser user;

    @Inject
    transient Access access;

    @Inject
    TenantSwitcher tenant;

    @Inject
    transient FacesContext faces;

    @Inject
    transient Formats formats;

    private transient List<CallFigures> rows;
    private String phaseId;
    private String title;
    private LocalDate opensOn;
    private LocalDate closesOn;
    private List<EnvelopeRow> envelopes;

    public List<CallFigures> getRows() {
        if (rows == null) {
            rows = queries.figures(tenant.getScope());
        }
        return rows;
    }

    /** Whether the rows name their country (several countries in scope). */
    public boolean isSeveralCountries() {
        return tenant.getScope().size() > 1;
    }

    /** Whether the user may open a call: pmu, or a coordinator of the country. */
    public boolean isOpens() {
        return user.hasRole(null, Role.PMU) || user.hasRole(tenant.getCurrent(), Role.COORDINATOR);
    }

    public List<PhaseView> getPhases() {
        return phases.list();
    }

    /** The countries the user may open a call for: every country for pmu, the current one for a coordinator. */
    public List<EnvelopeRow> getEnvelopes() {
        if (envelopes == null) {
            envelopes = new ArrayList<>();
            for (Countries.Country country : countries.all()) {
                if (user.hasRole(null, Role.PMU) || country.code().equals(tenant.getCurrent())) {
                    envelopes.add(new EnvelopeRow(country.code(), country.name()));
                }
            }
        }
        return envelopes;
    }

    /** A dollar figure, or a dash where the call sets no envelope. */
    public String usd(BigDecimal amount) {
        return amount == null ? "—" : formats.amount(amount, "USD") + " USD";
    }

    /** Opens the call, in the first country it covers; a refusal keeps the form as typed. */
    public void open() {
        List<CallInput.Envelope> covered = getEnvelopes().stream().filter(e -> e.amount != null)
                .map(e -> new CallInput.Envelope(e.code, e.amount)).toList();
        if (covered.isEmpty()) {
            Pages.error(faces, formats.message("error.call.noCountry"));
            return;
        }
        try (TenantContext.Scope in = access.enter(covered.get(0).country())) {
            calls.open(new CallInput(phaseId, title, opensOn, closesOn, covered));
        }
        Pages.redirect(faces, "/app/calls.xhtml", formats.message("calls.opened", title));
    }

    public String getPhaseId() {
        return phaseId;
    }

    public void setPhaseId(String phaseId) {
        this.phaseId = phaseId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public void setOpensOn(LocalDate opensOn) {
        this.opensOn = opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public void setClosesOn(LocalDate closesOn) {
        this.closesOn = closesOn;
    }
}
