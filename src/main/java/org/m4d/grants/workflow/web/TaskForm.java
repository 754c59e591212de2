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
import org.m4d.grants.grant.application.ReportService;
import org.m4d.grants.platform.domain.BoundedNumber;
import org.m4d.grants.platform.web.Formats;
import org.m4d.grants.platform.web.Pages;
import org.m4d.grants.proposal.application.ConflictSummary;
import org.m4d.grants.proposal.application.ProposalDetails;
import org.m4d.grants.proposal.application.ProposalService;
import org.m4d.grants.proposal.domain.Decision;
import org.m4d.grants.proposal.domain.LeadActor;
import org.m4d.grants.proposal.domain.Sector;
import org.m4d.grants.review.application.ReviewService;
import org.m4d.grants.review.domain.Criterion;
import org.m4d.grants.review.domain.Recommendation;
import org.m4d.grants.workflow.application.Workflow;
import org.m4d.grants.workflow.domain.GrantLifecycle;
import org.m4d.grants.workflow.domain.TaskView;

/**
 * Backs {@code app/task.xhtml}: one task's form next to the proposal it is about. The form is the
 * task's own: endorsement, screening, revision, conflict of interest, scoring, overdue review,
 * approval, disbursement.
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
    transient ReviewService reviews;

    @Inject
    transient GrantService grants;

    @Inject
    transient ReportService reports;

    @Inject
    transient FacesContext faces;

    @Inject
    transient Formats fmt;

    private String id;
    private TaskView task;
    private transient ProposalDetails proposal;
    private ConflictSummary summary;
    /** One key per disbursement form, so that a double click records once. */
    private String disbursementKey = java.util.UUID.randomUUID().toString();
    private transient GrantView grant;

    private String comment;
    private BigDecimal amount;
    private LocalDate date = LocalDate.now();
    private String reference;
    private String plan = "40, 40, 20";
    private org.m4d.grants.grant.domain.Modality modality = org.m4d.grants.grant.domain.Modality.DIRECT_CASH_TRANSFER;
    private final ReportForm report = new ReportForm();
    private final ReviewForm review = new ReviewForm();
    private final RevisionForm revision = new RevisionForm();

    public void load() {
        try {
            task = workflow.task(id);
            if (is(GrantLifecycle.DECLARE_CONFLICT)) {
                // before declaring, a reviewer sees who proposes what, nothing more
                summary = proposals.conflictSummary(id);
                return;
            }
            proposal = proposals.details(task.proposalId());
            summary = new ConflictSummary(proposal.proposal().id(), proposal.proposal().title(),
                    proposal.proposal().createdBy());
            grant = proposal.visibility().readsGrant()
                    ? grants.ofProposal(task.proposalId()).orElse(null) : null;
            revision.fill(proposal.proposal());
            report.indicators(proposal.proposal().profile().indicators());
        } catch (RuntimeException e) {
            if (!Pages.showConflictAt(faces, e, "/app/inbox.xhtml")) {
                Pages.show(faces, e);
            }
        }
    }

    public ConflictSummary getSummary() {
        if (summary == null && task == null && id != null && !faces.getResponseComplete()) {
            load();
        }
        return summary;
    }

    /** Runs a use case, then back to the inbox with a confirmation; on failure the form stays. */
    private void act(Runnable useCase, String confirmation) {
        try {
            useCase.run();
            Pages.redirect(faces, "/app/inbox.xhtml", confirmation);
        } catch (RuntimeException e) {
            if (!Pages.showConflictAt(faces, e, "/app/inbox.xhtml")) {
                Pages.show(faces, e);
                load();
            }
        }
    }

    /** A confirmation in the page's language; built before the use case, so the locale is the view's. */
    private String text(String key) {
        return fmt.message(key);
    }

    /** The step's name in the page's language; the model's own name for a step without a label. */
    public String getTaskName() {
        return task == null ? "" : Formats.textOr(fmt.locale(), "step." + task.key(), task.name());
    }

    /** A scoring criterion by name, for its label on the form. */
    public Criterion criterion(String name) {
        return Criterion.valueOf(name);
    }

    public void endorse() {
        act(() -> proposals.endorse(id, true, comment), text("task.done.endorsed"));
    }

    public void declineEndorsement() {
        act(() -> proposals.endorse(id, false, comment), text("task.done.notEndorsed"));
    }

    public void screen(Decision decision) {
        act(() -> proposals.screen(id, decision, comment), switch (decision) {
            case ACCEPT -> text("task.done.eligible");
            case REVISE -> text("task.done.returned");
            case REJECT -> text("task.done.rejected");
        });
    }

    public void resubmit() {
        act(() -> proposals.revise(id, revision.draft()), text("task.done.resubmitted"));
    }

    public void declare(boolean conflict) {
        act(() -> reviews.declareConflict(id, conflict, comment), conflict
                ? text("task.done.conflict") : text("task.done.noConflict"));
    }

    public void submitReview() {
        act(() -> reviews.score(id, review.scoring()), text("task.done.reviewed"));
    }

    public void acknowledgeOverdue() {
        act(() -> proposals.handleOverdueReview(id, comment), text("task.done.overdueReview"));
    }

    public void decide(Decision decision) {
        act(() -> proposals.decide(id, decision, comment), switch (decision) {
            case ACCEPT -> text("task.done.approved");
            case REVISE -> text("task.done.returned");
            case REJECT -> text("task.done.rejected");
        });
    }

    public void setTranchePlan() {
        act(() -> grants.setTranchePlan(id, modality, percentages()), text("task.done.planSet"));
    }

    /** Records a disbursement from the open tranche and stays on the task, for more. */
    public void recordDisbursement() {
        try {
            grants.disburse(task.proposalId(), new DisbursementEntry(amount, date, reference), disbursementKey);
            disbursementKey = java.util.UUID.randomUUID().toString();
            Pages.redirect(faces, "/app/task.xhtml?id=" + id, text("task.done.disbursed"));
        } catch (RuntimeException e) {
            Pages.show(faces, e);
            load();
        }
    }

    public void releaseTranche() {
        act(() -> grants.releaseTranche(id, null), text("task.done.released"));
    }

    public void submitReports() {
        act(() -> reports.submitReports(id, report.submission()), text("task.done.reportsSubmitted"));
    }

    public void verify(boolean accepted) {
        act(() -> reports.verify(id, accepted, comment), accepted ? text("task.done.reportAccepted") : text("task.done.reportReturned"));
    }

    public void followUpOverdueReport() {
        act(() -> reports.followUpOverdueReport(id, comment), text("task.done.overdueReport"));
    }

    public void submitFinalReport() {
        act(() -> reports.submitFinalReport(id, report.submission()), text("task.done.finalReport"));
    }

    public void closeGrant() {
        act(() -> reports.closeGrant(id, comment), text("task.done.closed"));
    }

    /** "40, 40, 20" as percentages; anything unreadable becomes a clear message. */
    private java.util.List<BigDecimal> percentages() {
        try {
            return java.util.Arrays.stream((plan == null ? "" : plan).split("[,/;\\s]+")).filter(p -> !p.isBlank())
                    .map(p -> BoundedNumber.decimal(p.replace("%", ""))).toList();
        } catch (BoundedNumber.OutOfBounds e) {
            throw new org.m4d.grants.platform.domain.DomainException("Write the tranches as percentages, e.g. 40, 40, 20")
                    .withKey("error.plan.format");
        }
    }

    /** Whether this task's form is the one of the given BPMN element. */
    public boolean is(String key) {
        return task != null && key.equals(task.key());
    }

    public Decision[] getDecisions() {
        return Decision.values();
    }

    public Recommendation[] getRecommendations() {
        return Recommendation.values();
    }

    public Sector[] getSectors() {
        return Sector.values();
    }

    public LeadActor[] getLeadActors() {
        return LeadActor.values();
    }

    public ReportForm getReport() {
        return report;
    }

    public org.m4d.grants.grant.domain.Modality[] getModalities() {
        return org.m4d.grants.grant.domain.Modality.values();
    }

    public org.m4d.grants.grant.domain.Modality getModality() {
        return modality;
    }

    public void setModality(org.m4d.grants.grant.domain.Modality modality) {
        this.modality = modality;
    }

    public String getPlan() {
        return plan;
    }

    public void setPlan(String plan) {
        this.plan = plan;
    }

    public ReviewForm getReview() {
        return review;
    }

    public RevisionForm getRevision() {
        return revision;
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
        if (proposal == null && task != null && !is(GrantLifecycle.DECLARE_CONFLICT) && !faces.getResponseComplete()) {
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
