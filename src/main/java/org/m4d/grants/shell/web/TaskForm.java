package org.m4d.grants.shell.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.UUID;
import java.util.List;
import org.m4d.grants.grant.application.AllowedModalities;
import org.m4d.grants.grant.application.DisbursementEntry;
import org.m4d.grants.grant.application.FaceService;
import org.m4d.grants.grant.application.FaceView;
import org.m4d.grants.grant.application.GrantService;
import org.m4d.grants.grant.domain.FaceDocument;
import org.m4d.grants.grant.application.GrantView;
import org.m4d.grants.grant.application.ModalityChoice;
import org.m4d.grants.grant.domain.Modality;
import org.m4d.grants.platform.domain.ConflictException;
import org.m4d.grants.platform.domain.Money;
import org.m4d.grants.platform.web.Formats;
import org.m4d.grants.platform.web.Pages;
import org.m4d.grants.proposal.application.AttachmentService;
import org.m4d.grants.proposal.application.ConflictSummary;
import org.m4d.grants.proposal.application.ProposalAnswers;
import org.m4d.grants.proposal.application.ProposalDetails;
import org.m4d.grants.proposal.application.ProposalService;
import org.m4d.grants.proposal.domain.Attachment;
import org.m4d.grants.proposal.domain.BudgetLine;
import org.m4d.grants.proposal.domain.FileType;
import org.m4d.grants.proposal.domain.LeadActor;
import org.m4d.grants.proposal.domain.Sector;
import org.m4d.grants.review.domain.Criterion;
import org.m4d.grants.review.domain.Recommendation;
import org.m4d.grants.workflow.application.TaskCompletion;
import org.m4d.grants.workflow.application.Workflow;
import org.m4d.grants.workflow.domain.GrantLifecycle;
import org.m4d.grants.workflow.domain.TaskView;

/**
 * Backs {@code app/task.xhtml}: one task's form next to the proposal it is about. The form is the
 * fragment the task's {@code camunda:formKey} names; whatever it enters goes to the step's handler
 * through {@link TaskCompletion}, as from the API.
 */
@Named
@ViewScoped
public class TaskForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Where the form fragments named by the models' form keys live, out of reach of a request. */
    static final String FRAGMENTS = "/WEB-INF/";

    @Inject
    transient Workflow workflow;

    @Inject
    transient TaskCompletion completion;

    @Inject
    transient ProposalService proposals;

    @Inject
    transient GrantService grants;

    @Inject
    transient FaceService faceService;

    @Inject
    transient AllowedModalities allowedModalities;

    @Inject
    transient AttachmentService files;

    @Inject
    transient ProposalAnswers answers;

    @Inject
    transient FacesContext faces;

    @Inject
    transient Formats fmt;

    private String id;
    private TaskView task;
    private transient ProposalDetails proposal;
    private ConflictSummary summary;
    /** One key per disbursement form, so that a double click records once. */
    private String disbursementKey = UUID.randomUUID().toString();
    private transient GrantView grant;
    private transient ModalityChoice modalityChoice;
    private final TaskInput input = new TaskInput();
    private transient FaceView face;
    private boolean acceptanceOffered;
    private transient List<Attachment> attachments;
    private transient String partnerName;
    private transient List<SectionAnswer> sections;

    /** One narrative section of the proposal as the reviewer reads it: the call's question and the answer. */
    public record SectionAnswer(String question, String answer) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    public void load() {
        try {
            task = workflow.task(id);
            if (GrantLifecycle.DECLARE_CONFLICT.equals(task.key())) {
                // before declaring, a reviewer sees who proposes what, nothing more
                summary = proposals.conflictSummary(id);
                return;
            }
            proposal = proposals.details(task.proposalId());
            summary = new ConflictSummary(proposal.proposal().id(), proposal.proposal().title(),
                    proposal.proposal().createdBy());
            grant = proposal.visibility().readsGrant()
                    ? grants.ofProposal(task.proposalId()).orElse(null) : null;
            input.fill(proposal.proposal());
            if (GrantLifecycle.SET_TRANCHE_PLAN.equals(task.key())) {
                input.offerOnly(modalityChoice().offered());
            }
        } catch (ConflictException e) {
            // the step was taken or completed meanwhile: the form is pointless, back to the inbox
            Pages.showConflictAt(faces, e, "/app/inbox.xhtml");
        }
    }

    public ConflictSummary getSummary() {
        if (summary == null && task == null && id != null && !faces.getResponseComplete()) {
            load();
        }
        return summary;
    }

    /** The form fragment of this task, as its model names it; none before the task is known. */
    public String getFragment() {
        return task == null || task.formKey() == null ? null : FRAGMENTS + task.formKey();
    }

    /**
     * Completes the task shown with what its form entered, then back to the inbox with the
     * confirmation (a message key, read in the page's language before the step); on a broken rule
     * the form stays with its message.
     */
    public void complete(String confirmation) {
        String text = fmt.message(confirmation);
        try {
            completion.complete(id, task.key(), input);
            Pages.redirect(faces, "/app/inbox.xhtml", text);
        } catch (ConflictException e) {
            // the step was taken or completed meanwhile: the form is pointless, back to the inbox
            Pages.showConflictAt(faces, e, "/app/inbox.xhtml");
        }
    }

    /** Records a disbursement from the open tranche and stays on the task, for more. */
    public void recordDisbursement() {
        grants.disburse(task.proposalId(), new DisbursementEntry(input.getAmount(), input.getDate(),
                input.getReference()), disbursementKey);
        disbursementKey = UUID.randomUUID().toString();
        Pages.redirect(faces, "/app/task.xhtml?id=" + id, fmt.message("task.done.disbursed"));
    }

    /** The step's name in the page's language; the model's own name for a step without a label. */
    public String getTaskName() {
        return task == null ? "" : Formats.textOr(fmt.locale(), "step." + task.key(), task.name());
    }

    /**
     * Whether the page shows the whole proposal beside the form: on the scoring step, which a
     * reviewer reaches only after declaring no conflict of interest (the declaration itself shows
     * the summary only, {@link #load}).
     */
    public boolean isWholeProposal() {
        return task != null && GrantLifecycle.SCORE_PROPOSAL.equals(task.key()) && getProposal() != null;
    }

    /** The proposal's files, read through the proposal's own rule (a reviewer: once cleared); none but on the scoring step. */
    public List<Attachment> getAttachments() {
        if (attachments == null) {
            attachments = isWholeProposal() ? files.list(task.proposalId()) : List.of();
        }
        return attachments;
    }

    /** Whether the file may be opened in the browser (PDF, images, plain text), else only downloaded. */
    public boolean opensInBrowser(Attachment attachment) {
        return FileType.opensInBrowser(attachment.contentType());
    }

    /** The name of the partner the proposal is made for, or null; on the scoring step only. */
    public String getPartnerName() {
        if (partnerName == null && isWholeProposal()) {
            partnerName = proposals.partnerName(task.proposalId()).orElse("");
        }
        return partnerName == null || partnerName.isEmpty() ? null : partnerName;
    }

    /** The sum of the budget lines, at the scale of the proposal's currency. */
    public Money getBudgetTotal() {
        if (getProposal() == null) {
            return null;
        }
        String currency = proposal.proposal().requestedAmount().currency();
        List<BudgetLine> lines = proposal.proposal().profile().budgetLines();
        return Money.of(lines.stream().map(BudgetLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add), currency);
    }

    /**
     * The proposal's narrative sections (the call's questions in the user's language and the
     * applicant's answers of the current round), in the call's order; on the scoring step only, read
     * through the proposal's own rule (a reviewer: once cleared).
     */
    public List<SectionAnswer> getSections() {
        if (sections == null) {
            sections = isWholeProposal() ? answers.answers(task.proposalId(), null).sections().stream()
                    .map(a -> new SectionAnswer(a.section().question(fmt.locale()), a.text())).toList() : List.of();
        }
        return sections;
    }

    /** A scoring criterion by name, for its label on the form. */
    public Criterion criterion(String name) {
        return Criterion.valueOf(name);
    }

    public TaskInput getInput() {
        return input;
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

    /** The modalities the partner's risk rating allows, the only ones the tranche plan offers. */
    public List<Modality> getModalities() {
        return modalityChoice().offered();
    }

    /** Why the plan offers these modalities: the partner's rating today and the country's table. */
    public String getModalityNote() {
        ModalityChoice choice = modalityChoice();
        return choice.offered().size() == Modality.values().length
                ? fmt.message("task.plan.allAllowed", choice.rating())
                : fmt.message("task.plan.allowed", choice.rating(), choice.offered());
    }

    private ModalityChoice modalityChoice() {
        if (modalityChoice == null) {
            modalityChoice = allowedModalities.of(task.proposalId());
        }
        return modalityChoice;
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
        if (proposal == null && task != null && !GrantLifecycle.DECLARE_CONFLICT.equals(task.key())
                && !faces.getResponseComplete()) {
            load();
        }
        return proposal;
    }

    public GrantView getGrant() {
        getProposal();
        return grant;
    }

    /** The grant's FACE documents, the balance carried and what stops a payment; for the FACE steps. */
    public FaceView getFace() {
        if (face == null && getGrant() != null) {
            face = faceService.ofProposal(task.proposalId());
        }
        return face;
    }

    /** The certified expenditure finance is asked to accept, its lines offered in the form once. */
    public FaceDocument getWaitingFace() {
        return offered(FaceDocument.Status.REPORTED);
    }

    /** The advance request finance is asked to authorise, its lines offered in the form once. */
    public FaceDocument getWaitingRequest() {
        return offered(FaceDocument.Status.REQUESTED);
    }

    private FaceDocument offered(FaceDocument.Status status) {
        FaceDocument waiting = getFace() == null ? null : face.documents().stream()
                .filter(d -> d.status() == status && (status != FaceDocument.Status.REQUESTED
                        || d.kind() == FaceDocument.Kind.ADVANCE_REQUEST && getGrant().openTranche() != null
                        && d.trancheNumber() == getGrant().openTranche().number()))
                .reduce((first, later) -> later).orElse(null);
        if (waiting != null && !acceptanceOffered) {
            input.offerForAcceptance(waiting.lines().stream().map(l -> l.amount(waiting.currency()).amount()).toList());
            acceptanceOffered = true;
        }
        return waiting;
    }

    /** Why no payment may be made now (the release gates), in the user's language, for finance to see before paying. */
    public java.util.List<String> getReleaseBlocks() {
        return getFace() == null ? java.util.List.of() : face.blocks().stream()
                .map(b -> fmt.message(b.key(), b.args().toArray())).toList();
    }

    /** What the modality lets finance pay from the open tranche: the advance authorised, the accepted expenditure, or the vendor's request. */
    public String getPaymentNote() {
        if (getFace() == null || getGrant().openTranche() == null) {
            return null;
        }
        int tranche = getGrant().openTranche().number();
        return face.documents().stream().filter(d -> d.trancheNumber() == tranche).reduce((first, later) -> later)
                .map(d -> switch (d.kind()) {
                    case REIMBURSEMENT -> d.status() == FaceDocument.Status.ACCEPTED
                            ? fmt.message("task.face.payAccepted", fmt.money(d.accepted())) : null;
                    case DIRECT_PAYMENT -> fmt.message("task.face.payVendor", d.vendor(), d.invoiceReference(), fmt.money(d.total()));
                    case ADVANCE_REQUEST -> d.status() == FaceDocument.Status.AUTHORISED
                            ? fmt.message("task.face.payAuthorised", fmt.money(d.accepted())) : null;
                    case ADVANCE -> null;
                }).orElse(null);
    }
}
