package org.m4d.grants.workflow;

import jakarta.validation.Validation;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.m4d.grants.assurance.application.GrantPartners;
import org.m4d.grants.assurance.application.OpenFindingGate;
import org.m4d.grants.audit.application.AuditTrail;
import org.m4d.grants.grant.application.AcceptExpenditure;
import org.m4d.grants.grant.application.AuthoriseAdvance;
import org.m4d.grants.grant.application.CertifyExpenditure;
import org.m4d.grants.grant.application.FacePayments;
import org.m4d.grants.grant.application.FaceService;
import org.m4d.grants.grant.application.GrantImplementationSteps;
import org.m4d.grants.grant.application.OutstandingAdvanceGate;
import org.m4d.grants.grant.application.ReleaseGates;
import org.m4d.grants.grant.application.ReleaseTranche;
import org.m4d.grants.grant.application.RequestAdvance;
import org.m4d.grants.grant.domain.GrantAgreement;
import org.m4d.grants.grant.domain.Modality;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.platform.application.FiredEvents;
import org.m4d.grants.proposal.domain.LeadActor;
import org.m4d.grants.tenancy.application.TenantSettingsService;
import org.m4d.grants.tenancy.domain.Timer;
import org.m4d.grants.tenancy.domain.TimerSettings;
import org.m4d.grants.testing.ActiveTransaction;
import org.m4d.grants.testing.InMemoryAssurance;
import org.m4d.grants.testing.UseCases;
import org.m4d.grants.testing.Wiring;
import org.m4d.grants.workflow.application.AmendmentSteps;
import org.m4d.grants.workflow.application.EnvelopeSteps;
import org.m4d.grants.workflow.application.ReviewSteps;
import org.m4d.grants.workflow.application.TaskCompletion;
import org.m4d.grants.workflow.application.TaskDeadline;
import org.m4d.grants.workflow.application.TaskHandler;
import org.m4d.grants.workflow.domain.GrantLifecycle;
import org.m4d.grants.workflow.infra.CamundaWorkflow;
import org.m4d.grants.workflow.infra.GrantLifecycleSteps;
import org.m4d.grants.workflow.infra.OpenTasks;

/**
 * The grant context's use cases of {@link UseCases} on a real in-memory engine, as the container
 * assembles them for a task completion: {@link TaskCompletion} on the Camunda adapter with the real
 * handlers of the advance and release steps, both payment gates (the six-month rule on a clock the
 * test sets, the open-finding gate on findings in memory), and the model's service steps
 * ({@code grantLifecycle}) on the grant service. One grant in Nepal, of a partner {@link #PARTNER}.
 */
final class ImplementationApp {

    static final long PARTNER = 7;

    final UseCases app = new UseCases();
    final ProcessEngine engine;
    final InMemoryAssurance assurance = new InMemoryAssurance(app.context);
    final CamundaWorkflow workflow;
    final TaskCompletion completion = new TaskCompletion();
    final OutstandingAdvanceGate advanceGate;
    final FacePayments payments = Wiring.wire(new FacePayments(), app.grantRows);
    final Map<Long, Long> partnerOfProposal = new HashMap<>();

    ImplementationApp(ProcessEngine engine) {
        this.engine = engine;
        AuditTrail trail = Wiring.wire(new AuditTrail(), app.audit, new ActiveTransaction());
        TenantSettingsService settings = new TenantSettingsService() {
            @Override
            public TimerSettings timersOf() {
                Map<Timer, Integer> days = new EnumMap<>(Timer.class);
                for (Timer timer : Timer.values()) {
                    days.put(timer, timer.after() == null ? 10 : 20);
                }
                return TimerSettings.ofDays(days, 2);
            }
        };
        workflow = Wiring.wire(new CamundaWorkflow(), engine.getRuntimeService(), engine.getTaskService(),
                engine.getHistoryService(), engine.getRepositoryService(), engine.getIdentityService(), app.context,
                app.user, app.access, settings, Wiring.wire(new OpenTasks(), engine.getTaskService(), app.context),
                Wiring.wire(new org.m4d.grants.proposal.application.CoApplicants(), app.memberRows, app.proposals,
                        app.access));

        advanceGate = Wiring.wire(new OutstandingAdvanceGate(), app.grantRows, payments);
        GrantPartners partners = proposalId -> Optional.ofNullable(partnerOfProposal.get(proposalId));
        app.releaseGates.add(advanceGate);
        app.releaseGates.add(Wiring.wire(new OpenFindingGate(), assurance, partners));
        ReleaseGates gates = (ReleaseGates) Wiring.get(app.grants, org.m4d.grants.grant.application.GrantService.class,
                "gates");

        FaceService faces = Wiring.wire(new FaceService(), app.grantRows, app.grants, payments, gates, app.proposals,
                app.access, trail);
        List<TaskHandler<?>> handlers = List.of(
                Wiring.wire(new RequestAdvance(), app.access, faces),
                Wiring.wire(new AuthoriseAdvance(), app.access, faces),
                Wiring.wire(new CertifyExpenditure(), app.access, faces),
                Wiring.wire(new AcceptExpenditure(), app.access, faces),
                Wiring.wire(new ReleaseTranche(), app.access, app.grants, app.grantRows, trail, gates, workflow, payments));
        Wiring.set(completion, TaskCompletion.class, "workflow", workflow);
        Wiring.set(completion, TaskCompletion.class, "validator", Validation.buildDefaultValidatorFactory().getValidator());
        Wiring.set(completion, TaskCompletion.class, "byKey", handlers.stream()
                .collect(Collectors.toMap(TaskHandler::taskKey, Function.identity())));
    }

    /** The model's service steps, as the container names them, on this app's grant service. */
    GrantLifecycleSteps serviceSteps() {
        ReviewSteps reviews = new ReviewSteps() {
            @Override
            public double closeRound(long proposalId) {
                throw new UnsupportedOperationException("no review in a grant's implementation");
            }

            @Override
            public String assignReviewer(long proposalId, String agency, String excludedReviewers) {
                throw new UnsupportedOperationException("no review in a grant's implementation");
            }
        };
        AmendmentSteps amendments = new AmendmentSteps() {
            @Override
            public void applyAmendment(long proposalId, long amendmentId, String decidedBy) {
                throw new UnsupportedOperationException("no amendment here");
            }

            @Override
            public void rejectAmendment(long proposalId, long amendmentId, String decidedBy) {
                throw new UnsupportedOperationException("no amendment here");
            }
        };
        return Wiring.wire(new GrantLifecycleSteps(), Wiring.wire(new GrantImplementationSteps(), app.grants),
                app.context, reviews, new FiredEvents<TaskDeadline>(deadline -> { }), amendments,
                (EnvelopeSteps) proposalId -> {
                    throw new UnsupportedOperationException("no approval decision in a grant's implementation");
                });
    }

    /** The six-month rule counts from this day. */
    void today(LocalDate day) {
        Wiring.set(advanceGate, OutstandingAdvanceGate.class, "clock",
                Clock.fixed(day.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
    }

    /**
     * An approved grant of NPR 1,500,000 of {@link #PARTNER}, planned 60/40 (900,000.00 then
     * 600,000.00) in the given modality; returns the proposal id. The plan is set in the grant as
     * the plan's handler does; the implementation is then started through the adapter and its plan
     * step completed with the modality, as that handler's variables.
     */
    long approvedGrant(Modality modality) {
        app.user.as("np.applicant", "NP", Role.APPLICANT);
        long proposal = app.in("NP", () -> app.draft("Diaspora savings groups", LeadActor.OTHER, "1500000"));
        app.in("NP", () -> app.proposals.submit(proposal));
        app.in("NP", () -> app.approve(proposal));
        app.in("NP", () -> app.grants.createAgreement(proposal, "np.coordinator"));
        partnerOfProposal.put(proposal, PARTNER);
        app.user.as("np.finance", "NP", Role.FINANCE);
        String instance = app.in("NP", () -> workflow.startCase(GrantLifecycle.IMPLEMENTATION_KEY, proposal,
                Map.of(GrantLifecycle.VAR_APPLICANT, "np.applicant")));
        app.in("NP", () -> grant(proposal).plan(modality, List.of(new BigDecimal("60"), new BigDecimal("40")))
                .forEach(app.grantRows::store));
        engine.getTaskService().complete(waiting(instance, GrantLifecycle.SET_TRANCHE_PLAN).getId(),
                Map.of(GrantLifecycle.VAR_MODALITY, modality.name()));
        return proposal;
    }

    GrantAgreement grant(long proposal) {
        return app.grantRows.findByProposal(proposal).orElseThrow();
    }

    /** The implementation's instance of the proposal. */
    String instanceOf(long proposal) {
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(GrantLifecycle.IMPLEMENTATION_KEY).processInstanceBusinessKey(Long.toString(proposal))
                .singleResult().getId();
    }

    /** The one open task of the key in the instance. */
    Task waiting(String instance, String key) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance).taskDefinitionKey(key).singleResult();
    }

    /** The open user tasks of the implementation (its tranche cycle included), by key. */
    List<String> openTaskKeys(String instance) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance).list().stream()
                .map(Task::getTaskDefinitionKey).sorted().toList();
    }

    /** Completes a task as the application does, as the user signed in now, in Nepal. */
    void complete(String taskId, String expectedKey, Object payload) {
        app.in("NP", () -> completion.complete(taskId, expectedKey, new TaskCompletion.Payload() {
            @Override
            public <P> P as(Class<P> type) {
                return type.cast(payload);
            }
        }));
    }

    /** Completes a step the gates do not concern directly on the engine, with its variables. */
    void completeOnEngine(String instance, String key, Map<String, Object> variables) {
        engine.getTaskService().complete(waiting(instance, key).getId(), variables);
    }
}
