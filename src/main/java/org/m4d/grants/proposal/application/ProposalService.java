package org.m4d.grants.proposal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.m4d.grants.audit.application.AuditTrail;
import org.m4d.grants.identity.application.Access;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.platform.domain.Money;
import org.m4d.grants.platform.domain.NotFoundException;
import org.m4d.grants.proposal.domain.Proposal;
import org.m4d.grants.proposal.domain.ProposalRepository;
import org.m4d.grants.proposal.domain.ProposalState;
import org.m4d.grants.tenancy.domain.Tenant;
import org.m4d.grants.tenancy.domain.TenantRepository;
import org.m4d.grants.workflow.application.Workflow;
import org.m4d.grants.workflow.domain.GrantLifecycle;
import org.m4d.grants.workflow.domain.TaskView;

/** Use cases of proposals. Each public method is one transaction. */
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
    @ConfigProperty(name = "m4d.workflow.screening-reminder", defaultValue = "P5D")
    String screeningReminder;

    public long create(@NotNull String tenantCode, @NotNull @Valid ProposalDraft draft) {
        access.requireRole(tenantCode, Role.APPLICANT);
        Tenant tenant = tenants.find(tenantCode).orElseThrow(() -> new NotFoundException("Country"));
        Proposal proposal = new Proposal(draft.title(), draft.sector(),
                Money.of(draft.requestedAmount(), tenant.currency()), access.username(), Instant.now());
        proposals.store(tenantCode, proposal);
        audit.record(tenantCode, access.username(), "CREATED", SUBJECT, proposal.id(), null, proposal.state(), proposal.title());
        return proposal.id();
    }

    /** Submits a draft and starts its lifecycle, in one transaction. */
    public void submit(@NotNull String tenantCode, long id) {
        access.requireRole(tenantCode, Role.APPLICANT);
        Tenant tenant = tenants.find(tenantCode).orElseThrow(() -> new NotFoundException("Country"));
        Proposal proposal = load(tenantCode, id);
        ProposalState before = proposal.state();
        proposal.submit(tenant.grantEligible(), Instant.now());
        proposal.attachProcess(workflow.startLifecycle(tenantCode, id, screeningReminder));
        audit.record(tenantCode, access.username(), "SUBMITTED", SUBJECT, id, before, proposal.state(), null);
    }

    /** The coordinator's decision on a Screen eligibility task; completes the task. */
    public void screen(@NotNull String tenantCode, @NotNull String taskId, boolean eligible, String comment) {
        access.requireRole(tenantCode, Role.COORDINATOR);
        TaskView task = workflow.task(tenantCode, taskId);
        Proposal proposal = load(tenantCode, task.proposalId());
        ProposalState before = proposal.state();
        proposal.screen(eligible);
        audit.record(tenantCode, access.username(), eligible ? "SCREENED_ELIGIBLE" : "SCREENED_REJECTED", SUBJECT,
                proposal.id(), before, proposal.state(), comment);
        workflow.complete(tenantCode, taskId, GrantLifecycle.SCREEN_ELIGIBILITY, Map.of(
                GrantLifecycle.VAR_ELIGIBLE, eligible,
                GrantLifecycle.VAR_APPROVED_BY, access.username()));
    }

    public ProposalDetails details(@NotNull String tenantCode, long id) {
        access.requireMember(tenantCode);
        Proposal proposal = load(tenantCode, id);
        List<String> steps = proposal.processInstanceId() == null ? List.of()
                : workflow.activeActivities(tenantCode, proposal.processInstanceId());
        return new ProposalDetails(proposal, audit.history(tenantCode, SUBJECT, id), steps);
    }

    public List<Proposal> list(@NotNull String tenantCode) {
        access.requireMember(tenantCode);
        return proposals.all(tenantCode, 0, 200);
    }

    /** The titles of the given proposals of a tenant, by id. */
    public Map<Long, String> titles(@NotNull String tenantCode, Collection<Long> ids) {
        access.requireMember(tenantCode);
        return proposals.withIds(tenantCode, ids).stream().collect(Collectors.toMap(Proposal::id, Proposal::title));
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

    /** Called by the workflow's timer when screening is overdue. */
    public void recordScreeningOverdue(String tenantCode, long id) {
        Proposal proposal = load(tenantCode, id);
        audit.record(tenantCode, SYSTEM, "SCREENING_OVERDUE", SUBJECT, id, proposal.state(), proposal.state(),
                "Reminder sent to the coordinators");
    }

    private Proposal load(String tenantCode, Long id) {
        if (id == null) {
            throw new NotFoundException("Proposal");
        }
        return proposals.find(tenantCode, id).orElseThrow(() -> new NotFoundException("Proposal"));
    }
}
