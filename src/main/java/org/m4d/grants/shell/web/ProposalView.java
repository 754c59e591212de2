package org.m4d.grants.shell.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.stream.Collectors;
import org.m4d.grants.grant.application.GrantService;
import org.m4d.grants.grant.application.GrantView;
import org.m4d.grants.partner.application.PartnerService;
import org.m4d.grants.platform.web.Formats;
import org.m4d.grants.platform.web.Pages;
import org.m4d.grants.proposal.application.ProposalDetails;
import org.m4d.grants.proposal.application.ProposalService;
import org.m4d.grants.proposal.domain.ProposalState;

/**
 * Backs {@code app/proposal/view.xhtml}: a proposal with its state, grant, ledger and history. A
 * proposal of another country is a 404.
 */
@Named
@ViewScoped
public class ProposalView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ProposalService proposals;

    @Inject
    transient GrantService grants;

    @Inject
    transient FacesContext faces;

    @Inject
    transient Formats fmt;

    @Inject
    transient org.m4d.grants.proposal.application.AttachmentService files;

    @Inject
    transient PartnerService partners;

    @Inject
    transient org.m4d.grants.proposal.application.ProposalAnswers answers;

    private Long id;
    private transient ProposalDetails details;
    private transient GrantView grant;
    private transient java.util.List<org.m4d.grants.proposal.domain.Attachment> attachments;
    private transient java.util.List<TaskForm.SectionAnswer> sections;
    private String partnerName;
    private boolean partnerLinked;

    public void load() {
        if (id == null) {
            Pages.sendError(faces, 404);
            return;
        }
        details = proposals.details(id);
        grant = details.visibility().readsGrant() ? grants.ofProposal(id).orElse(null) : null;
        attachments = files.list(id);
        partnerName = proposals.partnerName(id).orElse(null);
        partnerLinked = partnerName != null && partners.readsDetails();
    }

    /** The name of the partner the proposal is made for, or null. */
    public String getPartnerName() {
        return partnerName;
    }

    /** Whether the partner's name links to its page: only for those who may read it. */
    public boolean isPartnerLinked() {
        return partnerLinked;
    }

    public void submit() {
        proposals.submit(id);
        Pages.redirect(faces, "/app/proposal/view.xhtml?id=" + id, fmt.message("view.done.submitted"));
    }

    /** The applicant deletes a draft that was never submitted. */
    public void delete() {
        proposals.delete(id);
        Pages.redirect(faces, "/app/proposals.xhtml", fmt.message("view.done.deleted"));
    }

    private String withdrawalReason;

    public void withdraw() {
        proposals.withdraw(id, withdrawalReason);
        Pages.redirect(faces, "/app/proposal/view.xhtml?id=" + id, fmt.message("view.done.withdrawn"));
    }

    public boolean isWithdrawable() {
        return details != null && details.proposal().state().withdrawable();
    }

    public String getWithdrawalReason() {
        return withdrawalReason;
    }

    public void setWithdrawalReason(String withdrawalReason) {
        this.withdrawalReason = withdrawalReason;
    }

    /** The proposal's files, for whoever may read the proposal. */
    public java.util.List<org.m4d.grants.proposal.domain.Attachment> getAttachments() {
        return attachments == null ? java.util.List.of() : attachments;
    }

    /** Whether the user is the applicant, or a co-applicant (ADR 0035), who may still edit this draft in the wizard. */
    public boolean isEditable() {
        return isDraft() && details.visibility().editsProposal();
    }

    /** Whether the user is the applicant who created this draft and alone deletes it. */
    public boolean isDeletable() {
        return isDraft() && details.proposal().createdBy().equals(faces.getExternalContext().getRemoteUser());
    }

    public boolean isDraft() {
        return details != null && details.proposal().state() == ProposalState.DRAFT;
    }

    /** The steps the proposal waits in, named in the page's language. */
    public String getWaitingIn() {
        return getDetails() == null ? "" : getDetails().activeSteps().stream()
                .map(step -> fmt.code("step.", step)).collect(Collectors.joining(", "));
    }

    /** The question before withdrawing, as a JavaScript string literal's content. */
    public String getWithdrawConfirmation() {
        return fmt.message("view.withdrawConfirm").replace("\\", "\\\\").replace("'", "\\'");
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ProposalDetails getDetails() {
        if (details == null && id != null && !faces.getResponseComplete()) {
            load();
        }
        return details;
    }

    public GrantView getGrant() {
        getDetails();
        return grant;
    }

    /**
     * The questions of the proposal's form in the user's language with the answers of its current
     * round, in the call's order; none when its call asks no narrative sections.
     */
    public java.util.List<TaskForm.SectionAnswer> getSections() {
        if (sections == null && getDetails() != null) {
            sections = answers.answers(details.proposal().id(), null).sections().stream()
                    .map(a -> new TaskForm.SectionAnswer(a.section().question(fmt.locale()), a.text())).toList();
        }
        return sections == null ? java.util.List.of() : sections;
    }
}
