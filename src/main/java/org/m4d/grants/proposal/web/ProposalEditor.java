package org.m4d.grants.proposal.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import org.m4d.grants.identity.web.TenantSwitcher;
import org.m4d.grants.platform.web.Pages;
import org.m4d.grants.proposal.application.ProposalDraft;
import org.m4d.grants.proposal.application.ProposalService;
import org.m4d.grants.proposal.domain.LeadActor;
import org.m4d.grants.proposal.domain.Sector;

/** Backs {@code app/proposal/edit.xhtml}: a new proposal, saved as draft or submitted at once. */
@Named
@ViewScoped
public class ProposalEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ProposalService proposals;

    @Inject
    transient TenantSwitcher tenant;

    @Inject
    transient FacesContext faces;

    private String title;
    private Sector sector;
    private LeadActor leadActor = LeadActor.NATIONAL_INSTITUTION;
    private BigDecimal requestedAmount;

    public void saveDraft() {
        save(false);
    }

    public void saveAndSubmit() {
        save(true);
    }

    /** Saves the draft, or saves and submits it in one transaction: a refused submission saves nothing. */
    private void save(boolean submit) {
        String code = tenant.getCurrent();
        ProposalDraft draft = new ProposalDraft(title, sector, leadActor, requestedAmount, null);
        long id;
        try {
            id = submit ? proposals.createAndSubmit(code, draft) : proposals.create(code, draft);
        } catch (RuntimeException e) {
            Pages.show(faces, e);
            return;
        }
        Pages.redirect(faces, "/app/proposal/view.xhtml?id=" + id,
                submit ? "Proposal submitted for screening." : "Draft saved.");
    }

    public Sector[] getSectors() {
        return Sector.values();
    }

    public LeadActor[] getLeadActors() {
        return LeadActor.values();
    }

    public LeadActor getLeadActor() {
        return leadActor;
    }

    public void setLeadActor(LeadActor leadActor) {
        this.leadActor = leadActor;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Sector getSector() {
        return sector;
    }

    public void setSector(Sector sector) {
        this.sector = sector;
    }

    public BigDecimal getRequestedAmount() {
        return requestedAmount;
    }

    public void setRequestedAmount(BigDecimal requestedAmount) {
        this.requestedAmount = requestedAmount;
    }
}
