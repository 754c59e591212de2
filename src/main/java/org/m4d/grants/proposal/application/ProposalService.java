package org.m4d.grants.proposal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.m4d.grants.platform.domain.DomainException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.m4d.grants.audit.application.AuditTrail;
import org.m4d.grants.identity.application.Access;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.platform.domain.ForbiddenException;
import org.m4d.grants.platform.domain.Money;
import org.m4d.grants.platform.domain.NotFoundException;
import org.m4d.grants.programme.domain.Programme;
import org.m4d.grants.programme.domain.ProgrammeRepository;
import org.m4d.grants.proposal.domain.Decision;
import org.m4d.grants.proposal.domain.Proposal;
import org.m4d.grants.proposal.domain.ProposalRepository;
import org.m4d.grants.proposal.domain.ProposalSearch;
import org.m4d.grants.proposal.domain.ProposalState;
import org.m4d.grants.tenancy.domain.Tenant;
import org.m4d.grants.tenancy.domain.TenantRepository;
import org.m4d.grants.workflow.application.Workflow;
import org.m4d.grants.workflow.domain.DiagramView;
import org.m4d.grants.workflow.domain.GrantLifecycle;
import org.m4d.grants.workflow.domain.TaskView;

/** Use cases of proposals. Each public method is one transaction: data, audit and workflow step together. */
@ApplicationScoped
@Transactional
public class ProposalService {

    public static final String SUBJECT = "PROPOSAL";
    static final String SYSTEM = "system";

    @Inject
    ProposalRepository proposals;

    @Inject
    TenantRepository tenants;

    @Inject
    Access access;

    @Inject
    AuditTrail audit;

    @Inject
    Workflow workflow;

    @Inject
    ProgrammeRepository programmes;

    @Inject
    ReviewClearance reviews;

    public long create(@NotNull String tenantCode, @NotNull @Valid ProposalDraft draft) {
        access.requireRole(tenantCode, Role.APPLICANT);
        Tenant tenant = tenant(tenantCode);
        Proposal proposal = new Proposal(draft.title(), draft.sector(), draft.leadActor(),
                Money.of(draft.requestedAmount(), tenant.currency()), access.username(), Instant.now());
        describe(proposal, draft);
        proposals.store(tenantCode, proposal);
        audit.record(tenantCode, access.username(), "CREATED", SUBJECT, proposal.id(), null, proposal.state(),
                proposal.title());
        return proposal.id();
    }

    /** Creates a draft and submits it at once: both or neither. */
    public long createAndSubmit(@NotNull String tenantCode, @NotNull @Valid ProposalDraft draft) {
        long id = create(tenantCode, draft);
        submit(tenantCode, id);
        return id;
    }

    /** The applicant changes a draft. */
    public void update(@NotNull String tenantCode, long id, @NotNull @Valid ProposalDraft draft) {
        access.requireRole(tenantCode, Role.APPLICANT);
        Proposal proposal = owned(tenantCode, id);
        proposal.editDraft(draft.title(), draft.sector(), draft.leadActor(),
                Money.of(draft.requestedAmount(), proposal.requestedAmount().currency()));
        describe(proposal, draft);
        audit.record(tenantCode, access.username(), "EDITED", SUBJECT, id, proposal.state(), proposal.state(),
                proposal.title());
    }

    /** The applicant deletes a draft that was never submitted. */
    public void delete(@NotNull String tenantCode, long id) {
        access.requireRole(tenantCode, Role.APPLICANT);
        Proposal proposal = owned(tenantCode, id);
        proposal.checkDeletable();
        proposals.remove(tenantCode, proposal);
        audit.record(tenantCode, access.username(), "DELETED", SUBJECT, id, ProposalState.DRAFT, null, proposal.title());
    }

    /** Submits a draft and starts its lifecycle, in one transaction. */
    public void submit(@NotNull String tenantCode, long id) {
        access.requireRole(tenantCode, Role.APPLICANT);
        Tenant tenant = tenant(tenantCode);
        Proposal proposal = owned(tenantCode, id);
        ProposalState before = proposal.state();
        proposal.submit(tenant.grantEligible(), tenant.usdRate(), Instant.now());
        proposal.attachProcess(workflow.startLifecycle(tenantCode, id, routing(proposal)));
        audit.record(tenantCode, access.username(), "SUBMITTED", SUBJECT, id, before, proposal.state(),
                "USD " + proposal.requestedUsd() + " at " + proposal.usdRate() + " " + proposal.requestedAmount().currency()
                        + " per USD");
    }

    /** The national focal point endorses a locally led proposal, or returns it to the applicant. */
    public void endorse(@NotNull String tenantCode, @NotNull String taskId, boolean endorsed,
                        @Size(max = 1000, message = "{m4d.comment.size}") String comment) {
        access.requireRole(tenantCode, Role.NATIONAL_FOCAL_POINT);
        Proposal proposal = taskProposal(tenantCode, taskId, GrantLifecycle.NATIONAL_ENDORSEMENT);
        ProposalState before = proposal.state();
        proposal.endorse(endorsed);
        audit.record(tenantCode, access.username(), endorsed ? "ENDORSED" : "NOT_ENDORSED", SUBJECT, proposal.id(),
                before, proposal.state(), comment);
        workflow.complete(tenantCode, taskId, GrantLifecycle.NATIONAL_ENDORSEMENT,
                Map.of(GrantLifecycle.VAR_ENDORSED, endorsed));
    }

    /** The coordinator's screening decision: eligible, back for revision, or rejected. */
    public void screen(@NotNull String tenantCode, @NotNull String taskId, @NotNull Decision decision,
                       @Size(max = 1000, message = "{m4d.comment.size}") String comment) {
        access.requireRole(tenantCode, Role.COORDINATOR);
        Proposal proposal = taskProposal(tenantCode, taskId, GrantLifecycle.SCREEN_ELIGIBILITY);
        ProposalState before = proposal.state();
        proposal.screen(decision);
        audit.record(tenantCode, access.username(), switch (decision) {
            case ACCEPT -> "SCREENED_ELIGIBLE";
            case REVISE -> "RETURNED_FOR_REVISION";
            case REJECT -> "SCREENED_REJECTED";
        }, SUBJECT, proposal.id(), before, proposal.state(), comment);
        workflow.complete(tenantCode, taskId, GrantLifecycle.SCREEN_ELIGIBILITY,
                Map.of(GrantLifecycle.VAR_SCREENING, switch (decision) {
                    case ACCEPT -> "eligible";
                    case REVISE -> "revise";
                    case REJECT -> "reject";
                }));
    }

    /** The applicant revises a returned proposal and resubmits it. */
    public void revise(@NotNull String tenantCode, @NotNull String taskId, @NotNull @Valid ProposalDraft draft) {
        access.requireRole(tenantCode, Role.APPLICANT);
        Proposal proposal = taskProposal(tenantCode, taskId, GrantLifecycle.REVISE_PROPOSAL);
        ProposalState before = proposal.state();
        proposal.revise(draft.title(), draft.sector(), draft.leadActor(),
                Money.of(draft.requestedAmount(), proposal.requestedAmount().currency()));
        describe(proposal, draft);
        proposal.resubmit(Instant.now());
        audit.record(tenantCode, access.username(), "REVISED", SUBJECT, proposal.id(), before, proposal.state(),
                "Review round " + proposal.reviewRound());
        workflow.complete(tenantCode, taskId, GrantLifecycle.REVISE_PROPOSAL, routing(proposal));
    }

    /** The approver's decision; the task is offered to the authority the decision table chose. */
    public void decide(@NotNull String tenantCode, @NotNull String taskId, @NotNull Decision decision,
                       @Size(max = 1000, message = "{m4d.reason.size}") String reason) {
        access.requireMember(tenantCode);
        if (!access.hasRole(tenantCode, Role.COORDINATOR) && !access.hasRole(tenantCode, Role.PMU)) {
            throw new ForbiddenException("Only a coordinator or the programme management unit approves grants");
        }
        if (decision != Decision.ACCEPT && (reason == null || reason.isBlank())) {
            throw new org.m4d.grants.platform.domain.DomainException("Give the applicant a reason")
                    .withKey("error.approval.reasonRequired");
        }
        Proposal proposal = taskProposal(tenantCode, taskId, GrantLifecycle.APPROVE_GRANT);
        ProposalState before = proposal.state();
        proposal.decide(decision);
        audit.record(tenantCode, access.username(), switch (decision) {
            case ACCEPT -> "APPROVED";
            case REVISE -> "RETURNED_FOR_REVISION";
            case REJECT -> "REJECTED";
        }, SUBJECT, proposal.id(), before, proposal.state(), reason);
        workflow.complete(tenantCode, taskId, GrantLifecycle.APPROVE_GRANT, Map.of(
                GrantLifecycle.VAR_APPROVAL, switch (decision) {
                    case ACCEPT -> "approve";
                    case REVISE -> "revise";
                    case REJECT -> "reject";
                },
                GrantLifecycle.VAR_APPROVED_BY, access.username()));
    }

    /** The applicant withdraws a proposal before it is decided; the lifecycle ends. */
    public void withdraw(@NotNull String tenantCode, long id,
                         @Size(max = 1000, message = "{m4d.reason.size}") String reason) {
        access.requireRole(tenantCode, Role.APPLICANT);
        Proposal proposal = owned(tenantCode, id);
        ProposalState before = proposal.state();
        proposal.withdraw(reason);
        workflow.withdraw(tenantCode, proposal.processInstanceId());
        audit.record(tenantCode, access.username(), "WITHDRAWN", SUBJECT, id, before, proposal.state(), reason);
    }

    /** A coordinator acknowledges an overdue review and notes what they did about it. */
    public void handleOverdueReview(@NotNull String tenantCode, @NotNull String taskId,
                                    @Size(max = 1000, message = "{m4d.note.size}") String note) {
        access.requireRole(tenantCode, Role.COORDINATOR);
        Proposal proposal = taskProposal(tenantCode, taskId, GrantLifecycle.HANDLE_OVERDUE_REVIEW);
        audit.record(tenantCode, access.username(), "OVERDUE_REVIEW_HANDLED", SUBJECT, proposal.id(),
                proposal.state(), proposal.state(), note);
        workflow.complete(tenantCode, taskId, GrantLifecycle.HANDLE_OVERDUE_REVIEW, Map.of());
    }

    /** A proposal with the history entries the user may see (403 for a reviewer not cleared on it). */
    public ProposalDetails details(@NotNull String tenantCode, long id) {
        access.requireMember(tenantCode);
        Proposal proposal = load(tenantCode, id);
        Visibility visibility = requireReadable(tenantCode, proposal);
        List<String> steps = proposal.processInstanceId() == null ? List.of()
                : workflow.activeActivities(tenantCode, proposal.processInstanceId());
        return new ProposalDetails(proposal, visibility.history(audit.history(tenantCode, SUBJECT, id)), steps,
                visibility);
    }

    /** A proposal the user may read: a member of its country, and for a reviewer only once cleared. */
    public Proposal readable(@NotNull String tenantCode, long id) {
        access.requireMember(tenantCode);
        Proposal proposal = load(tenantCode, id);
        requireReadable(tenantCode, proposal);
        return proposal;
    }

    /** What the user may see of a proposal of their country (404 for a country or proposal not theirs). */
    public Visibility visibility(@NotNull String tenantCode, long id) {
        access.requireMember(tenantCode);
        return visibility(tenantCode, load(tenantCode, id));
    }

    /** A proposal its applicant may still change (a draft, or one returned for revision). */
    public Proposal changeable(@NotNull String tenantCode, long id) {
        access.requireRole(tenantCode, Role.APPLICANT);
        Proposal proposal = owned(tenantCode, id);
        if (proposal.state() != ProposalState.DRAFT && proposal.state() != ProposalState.IN_REVISION) {
            throw new DomainException("Files can only be changed while the proposal is a draft or in revision");
        }
        return proposal;
    }

    /** Saves changes to a draft and submits it, in one transaction: a refused submission saves nothing. */
    public void updateAndSubmit(@NotNull String tenantCode, long id, @NotNull @Valid ProposalDraft draft) {
        update(tenantCode, id, draft);
        submit(tenantCode, id);
    }

    /** The workflow model of a submitted proposal with where it stands. */
    public DiagramView diagram(@NotNull String tenantCode, long id) {
        access.requireMember(tenantCode);
        Proposal proposal = load(tenantCode, id);
        if (!visibility(tenantCode, proposal).readsDiagram()) {
            throw new ForbiddenException("Declare whether you have a conflict of interest before following the proposal");
        }
        if (proposal.processInstanceId() == null) {
            throw new NotFoundException("Workflow");
        }
        return workflow.diagram(tenantCode, proposal.processInstanceId());
    }

    /**
     * A page of the proposals of several countries matching a search, with the number of matches.
     * Each country is read on its own (the tenant filter stays in force); pages are merged in the
     * search's order. A reviewer with no other role sees only what they have been cleared to see.
     */
    public ProposalPage search(@NotNull List<String> tenantCodes, @NotNull ProposalSearch search, int first, int max) {
        List<Proposal> rows = new ArrayList<>();
        long total = 0;
        for (String tenantCode : tenantCodes) {
            access.requireMember(tenantCode);
            ProposalSearch scoped = search;
            if (access.onlyReviewerIn(tenantCode)) {
                scoped = search.onlyIds(proposals.withIds(tenantCode, reviews.clearedProposals(tenantCode)).stream()
                        .filter(p -> reviews.declaredNoConflict(tenantCode, p.id(), p.reviewRound()))
                        .map(Proposal::id).toList());
            }
            total += proposals.count(tenantCode, scoped);
            if (max > 0) {
                rows.addAll(proposals.search(tenantCode, scoped, 0, first + max));
            }
        }
        rows.sort(ProposalPage.order(search));
        return new ProposalPage(rows.stream().skip(first).limit(max).toList(), total);
    }

    public List<Proposal> list(@NotNull String tenantCode) {
        access.requireMember(tenantCode);
        List<Proposal> all = proposals.all(tenantCode, 0, 200);
        if (!access.onlyReviewerIn(tenantCode)) {
            return all;
        }
        return all.stream().filter(p -> reviews.declaredNoConflict(tenantCode, p.id(), p.reviewRound())).toList();
    }

    /** What a reviewer may see of a proposal before declaring a conflict of interest: who proposes what. */
    public ConflictSummary conflictSummary(@NotNull String tenantCode, @NotNull String taskId) {
        Proposal proposal = taskProposal(tenantCode, taskId, GrantLifecycle.DECLARE_CONFLICT);
        return new ConflictSummary(proposal.id(), proposal.title(), proposal.createdBy());
    }

    private Visibility requireReadable(String tenantCode, Proposal proposal) {
        Visibility visibility = visibility(tenantCode, proposal);
        if (!visibility.readsProposal()) {
            throw new ForbiddenException("Declare whether you have a conflict of interest before reading the proposal");
        }
        return visibility;
    }

    private Visibility visibility(String tenantCode, Proposal proposal) {
        Set<Role> roles = Arrays.stream(Role.values()).filter(role -> access.hasRole(tenantCode, role))
                .collect(Collectors.toSet());
        boolean cleared = roles.contains(Role.REVIEWER)
                && reviews.declaredNoConflict(tenantCode, proposal.id(), proposal.reviewRound());
        return new Visibility(access.username(), roles, proposal.createdBy().equals(access.username()), cleared);
    }

    /** A proposal its applicant acts on: another applicant of the country may not. */
    private Proposal owned(String tenantCode, long id) {
        Proposal proposal = load(tenantCode, id);
        if (!proposal.createdBy().equals(access.username())) {
            throw new ForbiddenException("Only " + proposal.createdBy() + ", who created this proposal, can do this");
        }
        return proposal;
    }

    /** The titles of the given proposals of a tenant, by id. */
    public Map<Long, String> titles(@NotNull String tenantCode, Collection<Long> ids) {
        access.requireMember(tenantCode);
        return proposals.withIds(tenantCode, ids).stream().collect(Collectors.toMap(Proposal::id, Proposal::title));
    }

    /** A proposal, for the use cases of the other contexts, which check access themselves. */
    public Proposal proposal(String tenantCode, long id) {
        return load(tenantCode, id);
    }

    /** The amount a proposal asks for; the grant context reads it when the grant is approved. */
    public Money requestedAmount(String tenantCode, long id) {
        return load(tenantCode, id).requestedAmount();
    }

    /** Called by the grant context when a disbursement has been recorded. */
    public void markDisbursed(String tenantCode, long id, String actor) {
        Proposal proposal = load(tenantCode, id);
        ProposalState before = proposal.state();
        proposal.markDisbursed();
        if (before != proposal.state()) {
            audit.record(tenantCode, actor, "DISBURSING", SUBJECT, id, before, proposal.state(), null);
        }
    }

    /** Called by the grant context when the grant is closed. */
    public void markClosed(String tenantCode, long id, String actor, String note) {
        Proposal proposal = load(tenantCode, id);
        ProposalState before = proposal.state();
        proposal.close();
        audit.record(tenantCode, actor, "GRANT_CLOSED", SUBJECT, id, before, proposal.state(), note);
    }

    /** Called by the workflow when both technical reviews are in. */
    public void recordReviewsComplete(String tenantCode, long id, double averageScore) {
        Proposal proposal = load(tenantCode, id);
        ProposalState before = proposal.state();
        proposal.reviewsComplete();
        audit.record(tenantCode, SYSTEM, "REVIEWS_COMPLETE", SUBJECT, id, before, proposal.state(),
                "Average weighted score " + averageScore);
    }

    /** Called by the workflow's timer when screening is overdue. */
    public void recordScreeningOverdue(String tenantCode, long id) {
        Proposal proposal = load(tenantCode, id);
        audit.record(tenantCode, SYSTEM, "SCREENING_OVERDUE", SUBJECT, id, proposal.state(), proposal.state(),
                "Reminder sent to the coordinators");
    }

    /** Called by the workflow's timer when a technical review is overdue. */
    public void recordReviewOverdue(String tenantCode, long id) {
        Proposal proposal = load(tenantCode, id);
        audit.record(tenantCode, SYSTEM, "REVIEW_OVERDUE", SUBJECT, id, proposal.state(), proposal.state(),
                "Reminder sent to the reviewers");
    }

    /** Sets the profile, if the draft carries one, within the programme's window. */
    private void describe(Proposal proposal, ProposalDraft draft) {
        if (draft.profile() != null) {
            Programme programme = programmes.find(Programme.PHASE_III)
                    .orElseThrow(() -> new IllegalStateException("The programme is missing from the reference data"));
            proposal.describe(draft.profile().toDomain(), programme.startDate(), programme.endDate());
        }
    }

    /** The routing facts the lifecycle needs about a proposal: who leads it, its sector and dollar size. */
    private static Map<String, Object> routing(Proposal proposal) {
        Map<String, Object> routing = new HashMap<>();
        routing.put(GrantLifecycle.VAR_APPLICANT, proposal.createdBy());
        routing.put(GrantLifecycle.VAR_LEAD_ACTOR, proposal.leadActor().name());
        routing.put(GrantLifecycle.VAR_SECTOR, proposal.sector().name());
        routing.put(GrantLifecycle.VAR_AMOUNT_USD, proposal.requestedUsd().setScale(0, RoundingMode.CEILING).longValueExact());
        return routing;
    }

    private Proposal taskProposal(String tenantCode, String taskId, String expectedKey) {
        TaskView task = workflow.task(tenantCode, taskId);
        if (!expectedKey.equals(task.key())) {
            throw new org.m4d.grants.platform.domain.ConflictException("This task is a " + task.name()
                    + ", not the step you submitted").withKey("error.task.otherStep");
        }
        return load(tenantCode, task.proposalId());
    }

    private Tenant tenant(String tenantCode) {
        return tenants.find(tenantCode).orElseThrow(() -> new NotFoundException("Country"));
    }

    private Proposal load(String tenantCode, Long id) {
        if (id == null) {
            throw new NotFoundException("Proposal");
        }
        return proposals.find(tenantCode, id).orElseThrow(() -> new NotFoundException("Proposal"));
    }
}
