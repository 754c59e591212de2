package org.m4d.grants.partner.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.m4d.grants.identity.application.Access;
import org.m4d.grants.identity.web.TenantSwitcher;
import org.m4d.grants.partner.application.AssessmentInput;
import org.m4d.grants.partner.application.PartnerDetails;
import org.m4d.grants.partner.application.PartnerService;
import org.m4d.grants.partner.domain.PartnerType;
import org.m4d.grants.partner.domain.RiskRating;
import org.m4d.grants.platform.application.TenantContext;
import org.m4d.grants.platform.web.Formats;
import org.m4d.grants.platform.web.Pages;

/**
 * Backs {@code app/partner.xhtml?tenant=NP&id=42}: a partner's numbers and contact, the rating in
 * force and its history; coordinators and finance change the partner and record assessments. The
 * country is explicit so that the "all countries" list can link to any of them.
 */
@Named
@ViewScoped
public class PartnerPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PartnerService partners;

    @Inject
    transient Access access;

    @Inject
    transient TenantSwitcher tenantSwitcher;

    @Inject
    transient FacesContext faces;

    @Inject
    transient Formats formats;

    private String tenant;
    private Long id;
    private PartnerFields fields;
    private RiskRating rating;
    private LocalDate assessedOn;
    private String assessor;
    private LocalDate validUntil;
    private String note;
    private boolean manages;
    private transient PartnerDetails details;

    /** Before rendering: the readers of partner details get the page (403, or 404 for another country). */
    public void load() {
        if (id == null) {
            Pages.sendError(faces, 404);
            return;
        }
        if (tenant == null || tenant.isBlank()) {
            tenant = tenantSwitcher.getCurrent();
        }
        try (TenantContext.Scope in = access.enter(tenant)) {
            details = partners.details(id);
            manages = partners.manages();
        }
        if (fields == null) {
            fields = PartnerFields.of(details.partner());
        }
    }

    public void save() {
        try (TenantContext.Scope in = access.enter(tenant)) {
            partners.update(id, fields.toInput());
        }
        Pages.redirect(faces, self(), formats.message("partner.saved"));
    }

    public void assess() {
        try (TenantContext.Scope in = access.enter(tenant)) {
            partners.assess(id, new AssessmentInput(rating, assessedOn, assessor, validUntil, note));
        }
        Pages.redirect(faces, self(), formats.message("partner.assessed"));
    }

    private String self() {
        return "/app/partner.xhtml?tenant=" + tenant + "&id=" + id;
    }

    public PartnerDetails getDetails() {
        if (details == null && id != null && !faces.getResponseComplete()) {
            load();
        }
        return details;
    }

    public boolean isManages() {
        return manages;
    }

    /** The ratings an assessment may give: not "not assessed". */
    public RiskRating[] getRatings() {
        return new RiskRating[] {RiskRating.LOW, RiskRating.MODERATE, RiskRating.SIGNIFICANT, RiskRating.HIGH};
    }

    public PartnerType[] getTypes() {
        return PartnerType.values();
    }

    public PartnerFields getFields() {
        return fields;
    }

    public String getTenant() {
        return tenant;
    }

    public void setTenant(String tenant) {
        this.tenant = tenant;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public RiskRating getRating() {
        return rating;
    }

    public void setRating(RiskRating rating) {
        this.rating = rating;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public void setAssessedOn(LocalDate assessedOn) {
        this.assessedOn = assessedOn;
    }

    public String getAssessor() {
        return assessor;
    }

    public void setAssessor(String assessor) {
        this.assessor = assessor;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
