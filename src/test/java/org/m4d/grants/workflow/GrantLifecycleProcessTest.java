package org.m4d.grants.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.m4d.grants.workflow.domain.GrantLifecycle;

/** Every path of {@code bpmn/grant-lifecycle.bpmn} on an in-memory engine. */
@Deployment(resources = GrantLifecycle.RESOURCE)
class GrantLifecycleProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(ProcessTestEngine.get()).build();

    /** Stands in for the application's service steps and records what the model asked of them. */
    public static class RecordingSteps {
        final List<String> calls = new ArrayList<>();

        public void createAgreement(DelegateExecution execution) {
            calls.add("createAgreement " + execution.getTenantId() + " " + execution.getVariable("proposalId")
                    + " by " + execution.getVariable("approvedBy"));
        }

        public void remindCoordinator(DelegateExecution execution) {
            calls.add("remindCoordinator " + execution.getTenantId() + " " + execution.getVariable("proposalId"));
        }
    }

    private final RecordingSteps steps = new RecordingSteps();
    private ProcessEngine engine;

    @BeforeEach
    void setUp() {
        engine = extension.getProcessEngine();
        BpmnAwareTests.init(engine);
        Mocks.register("grantLifecycle", steps);
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
    }

    private ProcessInstance submit(String tenant, long proposalId) {
        return engine.getRuntimeService().createProcessInstanceByKey(GrantLifecycle.PROCESS_KEY)
                .processDefinitionWithoutTenantId()
                .businessKey(Long.toString(proposalId))
                .setVariables(Map.of(GrantLifecycle.VAR_TENANT, tenant,
                        GrantLifecycle.VAR_PROPOSAL_ID, proposalId,
                        GrantLifecycle.VAR_SCREENING_REMINDER, "P5D"))
                .execute();
    }

    @Test
    void submittedProposalWaitsForScreeningByCoordinatorsOfItsOwnTenant() {
        ProcessInstance instance = submit("NP", 7L);

        assertThat(instance).isStarted().isWaitingAt(GrantLifecycle.SCREEN_ELIGIBILITY);
        assertThat(instance.getTenantId()).isEqualTo("NP");
        Task screening = task(instance);
        assertThat(screening.getTenantId()).isEqualTo("NP");
        assertThat(screening).hasCandidateGroup("NP-coordinator");
        assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroup("SN-coordinator").count()).isZero();
    }

    @Test
    void eligibleProposalGetsAgreementAsyncThenDisbursementThenEnds() {
        ProcessInstance instance = submit("NP", 7L);

        complete(task(instance), withVariables(GrantLifecycle.VAR_ELIGIBLE, true,
                GrantLifecycle.VAR_APPROVED_BY, "np.coordinator"));

        // the agreement is created by the job executor, in its own transaction
        assertThat(instance).isWaitingAt(GrantLifecycle.CREATE_GRANT_AGREEMENT);
        assertThat(steps.calls).isEmpty();
        execute(job(instance));
        assertThat(steps.calls).containsExactly("createAgreement NP 7 by np.coordinator");

        assertThat(instance).isWaitingAt(GrantLifecycle.RECORD_DISBURSEMENT);
        assertThat(task(instance)).hasCandidateGroup("NP-finance");
        complete(task(instance));

        assertThat(instance).isEnded().hasPassedInOrder(GrantLifecycle.SCREEN_ELIGIBILITY,
                GrantLifecycle.CREATE_GRANT_AGREEMENT, GrantLifecycle.RECORD_DISBURSEMENT,
                GrantLifecycle.GRANT_DISBURSED);
        assertThat(instance).hasNotPassed(GrantLifecycle.PROPOSAL_REJECTED);
    }

    @Test
    void ineligibleProposalIsRejectedWithoutAgreement() {
        ProcessInstance instance = submit("SN", 9L);

        complete(task(instance), withVariables(GrantLifecycle.VAR_ELIGIBLE, false,
                GrantLifecycle.VAR_APPROVED_BY, "sn.coordinator"));

        assertThat(instance).isEnded().hasPassed(GrantLifecycle.PROPOSAL_REJECTED)
                .hasNotPassed(GrantLifecycle.CREATE_GRANT_AGREEMENT);
        assertThat(steps.calls).isEmpty();
    }

    @Test
    void overdueScreeningRemindsCoordinatorAndKeepsWaiting() {
        Date submittedAt = new Date();
        ClockUtil.setCurrentTime(submittedAt);
        ProcessInstance instance = submit("NP", 11L);

        Job timer = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .timers().singleResult();
        assertThat(timer.getDuedate()).isEqualTo(new Date(submittedAt.getTime() + Duration.ofDays(5).toMillis()));

        ClockUtil.setCurrentTime(new Date(submittedAt.getTime() + Duration.ofDays(6).toMillis()));
        execute(timer);

        assertThat(steps.calls).containsExactly("remindCoordinator NP 11");
        assertThat(instance).hasPassed(GrantLifecycle.REMIND_COORDINATOR, GrantLifecycle.REMINDER_SENT)
                .isWaitingAt(GrantLifecycle.SCREEN_ELIGIBILITY);

        complete(task(instance), withVariables(GrantLifecycle.VAR_ELIGIBLE, false,
                GrantLifecycle.VAR_APPROVED_BY, "np.coordinator"));
        assertThat(instance).isEnded();
    }

    @Test
    void screeningDecidedInTimeCancelsTheReminder() {
        ProcessInstance instance = submit("NP", 12L);

        complete(task(instance), withVariables(GrantLifecycle.VAR_ELIGIBLE, false,
                GrantLifecycle.VAR_APPROVED_BY, "np.coordinator"));

        assertThat(engine.getManagementService().createJobQuery().timers().processInstanceId(instance.getId()).count())
                .isZero();
        assertThat(steps.calls).isEmpty();
    }

    @Test
    void instanceWithoutTenantIsRefused() {
        assertThatThrownBy(() -> engine.getRuntimeService().createProcessInstanceByKey(GrantLifecycle.PROCESS_KEY)
                .processDefinitionWithoutTenantId()
                .setVariables(Map.of(GrantLifecycle.VAR_PROPOSAL_ID, 1L, GrantLifecycle.VAR_SCREENING_REMINDER, "P5D"))
                .execute())
                .hasMessageContaining(GrantLifecycle.VAR_TENANT);
    }

    @Test
    void usersOfAnotherTenantDoNotSeeTheTasks() {
        submit("NP", 13L);
        submit("SN", 14L);

        engine.getIdentityService().setAuthentication("sn.coordinator", List.of("SN-coordinator"), List.of("SN"));
        try {
            List<Task> visible = engine.getTaskService().createTaskQuery().list();
            assertThat(visible).extracting(Task::getTenantId).containsOnly("SN");
            assertThat(visible).hasSize(1);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }
}
