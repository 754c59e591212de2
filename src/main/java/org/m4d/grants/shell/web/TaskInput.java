package org.m4d.grants.shell.web;

import java.io.Serializable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.m4d.grants.assurance.application.FindingEntry;
import org.m4d.grants.grant.application.FaceLineInput;
import org.m4d.grants.grant.application.ReportSubmission;
import org.m4d.grants.grant.domain.Modality;
import org.m4d.grants.platform.domain.BoundedNumber;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.proposal.domain.Decision;
import org.m4d.grants.proposal.domain.Indicator;
import org.m4d.grants.proposal.domain.LeadActor;
import org.m4d.grants.proposal.domain.Proposal;
import org.m4d.grants.proposal.application.ProfileInput;
import org.m4d.grants.proposal.domain.Sector;
import org.m4d.grants.review.domain.Recommendation;
import org.m4d.grants.workflow.application.TaskCompletion;

/**
 * What the task page's form fragments enter, in one place: each property is named as the member
 * of a handler's payload it fills, so the payload of any step is read from here by name, without
 * a method per step. Buttons set the choice they stand for (a decision, endorsed or not).
 */
public class TaskInput implements TaskCompletion.Payload, Serializable {

    private static final long serialVersionUID = 1L;

    private Boolean endorsed;
    private Decision decision;
    private Boolean conflict;
    private Boolean accepted;
    private String comment;
    private String statement;
    private String note;
    private String title;
    private Sector sector;
    private LeadActor leadActor;
    private BigDecimal requestedAmount;
    private Integer relevance;
    private Integer scalability;
    private Integer localOwnership;
    private Integer genderResponsiveness;
    private Integer sustainability;
    private Integer budgetRealism;
    private Recommendation recommendation;
    private String comments;
    private Modality modality = Modality.DIRECT_CASH_TRANSFER;
    private String plan = "40, 40, 20";
    private BigDecimal amount;
    private LocalDate date = LocalDate.now();
    private String reference;
    private String narrative;
    private Integer beneficiariesReached;
    private LocalDate periodStart = LocalDate.now().minusMonths(6);
    private LocalDate periodEnd = LocalDate.now();
    private BigDecimal expenditure;
    private final List<Actual> actuals = new ArrayList<>();
    private final List<FaceRow> faceRows = new ArrayList<>(List.of(new FaceRow(), new FaceRow(), new FaceRow()));
    private String vendor;
    private String invoiceReference;
    private String summary;
    private String lessons;
    private boolean filled;

    /** One indicator of the results framework and the value reached, as entered. */
    public static class Actual implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String name;
        private final String unit;
        private final BigDecimal target;
        private BigDecimal value;

        Actual(Indicator indicator) {
            this.name = indicator.name();
            this.unit = indicator.unit();
            this.target = indicator.target();
        }

        public String getName() { return name; }
        public String getUnit() { return unit; }
        public BigDecimal getTarget() { return target; }
        public BigDecimal getValue() { return value; }
        public void setValue(BigDecimal v) { value = v; }
    }

    /**
     * One budget line of a FACE form as typed: the partner's description and amount, and what
     * finance accepts of the line in the same place.
     */
    public static class FaceRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String description;
        private BigDecimal amount;
        private BigDecimal accepted;

        public String getDescription() { return description; }
        public void setDescription(String v) { description = v; }
        public BigDecimal getAmount() { return amount; }
        public void setAmount(BigDecimal v) { amount = v; }
        public BigDecimal getAccepted() { return accepted; }
        public void setAccepted(BigDecimal v) { accepted = v; }

        boolean blank() {
            return (description == null || description.isBlank()) && amount == null;
        }
    }

    /** Starts the revision from the proposal as it is and offers its indicators for their actuals, once. */
    void fill(Proposal proposal) {
        if (!filled) {
            title = proposal.title();
            sector = proposal.sector();
            leadActor = proposal.leadActor();
            requestedAmount = proposal.requestedAmount().amount();
            proposal.profile().indicators().forEach(i -> actuals.add(new Actual(i)));
            filled = true;
        }
    }

    /** Preselects the first modality offered when the default one is not among them. */
    void offerOnly(List<Modality> offered) {
        if (!offered.isEmpty() && !offered.contains(modality)) {
            modality = offered.get(0);
        }
    }

    /**
     * The payload of the step's handler, each member read from the property of its name; a payload
     * member without one is a fragment out of step with its handler, which the build's test catches.
     */
    @Override
    public <P> P as(Class<P> type) {
        RecordComponent[] components = type.getRecordComponents();
        try {
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                values[i] = property(components[i].getName()).invoke(this);
            }
            return type.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new)).newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException refused) {
                throw refused;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The task page cannot fill " + type.getSimpleName(), e);
        }
    }

    /** The getter of a payload member, or why there is none. */
    static Method property(String name) throws NoSuchMethodException {
        return TaskInput.class.getMethod("get" + Character.toUpperCase(name.charAt(0)) + name.substring(1));
    }

    /** "40, 40, 20" as percentages; anything unreadable becomes a clear message. */
    public List<BigDecimal> getPercentages() {
        try {
            return Arrays.stream((plan == null ? "" : plan).split("[,/;\\s]+")).filter(p -> !p.isBlank())
                    .map(p -> BoundedNumber.decimal(p.replace("%", ""))).toList();
        } catch (BoundedNumber.OutOfBounds e) {
            throw new DomainException("Write the tranches as percentages, e.g. 40, 40, 20").withKey("error.plan.format");
        }
    }

    /** The FACE lines typed; a row left wholly blank is not a line. */
    public List<FaceLineInput> getLines() {
        return faceRows.stream().filter(r -> !r.blank()).map(r -> new FaceLineInput(r.description, r.amount)).toList();
    }

    /** What finance accepts, one per line of the document shown, in its order. */
    public List<BigDecimal> getAcceptedAmounts() {
        return faceRows.stream().map(r -> r.accepted).toList();
    }

    /** What finance authorises of an advance request, one per line of the request shown, in its order. */
    public List<BigDecimal> getAuthorisedAmounts() {
        return getAcceptedAmounts();
    }

    /** Shows the certified lines for acceptance, each line's reported amount as what is accepted unless changed. */
    void offerForAcceptance(List<BigDecimal> reported) {
        faceRows.clear();
        reported.forEach(amount -> {
            FaceRow row = new FaceRow();
            row.accepted = amount;
            faceRows.add(row);
        });
    }

    public List<FaceRow> getFaceRows() { return faceRows; }
    public String getVendor() { return vendor; }
    public void setVendor(String v) { vendor = v; }
    public String getInvoiceReference() { return invoiceReference; }
    public void setInvoiceReference(String v) { invoiceReference = v; }

    /** The actuals entered; an indicator left blank is not reported. */
    public List<ReportSubmission.ActualInput> getIndicatorActuals() {
        return actuals.stream().filter(a -> a.value != null)
                .map(a -> new ReportSubmission.ActualInput(a.name, a.value)).toList();
    }

    /** The revision on the task page changes the basics; the profile is left as it is. */
    public ProfileInput getProfile() {
        return null;
    }

    /** The revision on the task page leaves the partner as it is, as it does the profile. */
    public Long getPartnerId() {
        return null;
    }

    /** A revision keeps the call the proposal was submitted to (ADR 31). */
    public Long getCallId() {
        return null;
    }

    /** The revision on the task page leaves the places of the scale-up as they are (ADR 0036), as it does the profile. */
    public List<org.m4d.grants.proposal.application.PlaceInput> getPlaces() {
        return null;
    }

    public List<Actual> getActuals() { return actuals; }
    public Boolean getEndorsed() { return endorsed; }
    public void setEndorsed(Boolean v) { endorsed = v; }
    public Decision getDecision() { return decision; }
    public void setDecision(Decision v) { decision = v; }
    public Boolean getConflict() { return conflict; }
    public void setConflict(Boolean v) { conflict = v; }
    public Boolean getAccepted() { return accepted; }
    public void setAccepted(Boolean v) { accepted = v; }
    public String getComment() { return comment; }
    public void setComment(String v) { comment = v; }
    public String getStatement() { return statement; }
    public void setStatement(String v) { statement = v; }
    public String getNote() { return note; }
    public void setNote(String v) { note = v; }
    public String getSummary() { return summary; }
    public void setSummary(String v) { summary = v; }
    public String getLessons() { return lessons; }
    public void setLessons(String v) { lessons = v; }
    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public Sector getSector() { return sector; }
    public void setSector(Sector v) { sector = v; }
    public LeadActor getLeadActor() { return leadActor; }
    public void setLeadActor(LeadActor v) { leadActor = v; }
    public BigDecimal getRequestedAmount() { return requestedAmount; }
    public void setRequestedAmount(BigDecimal v) { requestedAmount = v; }
    public Integer getRelevance() { return relevance; }
    public void setRelevance(Integer v) { relevance = v; }
    public Integer getScalability() { return scalability; }
    public void setScalability(Integer v) { scalability = v; }
    public Integer getLocalOwnership() { return localOwnership; }
    public void setLocalOwnership(Integer v) { localOwnership = v; }
    public Integer getGenderResponsiveness() { return genderResponsiveness; }
    public void setGenderResponsiveness(Integer v) { genderResponsiveness = v; }
    public Integer getSustainability() { return sustainability; }
    public void setSustainability(Integer v) { sustainability = v; }
    public Integer getBudgetRealism() { return budgetRealism; }
    public void setBudgetRealism(Integer v) { budgetRealism = v; }
    public Recommendation getRecommendation() { return recommendation; }
    public void setRecommendation(Recommendation v) { recommendation = v; }
    public String getComments() { return comments; }
    public void setComments(String v) { comments = v; }
    public Modality getModality() { return modality; }
    public void setModality(Modality v) { modality = v; }
    public String getPlan() { return plan; }
    public void setPlan(String v) { plan = v; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal v) { amount = v; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate v) { date = v; }
    public String getReference() { return reference; }
    public void setReference(String v) { reference = v; }
    public String getNarrative() { return narrative; }
    public void setNarrative(String v) { narrative = v; }
    public Integer getBeneficiariesReached() { return beneficiariesReached; }
    public void setBeneficiariesReached(Integer v) { beneficiariesReached = v; }
    public LocalDate getPeriodStart() { return periodStart; }
    public void setPeriodStart(LocalDate v) { periodStart = v; }
    public LocalDate getPeriodEnd() { return periodEnd; }
    public void setPeriodEnd(LocalDate v) { periodEnd = v; }
    public BigDecimal getExpenditure() { return expenditure; }
    public void setExpenditure(BigDecimal v) { expenditure = v; }

    // assurance: one finding per activity form (more through the API), and a finding's follow-up
    private String findingPriority;
    private String findingText;
    private String findingRecommendation;
    private LocalDate findingDueOn;
    private Boolean closed;

    /** The finding entered with the activity; none when its fields are all left empty. */
    public List<FindingEntry> getFindings() {
        boolean none = (findingPriority == null || findingPriority.isBlank()) && (findingText == null || findingText.isBlank())
                && (findingRecommendation == null || findingRecommendation.isBlank()) && findingDueOn == null;
        return none ? List.of() : List.of(new FindingEntry(findingPriority == null || findingPriority.isBlank() ? null
                : findingPriority, findingText, findingRecommendation, findingDueOn));
    }

    public String getFindingPriority() { return findingPriority; }
    public void setFindingPriority(String v) { findingPriority = v; }
    public String getFindingText() { return findingText; }
    public void setFindingText(String v) { findingText = v; }
    public String getFindingRecommendation() { return findingRecommendation; }
    public void setFindingRecommendation(String v) { findingRecommendation = v; }
    public LocalDate getFindingDueOn() { return findingDueOn; }
    public void setFindingDueOn(LocalDate v) { findingDueOn = v; }
    public Boolean getClosed() { return closed; }
    public void setClosed(Boolean v) { closed = v; }
}
