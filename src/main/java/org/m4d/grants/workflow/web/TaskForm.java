package org.m4d.grants.workflow.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.m4d.grants.grant.application.DisbursementEntry;
import org.m4d.grants.grant.application.GrantService;
import org.m4d.grants.grant.application.GrantView;
import org.m4d.grants.identity.web.TenantSwitcher;
import org.m4d.grants.platform.web.Pages;
import org.m4d.grants.proposal.application.ProposalDetails;
import org.m4d.grants.proposal.application.ProposalService;
import org.m4d.grants.workflow.application.Workflow;
import org.m4d.grants.workflow.domain.GrantLifecycle;
import org.m4d.grants.workflow.domain.TaskView;

/**
 * Backs {@code app/task.xhtml}: one task's form next to the proposal it is about. The form depends
 * on the task: a screening decision, or a disbursement.
 */
@Named
@ViewScoped
public class TaskForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Workflow workflow;

    @Inject
    transient ProposalService proposals;

    @Inject
    transient GrantService grants;

    @Inject
    transient TenantSwitcher tenant;

    @Inject
    transient FacesContext faces;

    private String id;
    private TaskView task;
    private transient ProposalDetails proposal;
    private transient GrantView grant;

    private String comment;
    private BigDecimal amount;
    private LocalDate date = LocalDate.now();
    private String reference;

    public void load() {
        try {
            task = workflow.task(tenant.getCurrent(), id);
            proposal = proposals.details(tenant.getCurrent(), task.proposalId());
            grant = grants.ofProposal(tenant.getCurrent(), task.proposalId()).orElse(null);
        } catch (RuntimeException e) {
            Pages.show(faces, e);
        }
    }

    public void approve() {
        screen(true);
    }

    public void reject() {
        screen(false);
    }

    private void screen(boolean eligible) {
        try {
            proposals.screen(tenant.getCurrent(), id, eligible, comment);
            Pages.redirect(faces, "/app/inbox.xhtml",
                    eligible ? "Proposal approved as eligible." : "Proposal rejected.");
        } catch (RuntimeException e) {
            Pages.show(faces, e);
            load();
        }
    }

    public void recordDisbursement() {
        try {
            grants.recordDisbursement(tenant.getCurrent(), id, new DisbursementEntry(amount, date, reference));
            Pages.redirect(faces, "/app/inbox.xhtml", "Disbursement recorded.");
        } catch (RuntimeException e) {
            Pages.show(faces, e);
            load();
        }
    }

    public boolean isScreening() {
        return task != null && GrantLifecycle.SCREEN_ELIGIBILITY.equals(task.key());
    }

    public boolean isDisbursement() {
        return task != null && GrantLifecycle.RECORD_DISBURSEMENT.equals(task.key());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public TaskView getTask() {
        return task;
    }

    public ProposalDetails getProposal() {
        if (proposal == null && task != null && !faces.getResponseComplete()) {
            load();
        }
        return proposal;
    }

    public GrantView getGrant() {
        getProposal();
        return grant;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }
}
