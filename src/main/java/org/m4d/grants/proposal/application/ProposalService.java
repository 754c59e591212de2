package org.m4d.grants.proposal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.m4d.grants.platform.domain.ConflictException;
import org.m4d.grants.platform.domain.DomainException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.m4d.grants.audit.application.AuditTrail;
import org.m4d.grants.identity.application.Access;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.partner.application.PartnerNames;
import org.m4d.grants.platform.domain.ForbiddenException;
import org.m4d.grants.platform.domain.Money;
import org.m4d.grants.platform.domain.NotFoundException;
import org.m4d.grants.programme.application.CallCatalogue;
import org.m4d.grants.programme.application.ProgrammeCatalogue;
import org.m4d.grants.programme.domain.Call;
import org.m4d.grants.proposal.domain.MemberRole;
import org.m4d.grants.proposal.domain.Proposal;
import org.m4d.grants.proposal.domain.ProposalMember;
import org.m4d.grants.proposal.domain.ProposalMemberRepository;
import org.m4d.grants.proposal.domain.ProposalRepository;
import org.m4d.grants.proposal.domain.ProposalSearch;
import org.m4d.grants.proposal.domain.ProposalState;
import org.m4d.grants.tenancy.application.UsdRates;
import org.m4d.grants.tenancy.domain.Tenant;
import org.m4d.grants.tenancy.domain.TenantRepository;
import org.m4d.grants.workflow.application.Workflow;
import org.m4d.grants.workflow.domain.DiagramView;
import org.m4d.grants.workflow.domain.GrantLifecycle;
import org.m4d.grants.workflow.domain.TaskView;
import org.m4d.grants.platform.application.TenantContext;

/** Use cases of proposals. Each public method is one transaction: data, audit and workflow step together. */
@ApplicationScoped
@Transactional
public class ProposalService {

    public static final String SUBJECT = "PROPOSAL";
    static final String SYSTEM = "system";

    @Inject
    ProposalRepository proposals;

    @Inject
    TenantContext context;

    @Inject
    TenantRepository tenants;

    /** The time of submission; a test fixes it. */
    java.time.Clock clock = java.time.Clock.systemUTC();

    @Inject
    Access access;

    @Inject
    AuditTrail audit;

    @Inject
    Workflow workflow;

    @Inject
    ProgrammeCatalogue programme;

    @Inject
    UsdRates usdRates;

    @Inject
    ReviewClearance reviews;

    @Inject
    PartnerNames partners;

    @Inject
    ProgrammeFit fit;

    @Inject
    CallCatalogue calls;

    @Inject
    ProposalMemberRepository members;

    @Inject
    CallForms forms;

    public long create(@NotNull @Valid ProposalDraft draft) {
        access.requireRole(Role.APPLICANT);
        Tenant tenant = tenant();
        Proposal proposal = new Proposal(draft.title(), draft.sector(), draft.leadActor(),
                Money.of(draft.requestedAmount(), tenant.currency()), access.username(), Instant.now());
        describe(proposal, draft);
        locate(proposal, draft);
        fit.linkIndicators(proposal);
        choosePartner(proposal, draft.partnerId());
        chooseCall(proposal, tenant, draft.callId());
        proposals.store(proposal);
        audit.record(access.username(), "CREATED", SUBJECT, proposal.id(), null, proposal.state(),
                proposal.title());
        return proposal.id();
    }

    /** Creates a draft and submits it at once: both or neither. */
    public long createAndSubmit(@NotNull @Valid ProposalDraft draft) {
        long id = create(draft);
        submit(id);
        return id;
    }

    /**
     * The applicant who created the proposal, or a co-applicant (ADR 0035), changes a draft or a proposal
     * returned for revision (which its creator then resubmits); the history names who changed which fields.
     */
    public void update(long id, @NotNull @Valid ProposalDraft draft) {
        access.requireRole(Role.APPLICANT);
        Proposal proposal = editable(id);
        Map<String, String> before = ProposalChanges.of(proposal);
        Money amount = Money.of(draft.requestedAmount(), proposal.requestedAmount().currency());
        if (proposal.state() == ProposalState.IN_REVISION) {
            proposal.revise(draft.title(), draft.sector(), draft.leadActor(), amount);
        } else {
            proposal.editDraft(draft.title(), draft.sector(), draft.leadActor(), amount);
        }
        describe(proposal, draft);
        locate(proposal, draft);
        fit.linkIndicators(proposal);
        choosePartner(proposal, draft.partnerId());
        if (draft.callId() != null && !draft.callId().equals(proposal.callId())) {
            chooseCall(proposal, tenant(), draft.callId());
        }
        audit.record(access.username(), "EDITED", SUBJECT, id, proposal.state(), proposal.state(),
                ProposalChanges.detail(proposal.title(), ProposalChanges.between(before, ProposalChanges.of(proposal))));
    }

    /** The applicant deletes a draft that was never submitted. */
    public void delete(long id) {
        access.requireRole(Role.APPLICANT);
        Proposal proposal = owned(id);
        proposal.checkDeletable();
        proposals.remove(proposal);
        audit.record(access.username(), "DELETED", SUBJECT, id, ProposalState.DRAFT, null, proposal.title());
    }

    /** Submits a draft and starts its lifecycle, in one transaction. */
    public void submit(long id) {
        access.requireRole(Role.APPLICANT);
        Tenant tenant = tenant();
        Proposal proposal = owned(id);
        ProposalState before = proposal.state();
        proposal.checkSubmittable();
        fit.requireMarkers(proposal);
        Instant now = clock.instant();
        // the country's own date, for the phase in force as for the rate
        LocalDate today = LocalDate.ofInstant(now, tenant.zone());
        if (proposal.callId() != null) {
            calls.call(proposal.callId()).orElseThrow(() -> new NotFoundException("Call"))
                    .requireOpenFor(tenant.code(), today);
        }
        BigDecimal rate = usdRates.rateOn(proposal.requestedAmount().currency(), today).orElse(null);
        proposal.submit(grantEligible(tenant.code(), today), rate, now);
        if (proposal.callId() != null) {
            forms.requireComplete(proposal);
        }
        proposal.attachProcess(workflow.startLifecycle(id, routing(proposal)));
        audit.record(access.username(), "SUBMITTED", SUBJECT, id, before, proposal.state(),
                "USD " + proposal.requestedUsd() + " at " + proposal.usdRate().stripTrailingZeros().toPlainString() + " "
                        + proposal.requestedAmount().currency()
                        + " per USD");
    }

    /** The applicant withdraws a proposal before it is decided; the lifecycle ends. */
    public void withdraw(long id,
                         @Size(max = 1000, message = "{m4d.reason.size}") String reason) {
        access.requireRole(Role.APPLICANT);
        Proposal proposal = owned(id);
        ProposalState before = proposal.state();
        proposal.withdraw(reason);
        workflow.withdraw(proposal.processInstanceId());
        audit.record(access.username(), "WITHDRAWN", SUBJECT, id, before, proposal.state(), reason);
    }

    /** A proposal with the history entries the user may see (403 for a reviewer not cleared on it). */
    public ProposalDetails details(long id) {
        access.requireMember();
        Proposal proposal = load(id);
        Visibility visibility = requireReadable(proposal);
        List<String> steps = proposal.processInstanceId() == null ? List.of()
                : workflow.activeActivities(proposal.processInstanceId());
        return new ProposalDetails(proposal, visibility.history(audit.history(SUBJECT, id)), steps,
                visibility);
    }

    /** A proposal the user may read: a member of its country, and for a reviewer only once cleared. */
    public Proposal readable(long id) {
        access.requireMember();
        Proposal proposal = load(id);
        requireReadable(proposal);
        return proposal;
    }

    /** What the user may see of a proposal of their country (404 for a country or proposal not theirs). */
    public Visibility visibility(long id) {
        access.requireMember();
        return visibility(load(id));
    }

    /** A proposal its applicant or a co-applicant may still change (a draft, or one returned for revision). */
    public Proposal changeable(long id) {
        access.requireRole(Role.APPLICANT);
        Proposal proposal = editable(id);
        if (proposal.state() != ProposalState.DRAFT && proposal.state() != ProposalState.IN_REVISION) {
            throw new DomainException("Files can only be changed while the proposal is a draft or in revision");
        }
        return proposal;
    }

    /**
     * The applicant changes a draft as they last saw it, at version {@code seen}: a draft someone else
     * (a co-applicant) changed meanwhile is refused with nothing written, never silently overwritten.
     * Answers the draft's version after the change, to save against next time.
     */
    public long update(long id, long seen, @NotNull @Valid ProposalDraft draft) {
        access.requireRole(Role.APPLICANT);
        Proposal proposal = editable(id);
        if (proposal.version() != seen) {
            throw new OptimisticLockException("Proposal " + id + " is at version " + proposal.version()
                    + ", not " + seen + ": changed meanwhile");
        }
        update(id, draft);
        proposals.store(proposal);
        return proposal.version();
    }

    /** Saves changes to a draft and submits it, in one transaction: a refused submission saves nothing. */
    public void updateAndSubmit(long id, @NotNull @Valid ProposalDraft draft) {
        update(id, draft);
        submit(id);
    }

    /** The workflow model of a submitted proposal with where it stands. */
    public DiagramView diagram(long id) {
        access.requireMember();
        Proposal proposal = load(id);
        if (!visibility(proposal).readsDiagram()) {
            throw new ForbiddenException("Declare whether you have a conflict of interest before following the proposal");
        }
        if (proposal.processInstanceId() == null) {
            throw new NotFoundException("Workflow");
        }
        return workflow.diagram(proposal.processInstanceId());
    }

    /**
     * A page of the proposals of several countries matching a search, with the number of matches.
     * Each country is read on its own (the tenant filter stays in force); pages are merged in the
     * search's order. A reviewer with no other role sees only what they have been cleared to see.
     */
    public ProposalPage search(@NotNull List<String> tenantCodes, @NotNull ProposalSearch search, int first, int max) {
        List<Proposal> rows = new ArrayList<>();
        long total = 0;
        for (String code : tenantCodes) {
            try (TenantContext.Scope in = access.enter(code)) {
                ProposalSearch scoped = search;
                if (access.onlyReviewer()) {
                    scoped = search.onlyIds(proposals.withIds(reviews.clearedProposals()).stream()
                            .filter(p -> reviews.declaredNoConflict(p.id(), p.reviewRound()))
                            .map(Proposal::id).toList());
                }
                total += proposals.count(scoped);
                if (max > 0) {
                    rows.addAll(proposals.search(scoped, 0, first + max));
                }
            }
        }
        rows.sort(ProposalPage.order(search));
        return new ProposalPage(rows.stream().skip(first).limit(max).toList(), total);
    }

    public List<Proposal> list() {
        access.requireMember();
        List<Proposal> all = proposals.all(0, 200);
        if (!access.onlyReviewer()) {
            return all;
        }
        return all.stream().filter(p -> reviews.declaredNoConflict(p.id(), p.reviewRound())).toList();
    }

    /** What a reviewer may see of a proposal before declaring a conflict of interest: who proposes what. */
    public ConflictSummary conflictSummary(@NotNull String taskId) {
        TaskView task = workflow.task(taskId);
        if (!GrantLifecycle.DECLARE_CONFLICT.equals(task.key())) {
            throw new ConflictException("This task is a " + task.name() + ", not a declaration of conflict of interest")
                    .withKey("error.task.otherStep");
        }
        Proposal proposal = load(task.proposalId());
        return new ConflictSummary(proposal.id(), proposal.title(), proposal.createdBy());
    }

    private Visibility requireReadable(Proposal proposal) {
        Visibility visibility = visibility(proposal);
        if (!visibility.readsProposal()) {
            throw new ForbiddenException("Declare whether you have a conflict of interest before reading the proposal");
        }
        return visibility;
    }

    private Visibility visibility(Proposal proposal) {
        Set<Role> roles = Arrays.stream(Role.values()).filter(role -> access.hasRole(role))
                .collect(Collectors.toSet());
        boolean cleared = roles.contains(Role.REVIEWER)
                && reviews.declaredNoConflict(proposal.id(), proposal.reviewRound());
        MemberRole member = members.find(proposal.id(), access.username()).map(ProposalMember::role).orElse(null);
        return new Visibility(access.username(), roles, proposal.createdBy().equals(access.username()), cleared,
                member);
    }

    /** A proposal the user may change: its creator's, or one they were invited to as a co-applicant (ADR 0035). */
    private Proposal editable(long id) {
        Proposal proposal = load(id);
        if (!visibility(proposal).editsProposal()) {
            throw new ForbiddenException("Only " + proposal.createdBy()
                    + ", who created this proposal, and its co-applicants can change it")
                    .withKey("error.proposal.notEditor", proposal.createdBy());
        }
        return proposal;
    }

    /** A proposal its applicant acts on: another applicant of the country may not. */
    private Proposal owned(long id) {
        Proposal proposal = load(id);
        if (!proposal.createdBy().equals(access.username())) {
            throw new ForbiddenException("Only " + proposal.createdBy() + ", who created this proposal, can do this");
        }
        return proposal;
    }

    /** The titles of the given proposals of a tenant, by id. */
    public Map<Long, String> titles(Collection<Long> ids) {
        access.requireMember();
        return proposals.withIds(ids).stream().collect(Collectors.toMap(Proposal::id, Proposal::title));
    }

    /** A proposal, for the use cases of the other contexts, which check access themselves. */
    public Proposal proposal(long id) {
        return load(id);
    }

    /** The proposal with every change of this transaction written, so that its version is the one committed. */
    public Proposal flushed(long id) {
        Proposal proposal = load(id);
        proposals.store(proposal);
        return proposal;
    }

    /** The implementing partner a proposal is made for, for the contexts that route cash by its rating. */
    public Optional<Long> partnerOf(long proposalId) {
        return Optional.ofNullable(load(proposalId).partnerId());
    }

    /** The name of the proposal's partner, for its page; empty when it has none. */
    public Optional<String> partnerName(long proposalId) {
        return Optional.ofNullable(readable(proposalId).partnerId()).flatMap(partners::nameOf);
    }

    /**
     * Names the proposal's partner, which must be a partner of its country (an unknown one is 422).
     * None given leaves the partner as it is, as a draft without a profile leaves the profile.
     */
    void choosePartner(Proposal proposal, Long partnerId) {
        if (partnerId == null) {
            return;
        }
        if (partners.nameOf(partnerId).isEmpty()) {
            throw new DomainException("There is no partner " + partnerId + " in this country")
                    .withKey("error.proposal.unknownPartner", partnerId);
        }
        proposal.forPartner(partnerId);
    }

    /**
     * Makes the draft for the call, which must cover the country and be open on the country's day;
     * none named is the standing call of the phase in force (ADR 31).
     */
    private void chooseCall(Proposal proposal, Tenant tenant, Long callId) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), tenant.zone());
        Call call = callId != null
                ? calls.call(callId).filter(c -> c.covers(tenant.code())).orElseThrow(
                        () -> new DomainException("There is no call " + callId + " for " + tenant.code())
                                .withKey("error.proposal.unknownCall", callId))
                : programme.phaseInForce(today).flatMap(phase -> calls.standingCall(phase.id())).orElseThrow(
                        () -> new DomainException("No call for proposals is open").withKey("error.proposal.noCall"));
        call.requireOpenFor(tenant.code(), today);
        proposal.forCall(call.id());
    }

    /** The proposals of the country made for a call, for the contexts that add up its envelope. */
    public List<Proposal> ofCall(long callId) {
        return proposals.ofCall(callId);
    }

    /** The amount a proposal asks for; the grant context reads it when the grant is approved. */
    public Money requestedAmount(long id) {
        return load(id).requestedAmount();
    }

    /** Called by the grant context when a disbursement has been recorded. */
    public void markDisbursed(long id, String actor) {
        Proposal proposal = load(id);
        ProposalState before = proposal.state();
        proposal.markDisbursed();
        if (before != proposal.state()) {
            audit.record(actor, "DISBURSING", SUBJECT, id, before, proposal.state(), null);
        }
    }

    /** Called by the grant context when the grant is closed. */
    public void markClosed(long id, String actor, String note) {
        Proposal proposal = load(id);
        ProposalState before = proposal.state();
        proposal.close();
        audit.record(actor, "GRANT_CLOSED", SUBJECT, id, before, proposal.state(), note);
    }

    /** Called by the workflow when both technical reviews are in. */
    public void recordReviewsComplete(long id, double averageScore) {
        Proposal proposal = load(id);
        ProposalState before = proposal.state();
        proposal.reviewsComplete();
        audit.record(SYSTEM, "REVIEWS_COMPLETE", SUBJECT, id, before, proposal.state(),
                "Average weighted score " + averageScore);
    }

    private void describe(Proposal proposal, ProposalDraft draft) {
        describe(programme, proposal, draft);
    }

    /** Names the places of the scale-up the draft gives, if it gives them (docs/adr/0036). */
    static void locate(Proposal proposal, ProposalDraft draft) {
        if (draft.places() != null) {
            proposal.locate(draft.places().stream().map(p -> p == null ? null : p.toDomain()).toList());
        }
    }

    /** Whether the country may receive grants in the phase in force on the day of submission, in its own zone. */
    private boolean grantEligible(String country, LocalDate on) {
        return programme.phaseInForce(on)
                .map(phase -> phase.eligibleCountries().contains(country)).orElse(false);
    }

    /**
     * Sets the profile, if the draft carries one, within the window and among the outcomes of the phase
     * the proposal was made in.
     */
    static void describe(ProgrammeCatalogue programme, Proposal proposal, ProposalDraft draft) {
        if (draft.profile() != null) {
            LocalDate made = proposal.createdAt().atZone(ZoneOffset.UTC).toLocalDate();
            ProgrammeCatalogue.Phase phase = programme.phaseInForce(made).orElseThrow(
                    () -> new DomainException("No phase of the programme had started on " + made)
                            .withKey("error.proposal.noPhase", made));
            Set<Integer> outcomes = programme.outcomes(phase.id()).stream().map(ProgrammeCatalogue.Outcome::number)
                    .collect(Collectors.toSet());
            proposal.describe(draft.profile().toDomain(), phase.id(), outcomes, phase.startDate(), phase.endDate());
        }
    }

    /** The routing facts the lifecycle needs about a proposal: who leads it, its sector and dollar size. */
    static Map<String, Object> routing(Proposal proposal) {
        Map<String, Object> routing = new HashMap<>();
        routing.put(GrantLifecycle.VAR_APPLICANT, proposal.createdBy());
        routing.put(GrantLifecycle.VAR_LEAD_ACTOR, proposal.leadActor().name());
        routing.put(GrantLifecycle.VAR_SECTOR, proposal.sector().name());
        routing.put(GrantLifecycle.VAR_AMOUNT_USD, proposal.requestedUsd().setScale(0, RoundingMode.CEILING).longValueExact());
        return routing;
    }

    private Tenant tenant() {
        return tenants.find(context.current()).orElseThrow(() -> new NotFoundException("Country"));
    }

    private Proposal load(Long id) {
        if (id == null) {
            throw new NotFoundException("Proposal");
        }
        return proposals.find(id).orElseThrow(() -> new NotFoundException("Proposal"));
    }
}
