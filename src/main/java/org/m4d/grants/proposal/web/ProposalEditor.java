package org.m4d.grants.proposal.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.EnumConverter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import org.m4d.grants.identity.web.TenantSwitcher;
import org.m4d.grants.platform.web.Formats;
import org.m4d.grants.platform.web.Pages;
import org.m4d.grants.programme.application.ProgrammeCatalogue;
import org.m4d.grants.proposal.application.AnswerInput;
import org.m4d.grants.proposal.application.AttachmentService;
import org.m4d.grants.proposal.application.ProposalAnswers;
import org.m4d.grants.proposal.application.ProgrammeFit;
import org.m4d.grants.proposal.application.ProposalDraft;
import org.m4d.grants.proposal.application.ProposalService;
import org.m4d.grants.proposal.domain.Attachment;
import org.m4d.grants.proposal.domain.FileType;
import org.m4d.grants.proposal.domain.InterventionArea;
import org.m4d.grants.proposal.domain.LeadActor;
import org.m4d.grants.proposal.domain.Level;
import org.m4d.grants.partner.application.PartnerService;
import org.m4d.grants.programme.application.CallService;
import org.m4d.grants.programme.domain.Call;
import org.m4d.grants.partner.application.PartnerSummary;
import org.m4d.grants.proposal.domain.PartnerType;
import org.m4d.grants.proposal.domain.Proposal;
import org.m4d.grants.proposal.domain.ProposalState;
import org.m4d.grants.proposal.domain.Sector;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.event.FlowEvent;
import org.m4d.grants.platform.application.TenantContext;

/**
 * Backs {@code app/proposal/edit.xhtml}: the proposal wizard (basics, results, budget, files,
 * confirmation). A draft can be saved at any step; the first save creates it, later ones update it.
 */
@Named
@ViewScoped
public class ProposalEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ProposalService proposals;

    @Inject
    transient AttachmentService files;

    @Inject
    transient PartnerService partners;

    @Inject
    transient CallService calls;

    @Inject
    TenantSwitcher tenant;

    @Inject
    TenantContext context;

    @Inject
    transient Formats fmt;

    @Inject
    transient ProgrammeFit fit;

    @Inject
    transient ProposalAnswers answers;

    private Long id;
    private ProposalForm form = new ProposalForm();
    private transient List<PartnerSummary> implementingPartners;
    private transient List<Call> openCalls;
    private transient List<ProgrammeFit.LinkOption> indicatorLinks;
    private transient List<ProgrammeCatalogue.Outcome> outcomes;
    /** The day the draft was made, whose phase its outcomes and links belong to; null for a new draft (today). */
    private LocalDate made;
    private String tenantCode;
    /** The sections of the draft's call as the wizard asks them; null until first shown. */
    private List<SectionAnswer> sections;
    /** The call the sections were read from (null: the standing call). */
    private Long sectionsOfCall;
    /** The draft's version as last opened or saved here: a save against it fails if someone else changed it since. */
    private Long version;
    /** What was last opened or saved: an autosave with nothing new saves nothing (and writes no audit entry). */
    private ProposalDraft saved;
    /** The wizard step the page opens at (?step=), e.g. to put back text kept in the browser on that step. */
    private String step;
    /** Why the last autosave was refused (the invalid fields' messages), for the page; null when it was not. */
    private transient String problem;
    /** The answers last opened or saved here, with the draft: an autosave with neither changed saves nothing. */
    private AnswerInput savedAnswers;

    /** Opens a saved draft of the user for editing (?id=), or starts a new one in the current country. */
    public void load() {
        FacesContext faces = FacesContext.getCurrentInstance();
        tenantCode = tenant.getCurrent();
        if (id == null || faces.isPostback()) {
            return;
        }
        Proposal proposal = context.runIn(tenantCode, () -> proposals.changeable(id));
        if (proposal.state() != ProposalState.DRAFT) {
            Pages.redirect(faces, "/app/proposal/view.xhtml?id=" + id, null);
            return;
        }
        opened(proposal);
        sectionsOfCall = proposal.callId();
    }

    /** Edits the saved draft: its form, and the phase of the day it was made for the outcomes and links offered. */
    void opened(Proposal proposal) {
        form = ProposalForm.of(proposal);
        version = proposal.version();
        saved = form.draft();
        made = proposal.createdAt().atZone(ZoneOffset.UTC).toLocalDate();
        outcomes = null;
        indicatorLinks = null;
    }

    /** The day whose phase governs the draft: the day it was made, or today for one not yet saved. */
    private LocalDate made() {
        return made != null ? made : LocalDate.now(ZoneOffset.UTC);
    }

    /** Saves the draft and stays on the step the user is at. */
    public void saveDraft() {
        if (save()) {
            info(fmt.message("edit.draftSaved"));
            tell(Autosave.Outcome.SAVED);
        }
    }

    /** Saves and submits in one transaction: a refused submission saves nothing. */
    public void saveAndSubmit() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (overLimit()) {
            return;
        }
        try {
            Long seen = version;
            id = context.runIn(tenantCode, () -> answers.saveDraft(id, seen, form.draft(), answerInput(), true)).id();
        } catch (ConstraintViolationException invalid) {
            show(invalid);
            return;
        }
        Pages.redirect(faces, "/app/proposal/view.xhtml?id=" + id, fmt.message("edit.submitted"));
    }

    private boolean save() {
        if (overLimit()) {
            return false;
        }
        try {
            store(form.draft(), answerInput());
            return true;
        } catch (ConstraintViolationException invalid) {
            show(invalid);
            return false;
        } catch (RuntimeException failure) {
            if (!Autosave.changedMeanwhile(failure)) {
                throw failure;
            }
            // the message every page gives for it, and the autosave's script stops claiming the text is saved
            Pages.error(FacesContext.getCurrentInstance(), fmt.message("error.changedMeanwhile"));
            tell(Autosave.Outcome.CONFLICT);
            return false;
        }
    }

    /**
     * The one save path of the button and the autosave: the draft with its answers, in one
     * transaction; the first save creates the draft (the page then goes on with it), later ones update
     * it against the version last seen here, so a change a co-applicant made meanwhile is refused
     * ("changed meanwhile"), never overwritten.
     */
    private void store(ProposalDraft draft, AnswerInput typed) {
        Long seen = version;
        ProposalAnswers.Saved done = context.runIn(tenantCode, () -> answers.saveDraft(id, seen, draft, typed, false));
        id = done.id();
        version = done.version();
        saved = draft;
        savedAnswers = typed;
    }

    /**
     * Saves the whole form as the user types (the page calls it a moment after the last change, and
     * when a field is left) through the path of "Save draft". The page learns the outcome from the
     * callback parameters: {@code autosave} is {@code saved}, {@code invalid} (with {@code problem})
     * or {@code conflict}; with {@code saved} come the draft's {@code draftId} and {@code version}.
     * Any other failure (the database away) goes to {@code FailedActions} and the page, seeing no
     * outcome, keeps the text in the browser.
     */
    public void autosave() {
        tell(autosaveOutcome());
    }

    /** Tells the page's script what came of a save (js/autosave.js). */
    private void tell(Autosave.Outcome outcome) {
        var ajax = org.primefaces.PrimeFaces.current().ajax();
        ajax.addCallbackParam("autosave", outcome.name().toLowerCase(java.util.Locale.ROOT));
        if (outcome == Autosave.Outcome.SAVED) {
            ajax.addCallbackParam("draftId", id);
            ajax.addCallbackParam("version", version);
        }
        if (problem != null) {
            ajax.addCallbackParam("problem", problem);
        }
    }

    /** Saves the form unless it holds nothing new since the last save; what came of it. */
    Autosave.Outcome autosaveOutcome() {
        problem = null;
        List<String> over = overLimitMessages();
        if (!over.isEmpty()) {
            problem = String.join(" ", over);
            return Autosave.Outcome.INVALID;
        }
        ProposalDraft draft = form.draft();
        AnswerInput typed = answerInput();
        if (!Autosave.needed(id, saved, draft) && java.util.Objects.equals(savedAnswers, typed)) {
            return Autosave.Outcome.SAVED;
        }
        try {
            store(draft, typed);
            return Autosave.Outcome.SAVED;
        } catch (ConstraintViolationException invalid) {
            problem = invalid.getConstraintViolations().stream().map(ConstraintViolation::getMessage).sorted()
                    .collect(java.util.stream.Collectors.joining(" "));
            return Autosave.Outcome.INVALID;
        } catch (RuntimeException failure) {
            if (Autosave.changedMeanwhile(failure)) {
                return Autosave.Outcome.CONFLICT;
            }
            throw failure;
        }
    }

    /** Attaches an uploaded file; a new proposal is saved as a draft first, to have something to attach to. */
    public void upload(FileUploadEvent event) {
        if (id == null && !save()) {
            return;
        }
        Attachment added = context.runIn(tenantCode,
                () -> files.attach(id, event.getFile().getFileName(), event.getFile().getContent()));
        info(fmt.message("edit.fileAttached", added.fileName()));
    }

    public void removeAttachment(long attachmentId) {
        context.runIn(tenantCode, () -> files.remove(attachmentId));
    }

    public List<Attachment> getAttachments() {
        return id == null ? List.of() : context.runIn(tenantCode, () -> files.list(id));
    }

    /** Moving between steps: going on saves nothing yet, the user decides when to save. */
    public String onFlow(FlowEvent event) {
        return event.getNewStep();
    }

    /**
     * The sections of the draft's call, in the user's language (ADR 34): for a saved draft those its
     * form asks (the short form under the call's threshold), with its answers; for a new one those of
     * the call chosen. Texts typed already are kept for the sections asked again.
     */
    private void readSections() {
        java.util.Locale locale = fmt.locale();
        java.util.Map<String, String> typed = new java.util.HashMap<>();
        if (sections != null) {
            sections.forEach(s -> typed.put(s.getCode(), s.getText()));
        }
        List<SectionAnswer> read;
        if (id != null && java.util.Objects.equals(sectionsOfCall, form.getCallId()) || id != null && form.getCallId() == null) {
            read = context.runIn(tenantCode, () -> answers.answers(id, null)).sections().stream()
                    .map(a -> new SectionAnswer(a.section().code(), a.section().question(locale),
                            a.section().help(locale), a.section().required(), a.section().wordLimit(), a.text()))
                    .toList();
        } else if (form.getCallId() != null) {
            read = context.runIn(tenantCode, () -> calls.call(form.getCallId())).sections().stream()
                    .map(s -> new SectionAnswer(s.code(), s.question(locale), s.help(locale), s.required(),
                            s.wordLimit(), null))
                    .toList();
        } else {
            read = List.of();
        }
        for (SectionAnswer section : read) {
            if (typed.containsKey(section.getCode())) {
                section.setText(typed.get(section.getCode()));
            }
        }
        sections = read;
        sectionsOfCall = form.getCallId();
    }

    /** Another call chosen: its sections, keeping the texts typed for the sections it asks too. */
    public void callChanged() {
        readSections();
    }

    /** How many of the sections shown are answered, for the check step. */
    public String getAnsweredLabel() {
        List<SectionAnswer> shown = getSections();
        long answered = shown.stream().filter(s -> !s.getText().isBlank()).count();
        return fmt.message("edit.sectionsAnswered", answered, shown.size());
    }

    /** The sections the draft's call asks, shown under its basics; read when first shown. */
    public List<SectionAnswer> getSections() {
        if (sections == null) {
            readSections();
        }
        return sections;
    }

    /** The answers typed, for the sections shown; none when they were never shown. */
    private AnswerInput answerInput() {
        List<AnswerInput.Answer> typed = sections == null ? List.of()
                : sections.stream().map(s -> new AnswerInput.Answer(s.getCode(), s.getText())).toList();
        return new AnswerInput(typed);
    }

    /** Refuses to save an answer over its word limit, with the message next to it: nothing is saved. */
    private boolean overLimit() {
        FacesContext faces = FacesContext.getCurrentInstance();
        List<String> over = overLimitMessages();
        over.forEach(text -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null)));
        return !over.isEmpty();
    }

    /** What is wrong with the answers typed: each over its section's word limit, named. */
    private List<String> overLimitMessages() {
        if (sections == null) {
            return List.of();
        }
        return sections.stream().filter(SectionAnswer::isOverLimit).map(section -> fmt.message("error.answer.overLimit",
                section.getQuestion(), section.getWords(), section.getWordLimit())).toList();
    }

    /**
     * Shows invalid fields next to the field when the page has one of that name, otherwise at the
     * top. Only this page knows its fields, so it places these itself; every other failure goes to
     * {@code FailedActions}.
     */
    private void show(ConstraintViolationException invalid) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (ConstraintViolation<?> violation : invalid.getConstraintViolations()) {
            String field = null;
            for (Path.Node node : violation.getPropertyPath()) {
                field = node.getName();
            }
            UIComponent input = field == null ? null : faces.getViewRoot().findComponent("proposal:" + fieldId(field));
            faces.addMessage(input == null ? null : input.getClientId(faces),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, violation.getMessage(), null));
        }
    }

    private static String fieldId(String property) {
        return switch (property) {
            case "requestedAmount" -> "amount";
            case "genderMarker" -> "gender";
            case "sdgTargets" -> "sdg";
            case "gcmObjectives" -> "gcm";
            default -> property;
        };
    }

    private static void info(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }

    /** The budget lines' sum against the requested amount, checked as the user types. */
    public String getBudgetCheck() {
        String currency = tenant.getTenant() == null ? null : tenant.getTenant().currency();
        BigDecimal total = form.getBudgetTotal();
        String sum = fmt.amount(total, currency) + " " + currency;
        if (form.getRequestedAmount() == null || isBudgetBalanced()) {
            return fmt.message("edit.budgetTotal", sum);
        }
        return fmt.message("edit.budgetMismatch", sum, fmt.amount(form.getRequestedAmount(), currency) + " " + currency);
    }

    /** Whether the user submits this draft: its creator, not a co-applicant (ADR 0035); a new draft is the user's own. */
    public boolean isSubmitter() {
        return id == null || context.runIn(tenantCode, () -> proposals.visibility(id).submitsProposal());
    }

    public boolean isBudgetBalanced() {
        return form.getRequestedAmount() != null && form.getBudgetTotal().compareTo(form.getRequestedAmount()) == 0;
    }

    public String size(long bytes) {
        return bytes < 1024 ? bytes + " B" : bytes < 1024 * 1024 ? (bytes / 1024) + " KB"
                : fmt.amount(BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024L * 1024), 1,
                java.math.RoundingMode.HALF_UP), null) + " MB";
    }

    public String getAccept() {
        return FileType.acceptedExtensions();
    }

    public Converter<InterventionArea> getAreaConverter() {
        return new EnumConverter(InterventionArea.class);
    }

    public Converter<PartnerType> getPartnerConverter() {
        return new EnumConverter(PartnerType.class);
    }

    public ProposalForm getForm() {
        return form;
    }

    /**
     * What the indicators may count towards: the outcomes and programme indicators of the draft's phase,
     * the one saving checks them against.
     */
    public List<ProgrammeFit.LinkOption> getIndicatorLinks() {
        if (indicatorLinks == null) {
            indicatorLinks = fit.linkOptions(made());
        }
        return indicatorLinks;
    }

    /** The outcomes of the draft's phase to choose from, numbered and titled as the catalogue has them. */
    public List<ProgrammeCatalogue.Outcome> getOutcomes() {
        if (outcomes == null) {
            outcomes = fit.outcomes(made());
        }
        return outcomes;
    }

    public Sector[] getSectors() {
        return Sector.values();
    }

    /** The calls open today for the country, besides the standing call, to make the proposal for (ADR 31). */
    public List<Call> getOpenCalls() {
        if (openCalls == null) {
            openCalls = calls.open().stream().filter(c -> !c.standing()).toList();
        }
        return openCalls;
    }

    /** A call as the choice shows it: its title and the day it closes. */
    public String callLabel(Call call) {
        return call.closesOn() == null ? call.title()
                : fmt.message("edit.callCloses", call.title(), fmt.date(call.closesOn()));
    }

    /** The country's implementing partners to choose from, by name. */
    public List<PartnerSummary> getImplementingPartners() {
        if (implementingPartners == null) {
            implementingPartners = partners.list();
        }
        return implementingPartners;
    }

    /** The name of the chosen partner for the check step, or a dash. */
    public String partnerName(Long partnerId) {
        return getImplementingPartners().stream().filter(p -> p.id() == (partnerId == null ? -1 : partnerId))
                .map(PartnerSummary::name).findFirst().orElse("-");
    }

    public LeadActor[] getLeadActors() {
        return LeadActor.values();
    }

    public Level[] getLevels() {
        return Level.values();
    }

    public InterventionArea[] getAreas() {
        return InterventionArea.values();
    }

    public PartnerType[] getPartnerTypes() {
        return PartnerType.values();
    }

    public List<String> getGcmObjectives() {
        return IntStream.rangeClosed(1, 23).mapToObj(String::valueOf).toList();
    }

    public Long getId() {
        return id;
    }

    /** The draft's version as this page last saw it, for the browser's kept copy; null before the first save. */
    public Long getVersion() {
        return version;
    }

    /** The wizard step to show: the one asked for (?step=) when it is a step of the wizard, else the first. */
    public String getStep() {
        UIComponent wizard = FacesContext.getCurrentInstance().getViewRoot().findComponent("proposal:wizard");
        List<String> steps = wizard == null ? List.of()
                : wizard.getChildren().stream().map(UIComponent::getId).toList();
        return Autosave.step(step, steps);
    }

    public void setStep(String step) {
        this.step = step;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
