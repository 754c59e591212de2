package org.m4d.grants.proposal.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.m4d.grants.platform.domain.CsvCodes;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.Money;
import org.m4d.grants.platform.domain.TenantOwned;

/** A grant proposal of one country team. Owned by its tenant. */
@Entity
@Table(name = "proposal")
@NamedQuery(name = "Proposal.all", query = "SELECT p FROM Proposal p ORDER BY p.createdAt DESC, p.id DESC")
@NamedQuery(name = "Proposal.withIds", query = "SELECT p FROM Proposal p WHERE p.id IN :ids")
@NamedQuery(name = "Proposal.countByState", query = "SELECT p.state, COUNT(p) FROM Proposal p GROUP BY p.state")
@NamedQuery(name = "Proposal.countBySector", query = "SELECT p.sector, COUNT(p) FROM Proposal p GROUP BY p.sector")
@NamedQuery(name = "Proposal.ofCall", query = "SELECT p FROM Proposal p WHERE p.callId = :call ORDER BY p.id")
@NamedQuery(name = "Proposal.lookAlikeCandidates", query = "SELECT p FROM Proposal p WHERE p.id <> :id"
        + " AND p.state NOT IN :excluded ORDER BY p.id DESC")
public class Proposal extends TenantOwned {

    @Column(nullable = false, length = 300)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Sector sector;

    @Column(name = "requested_amount", nullable = false, precision = 19, scale = 3)
    private BigDecimal requestedAmount;

    @Column(nullable = false, length = 3)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(name = "lead_actor", nullable = false)
    private LeadActor leadActor;

    /** Local currency units per US dollar, recorded at submission. */
    @Column(name = "usd_rate", precision = 19, scale = 6)
    private BigDecimal usdRate;

    /** Incremented at each submission, so that reviews of an earlier round do not count again. */
    @Column(name = "review_round", nullable = false)
    private int reviewRound;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProposalState state = ProposalState.DRAFT;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Enumerated(EnumType.STRING)
    private Level level;

    @Convert(converter = CsvCodes.class)
    private Set<String> outcomes = new TreeSet<>();

    @Convert(converter = CsvCodes.class)
    @Column(name = "intervention_areas")
    private Set<String> interventionAreas = new TreeSet<>();

    @Convert(converter = CsvCodes.class)
    @Column(name = "sdg_targets")
    private Set<String> sdgTargets = new TreeSet<>();

    @Convert(converter = CsvCodes.class)
    @Column(name = "gcm_objectives")
    private Set<String> gcmObjectives = new TreeSet<>();

    @Column(name = "gender_marker")
    private Integer genderMarker;

    @Column(name = "covid_recovery", nullable = false)
    private boolean covidRecovery;

    @Convert(converter = CsvCodes.class)
    private Set<String> partners = new TreeSet<>();

    @Column(name = "migrants_women")
    private Integer migrantsWomen;
    @Column(name = "migrants_men")
    private Integer migrantsMen;
    @Column(name = "families_women")
    private Integer familiesWomen;
    @Column(name = "families_men")
    private Integer familiesMen;
    @Column(name = "host_women")
    private Integer hostWomen;
    @Column(name = "host_men")
    private Integer hostMen;

    @Column(name = "co_financing", precision = 19, scale = 3)
    private BigDecimal coFinancing;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @ElementCollection
    @CollectionTable(name = "proposal_budget_line", joinColumns = @JoinColumn(name = "proposal_id"))
    @OrderColumn(name = "line_no")
    private List<BudgetLine> budgetLines = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "proposal_indicator", joinColumns = @JoinColumn(name = "proposal_id"))
    @OrderColumn(name = "line_no")
    private List<Indicator> indicators = new ArrayList<>();

    /** Where the proposal scales up (docs/adr/0036), in the applicant's order. */
    @ElementCollection
    @CollectionTable(name = "proposal_place", joinColumns = @JoinColumn(name = "proposal_id"))
    @OrderColumn(name = "line_no")
    private List<Place> places = new ArrayList<>();

    @Column(name = "withdrawal_reason", length = 1000)
    private String withdrawalReason;

    /** The implementing partner the proposal is made for; proposals from before partners existed have none. */
    @Column(name = "partner_id")
    private Long partnerId;

    /** The call for proposals it is made for (ADR 31); a phase's standing call for those made before calls. */
    @Column(name = "call_id")
    private Long callId;

    @Version
    private long version;

    protected Proposal() {
    }

    /** How many times the proposal was changed: a save made against an older one was made without seeing a change. */
    public long version() {
        return version;
    }

    public Proposal(String title, Sector sector, LeadActor leadActor, Money requested, String createdBy,
                    Instant createdAt) {
        change(title, sector, leadActor, requested);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    private void change(String title, Sector sector, LeadActor leadActor, Money requested) {
        if (title == null || title.isBlank()) {
            throw new DomainException("A proposal needs a title").withKey("error.proposal.titleRequired");
        }
        if (sector == null) {
            throw new DomainException("A proposal needs a sector").withKey("error.proposal.sectorRequired");
        }
        if (leadActor == null) {
            throw new DomainException("A proposal needs its lead actor").withKey("error.proposal.leadActorRequired");
        }
        if (!requested.isPositive()) {
            throw new DomainException("The requested amount must be more than zero")
                    .withKey("error.proposal.amountPositive");
        }
        if (currency != null && !currency.equals(requested.currency())) {
            throw new DomainException("The amount of this proposal is in " + currency)
                    .withKey("error.proposal.currency", currency);
        }
        if (budgetLines != null && !budgetLines.isEmpty()) {
            BigDecimal lines = budgetLines.stream().map(BudgetLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (lines.compareTo(requested.amount()) != 0) {
                throw new DomainException("The budget lines add up to " + Money.of(lines, requested.currency())
                        + "; change them with the amount")
                        .withKey("error.proposal.budgetChangesWithAmount", Money.of(lines, requested.currency()));
            }
        }
        this.title = title.strip();
        this.sector = sector;
        this.leadActor = leadActor;
        this.requestedAmount = requested.amount();
        this.currency = requested.currency();
    }

    /**
     * Submits the draft at the country's current dollar rate; only a grant-eligible country may.
     */
    /** Refuses unless the proposal is a draft, the one state it is submitted from: checked before its content. */
    public void checkSubmittable() {
        requireState(ProposalState.DRAFT, "submitted");
    }

    public void submit(boolean tenantGrantEligible, BigDecimal localUnitsPerUsd, Instant now) {
        if (!tenantGrantEligible) {
            throw new DomainException("This country takes part in knowledge sharing only and cannot submit grant proposals")
                    .withKey("error.proposal.notGrantEligible");
        }
        requireState(ProposalState.DRAFT, "submitted");
        if (localUnitsPerUsd == null || localUnitsPerUsd.signum() <= 0) {
            throw new DomainException("No dollar exchange rate is recorded for this country")
                    .withKey("error.proposal.noRate");
        }
        usdRate = localUnitsPerUsd;
        state = ProposalState.SUBMITTED;
        submittedAt = now;
        reviewRound = 1;
    }

    /** The national focal point's endorsement of a proposal led by a local authority. */
    public void endorse(boolean endorsed) {
        requireState(ProposalState.SUBMITTED, "endorsed");
        if (leadActor != LeadActor.LOCAL_AUTHORITY) {
            throw new DomainException("Only proposals led by a local authority need national endorsement")
                    .withKey("error.proposal.endorsementNotNeeded");
        }
        if (!endorsed) {
            state = ProposalState.IN_REVISION;
        }
    }

    private static final Pattern SDG_TARGET = Pattern.compile("(1[0-7]|[1-9])\\.([1-9]|1[0-9]|[a-c])");

    /**
     * Sets the proposal's profile: while it is a draft or being revised. The outcomes must be among its
     * phase's, the dates must fall in the phase's window, and budget lines, if given, must add up to the
     * requested amount.
     *
     * @param phaseId the proposal's phase, named in the refusal of an outcome it lacks
     * @param outcomesOfPhase the numbers of the phase's outcomes
     */
    public void describe(ProposalProfile profile, String phaseId, Set<Integer> outcomesOfPhase, LocalDate windowStart,
                         LocalDate windowEnd) {
        if (state != ProposalState.DRAFT && state != ProposalState.IN_REVISION) {
            throw new DomainException("A proposal in state " + state + " cannot be changed")
                    .withKey("error.proposal.notEditable", state);
        }
        if (profile.outcomes() != null && profile.outcomes().stream().anyMatch(o -> o == null || !outcomesOfPhase.contains(o))) {
            String numbers = outcomesOfPhase.isEmpty() ? "none"
                    : new TreeSet<>(outcomesOfPhase).stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
            throw new DomainException("The proposal's phase " + phaseId + " has outcomes " + numbers)
                    .withKey("error.proposal.outcomes", phaseId, numbers);
        }
        if (profile.gcmObjectives() != null && profile.gcmObjectives().stream().anyMatch(o -> o == null || o < 1 || o > 23)) {
            throw new DomainException("The Global Compact for Migration has objectives 1 to 23")
                    .withKey("error.proposal.gcm");
        }
        if (profile.sdgTargets() != null && profile.sdgTargets().stream()
                .anyMatch(t -> t == null || !SDG_TARGET.matcher(t).matches())) {
            throw new DomainException("SDG targets are written like 10.7 or 8.b").withKey("error.proposal.sdg");
        }
        if (profile.genderMarker() != null && (profile.genderMarker() < 0 || profile.genderMarker() > 2)) {
            throw new DomainException("The gender marker is 0 (not targeted), 1 (significant) or 2 (principal)")
                    .withKey("error.proposal.genderMarker");
        }
        if (profile.startDate() != null || profile.endDate() != null) {
            if (profile.startDate() == null || profile.endDate() == null || profile.endDate().isBefore(profile.startDate())) {
                throw new DomainException("The initiative needs a start date before its end date")
                        .withKey("error.proposal.dates");
            }
            if (profile.startDate().isBefore(windowStart) || profile.endDate().isAfter(windowEnd)) {
                throw new DomainException("The initiative must run within the programme, from " + windowStart + " to "
                        + windowEnd).withKey("error.proposal.window", windowStart, windowEnd);
            }
        }
        int scale = Money.scaleOf(currency);
        List<BudgetLine> lines = profile.budgetLines() == null ? List.of() : profile.budgetLines();
        BigDecimal total = BigDecimal.ZERO;
        for (BudgetLine line : lines) {
            if (line.description() == null || line.description().isBlank() || line.amount() == null
                    || line.amount().signum() <= 0) {
                throw new DomainException("Every budget line needs a description and an amount above zero")
                        .withKey("error.proposal.budgetLine");
            }
            total = total.add(Money.of(line.amount(), currency).amount());
        }
        if (!lines.isEmpty() && total.compareTo(requestedAmount) != 0) {
            throw new DomainException("The budget lines add up to " + total.setScale(scale) + " " + currency
                    + ", not the requested " + requestedAmount().amount() + " " + currency)
                    .withKey("error.proposal.budgetSum", Money.of(total, currency), requestedAmount());
        }
        if (profile.coFinancing() != null && profile.coFinancing().signum() < 0) {
            throw new DomainException("Co-financing cannot be negative").withKey("error.proposal.coFinancing");
        }
        for (Indicator indicator : profile.indicators() == null ? List.<Indicator>of() : profile.indicators()) {
            if (indicator.name() == null || indicator.name().isBlank() || indicator.target() == null) {
                throw new DomainException("Every indicator needs a name and a target")
                        .withKey("error.proposal.indicator");
            }
        }
        Beneficiaries b = profile.beneficiaries();
        if (b != null && java.util.stream.Stream.of(b.migrantsWomen(), b.migrantsMen(), b.familiesWomen(),
                b.familiesMen(), b.hostWomen(), b.hostMen()).anyMatch(n -> n != null && n < 0)) {
            throw new DomainException("Beneficiaries cannot be negative").withKey("error.proposal.beneficiaries");
        }
        level = profile.level();
        outcomes = codes(profile.outcomes());
        interventionAreas = codes(profile.interventionAreas());
        sdgTargets = codes(profile.sdgTargets());
        gcmObjectives = codes(profile.gcmObjectives());
        genderMarker = profile.genderMarker();
        covidRecovery = profile.covidRecovery();
        partners = codes(profile.partners());
        migrantsWomen = b == null ? null : b.migrantsWomen();
        migrantsMen = b == null ? null : b.migrantsMen();
        familiesWomen = b == null ? null : b.familiesWomen();
        familiesMen = b == null ? null : b.familiesMen();
        hostWomen = b == null ? null : b.hostWomen();
        hostMen = b == null ? null : b.hostMen();
        coFinancing = profile.coFinancing() == null ? null : Money.of(profile.coFinancing(), currency).amount();
        startDate = profile.startDate();
        endDate = profile.endDate();
        budgetLines = new ArrayList<>(lines.stream().map(l -> new BudgetLine(l.description().strip(),
                Money.of(l.amount(), currency).amount())).toList());
        indicators = new ArrayList<>(profile.indicators() == null ? List.of() : profile.indicators());
    }

    private static Set<String> codes(Set<?> values) {
        return values == null ? new TreeSet<>()
                : values.stream().map(String::valueOf).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
    }

    /** The proposal's profile as it stands. */
    public ProposalProfile profile() {
        return new ProposalProfile(level,
                outcomes.stream().map(Integer::valueOf).collect(java.util.stream.Collectors.toCollection(TreeSet::new)),
                interventionAreas.stream().map(InterventionArea::valueOf)
                        .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)),
                new TreeSet<>(sdgTargets),
                gcmObjectives.stream().map(Integer::valueOf).collect(java.util.stream.Collectors.toCollection(TreeSet::new)),
                genderMarker, covidRecovery,
                partners.stream().map(PartnerType::valueOf).collect(java.util.stream.Collectors.toCollection(TreeSet::new)),
                new Beneficiaries(migrantsWomen, migrantsMen, familiesWomen, familiesMen, hostWomen, hostMen),
                List.copyOf(budgetLines), coFinancing, startDate, endDate, List.copyOf(indicators));
    }

    /** The applicant changes a draft. */
    public void editDraft(String newTitle, Sector newSector, LeadActor newLeadActor, Money newAmount) {
        requireState(ProposalState.DRAFT, "edited");
        change(newTitle, newSector, newLeadActor, newAmount);
    }

    /** Names the implementing partner (or none) while the applicant may still change the proposal. */
    public void forPartner(Long partner) {
        if (state != ProposalState.DRAFT && state != ProposalState.IN_REVISION) {
            throw new DomainException("A proposal in state " + state + " cannot be changed")
                    .withKey("error.proposal.notEditable", state);
        }
        partnerId = partner;
    }

    public Long partnerId() {
        return partnerId;
    }

    /** The most places a proposal names. */
    public static final int MAX_PLACES = 20;

    /**
     * Names the places of the proposal's scale-up, replacing those it had, while the applicant may
     * still change it: each a region and a municipality, trimmed, neither blank nor longer than
     * {@value Place#MAX_LENGTH} characters, no place twice (case and accents aside), at most
     * {@value #MAX_PLACES}.
     */
    public void locate(List<Place> given) {
        if (state != ProposalState.DRAFT && state != ProposalState.IN_REVISION) {
            throw new DomainException("A proposal in state " + state + " cannot be changed")
                    .withKey("error.proposal.notEditable", state);
        }
        List<Place> named = given == null ? List.of() : given;
        if (named.size() > MAX_PLACES) {
            throw new DomainException("A proposal names at most " + MAX_PLACES + " places")
                    .withKey("error.proposal.places", MAX_PLACES);
        }
        List<Place> trimmed = new ArrayList<>();
        Set<String> keys = new java.util.HashSet<>();
        for (Place place : named) {
            String region = place == null || place.region() == null ? "" : place.region().strip();
            String municipality = place == null || place.municipality() == null ? "" : place.municipality().strip();
            if (region.isEmpty() || municipality.isEmpty()) {
                throw new DomainException("Every place needs a region and a municipality")
                        .withKey("error.proposal.placeIncomplete");
            }
            if (region.length() > Place.MAX_LENGTH || municipality.length() > Place.MAX_LENGTH) {
                throw new DomainException("A region or municipality has at most " + Place.MAX_LENGTH + " characters")
                        .withKey("error.proposal.placeLength", Place.MAX_LENGTH);
            }
            Place kept = new Place(region, municipality);
            if (!keys.add(kept.key())) {
                throw new DomainException("The place " + kept + " is named twice")
                        .withKey("error.proposal.placeTwice", kept.toString());
            }
            trimmed.add(kept);
        }
        places = trimmed;
    }

    /** The places of the proposal's scale-up, in the applicant's order. */
    public List<Place> places() {
        return List.copyOf(places);
    }

    /** The day the initiative starts; null until the profile gives it. */
    public LocalDate startDate() {
        return startDate;
    }

    /** The day the initiative ends; null until the profile gives it. */
    public LocalDate endDate() {
        return endDate;
    }

    /** Only a draft may be deleted; anything submitted stays on record. */
    public void checkDeletable() {
        requireState(ProposalState.DRAFT, "deleted");
    }

    /** The applicant changes a proposal returned for revision. */
    public void revise(String newTitle, Sector newSector, LeadActor newLeadActor, Money newAmount) {
        requireState(ProposalState.IN_REVISION, "revised");
        change(newTitle, newSector, newLeadActor, newAmount);
    }

    /** The revised proposal goes back into the lifecycle, as a new review round. */
    public void resubmit(Instant now) {
        requireState(ProposalState.IN_REVISION, "resubmitted");
        state = ProposalState.SUBMITTED;
        submittedAt = now;
        reviewRound++;
    }

    public void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** The coordinator's screening decision. */
    public void screen(Decision decision) {
        requireState(ProposalState.SUBMITTED, "screened");
        state = switch (decision) {
            case ACCEPT -> ProposalState.UNDER_REVIEW;
            case REVISE -> ProposalState.IN_REVISION;
            case REJECT -> ProposalState.REJECTED;
        };
    }

    /** Both technical reviews are in. */
    public void reviewsComplete() {
        requireState(ProposalState.UNDER_REVIEW, "sent for approval");
        state = ProposalState.AWAITING_APPROVAL;
    }

    /** The approver's decision. */
    public void decide(Decision decision) {
        requireState(ProposalState.AWAITING_APPROVAL, "decided");
        state = switch (decision) {
            case ACCEPT -> ProposalState.APPROVED;
            case REVISE -> ProposalState.IN_REVISION;
            case REJECT -> ProposalState.REJECTED;
        };
    }

    /** The applicant withdraws the proposal before a decision, saying why. */
    public void withdraw(String reason) {
        if (!state.withdrawable()) {
            throw new DomainException("A proposal in state " + state + " can no longer be withdrawn")
                    .withKey("error.proposal.notWithdrawable", state);
        }
        if (reason == null || reason.isBlank()) {
            throw new DomainException("Say why the proposal is withdrawn").withKey("error.proposal.withdrawalReason");
        }
        state = ProposalState.WITHDRAWN;
        withdrawalReason = reason.strip();
    }

    public String withdrawalReason() {
        return withdrawalReason;
    }

    public void markDisbursed() {
        if (state != ProposalState.APPROVED && state != ProposalState.DISBURSED) {
            throw new DomainException("Only an approved proposal can receive disbursements (it is " + state + ")")
                    .withKey("error.proposal.notApproved", state);
        }
        state = ProposalState.DISBURSED;
    }

    /** The grant is closed after its final report. */
    public void close() {
        if (state != ProposalState.APPROVED && state != ProposalState.DISBURSED) {
            throw new DomainException("Only an approved grant can be closed (it is " + state + ")")
                    .withKey("error.proposal.notApproved", state);
        }
        state = ProposalState.CLOSED;
    }

    /**
     * Reads every linked indicator's outcome as one of the given phase's: the outcome must be one of the
     * phase's and a programme indicator must belong to that outcome. Unlinked indicators stay as they are.
     *
     * @param outcomesOfPhase the phase's outcome numbers
     * @param outcomeOfIndicator the outcome of each of the phase's programme indicators, by id
     */
    public void linkIndicators(String phaseId, Set<Integer> outcomesOfPhase, java.util.Map<Long, Integer> outcomeOfIndicator) {
        for (Indicator indicator : indicators) {
            Integer outcome = indicator.outcome();
            Long programmeIndicator = indicator.programmeIndicatorId();
            if (outcome == null && programmeIndicator != null) {
                throw new DomainException("Indicator \"" + indicator.name() + "\" names a programme indicator but no outcome")
                        .withKey("error.indicator.outcomeRequired", indicator.name());
            }
            if (outcome != null && !outcomesOfPhase.contains(outcome)) {
                throw new DomainException("Indicator \"" + indicator.name() + "\" is linked to outcome " + outcome
                        + ", which is not an outcome of the proposal's phase " + phaseId)
                        .withKey("error.indicator.outcomeOfAnotherPhase", indicator.name(), outcome, phaseId);
            }
            if (programmeIndicator != null && !outcome.equals(outcomeOfIndicator.get(programmeIndicator))) {
                throw new DomainException("Indicator \"" + indicator.name() + "\" is linked to programme indicator "
                        + programmeIndicator + ", which is not one of outcome " + outcome + " of phase " + phaseId)
                        .withKey("error.indicator.programmeIndicatorOfAnotherOutcome", indicator.name(),
                                programmeIndicator, outcome, phaseId);
            }
        }
        indicators = new ArrayList<>(indicators.stream().map(i -> i.inPhase(phaseId)).toList());
    }

    /** Refuses a submission that lacks a marker the programme reports on. */
    public void requireMarkers(Set<Marker> required) {
        for (Marker marker : Marker.values()) {
            if (required.contains(marker) && !marker.givenBy(this)) {
                throw new DomainException("Before submitting, give the proposal's " + marker.label())
                        .withKey(marker.messageKey());
            }
        }
    }

    Integer genderMarker() {
        return genderMarker;
    }

    Level level() {
        return level;
    }

    boolean hasOutcomes() {
        return !outcomes.isEmpty();
    }

    boolean hasSdgTargets() {
        return !sdgTargets.isEmpty();
    }

    boolean hasGcmObjectives() {
        return !gcmObjectives.isEmpty();
    }

    boolean hasLinkedIndicator() {
        return indicators.stream().anyMatch(i -> i.outcome() != null);
    }

    private void requireState(ProposalState expected, String action) {
        if (state != expected) {
            throw new DomainException("A proposal in state " + state + " cannot be " + action)
                    .withKey("error.proposal.wrongState", state);
        }
    }

    public String title() {
        return title;
    }

    public Sector sector() {
        return sector;
    }

    public Money requestedAmount() {
        return Money.of(requestedAmount, currency);
    }

    public LeadActor leadActor() {
        return leadActor;
    }

    public Long callId() {
        return callId;
    }

    /** Makes the draft for a call; the caller has checked that the call is open for the country. */
    public void forCall(long callId) {
        requireState(ProposalState.DRAFT, "moved to another call");
        this.callId = callId;
    }

    public BigDecimal usdRate() {
        return usdRate;
    }

    /** The requested amount in US dollars at the recorded rate, rounded to cents; null before submission. */
    public BigDecimal requestedUsd() {
        return usdRate == null ? null : requestedAmount.divide(usdRate, 2, java.math.RoundingMode.HALF_UP);
    }

    public int reviewRound() {
        return reviewRound;
    }

    /**
     * The review round the applicant's changes to the answers belong to (ADR 34): the first for a
     * draft, the next for a proposal returned for revision; in any other state they may not change.
     */
    public int writingRound() {
        return switch (state) {
            case DRAFT -> 1;
            case IN_REVISION -> reviewRound + 1;
            default -> throw new DomainException("A proposal in state " + state + " cannot be changed")
                    .withKey("error.proposal.notEditable", state);
        };
    }

    /** The round whose answers are the proposal's now: the one being written while the applicant may change them. */
    public int currentRound() {
        return state == ProposalState.DRAFT || state == ProposalState.IN_REVISION ? writingRound()
                : Math.max(1, reviewRound);
    }

    public ProposalState state() {
        return state;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public String processInstanceId() {
        return processInstanceId;
    }
}
