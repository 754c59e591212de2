package org.m4d.grants.workflow.web;

import java.io.Serializable;
import java.math.BigDecimal;
import org.m4d.grants.proposal.application.ProposalDraft;
import org.m4d.grants.proposal.domain.LeadActor;
import org.m4d.grants.proposal.domain.Proposal;
import org.m4d.grants.proposal.domain.Sector;

/** The revision form: the proposal's fields, filled in from the proposal. */
public class RevisionForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private String title;
    private Sector sector;
    private LeadActor leadActor;
    private BigDecimal requestedAmount;
    private boolean filled;

    void fill(Proposal proposal) {
        if (!filled) {
            title = proposal.title();
            sector = proposal.sector();
            leadActor = proposal.leadActor();
            requestedAmount = proposal.requestedAmount().amount();
            filled = true;
        }
    }

    ProposalDraft draft() {
        return new ProposalDraft(title, sector, leadActor, requestedAmount, null);
    }

    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public Sector getSector() { return sector; }
    public void setSector(Sector v) { sector = v; }
    public LeadActor getLeadActor() { return leadActor; }
    public void setLeadActor(LeadActor v) { leadActor = v; }
    public BigDecimal getRequestedAmount() { return requestedAmount; }
    public void setRequestedAmount(BigDecimal v) { requestedAmount = v; }
}
