package org.m4d.grants.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.m4d.grants.workflow.domain.AssuranceModel.*;
import static org.m4d.grants.workflow.domain.GrantLifecycle.VAR_PROPOSAL_ID;
import static org.m4d.grants.workflow.domain.GrantLifecycle.VAR_TENANT;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
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

/** Every path of {@code bpmn/assurance-activity.bpmn}: each kind of activity, with and without findings, follow-ups. */
@Deployment(resources = RESOURCE)
class AssuranceActivityProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(ProcessTestEngine.get()).build();

    private static final Date DUE = Date.from(Instant.parse("2026-06-30T00:00:00Z"));

    /** Stands in for the assurance context: the open findings of the activity and each one's due date. */
    public static class FindingSteps {
        final List<Long> open = new ArrayList<>();
        final Map<Long, Date> due = new HashMap<>();
        final List<String> calls = new ArrayList<>();

        public List<Long> openFindings(DelegateExecution execution) {
            calls.add("openFindings " + execution.getVariable(VAR_ACTIVITY_ID));
            return open;
        }

        public Date findingDue(DelegateExecution execution) {
            return due.get((Long) execution.getVariable(VAR_FINDING_ID));
        }
    }

    private final FindingSteps steps = new FindingSteps();
    private ProcessEngine engine;

    @BeforeEach
    void setUp() {
        engine = extension.getProcessEngine();
        BpmnAwareTests.init(engine);
        Mocks.register("assuranceSteps", steps);
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
    }

    private ProcessInstance start(String kind) {
        return engine.getRuntimeService().createProcessInstanceByKey(PROCESS_KEY)
                .processDefinitionWithoutTenantId().businessKey("41")
                .setVariables(Map.of(VAR_TENANT, "NP", VAR_PROPOSAL_ID, 41L, VAR_ACTIVITY_ID, 7L, VAR_KIND, kind,
                        VAR_DUE, DUE))
                .execute();
    }

    private void finding(long id, String due) {
        steps.open.add(id);
        steps.due.put(id, Date.from(Instant.parse(due)));
    }

    private Task followUp(ProcessInstance instance, long findingId) {
        return taskQuery().processInstanceId(instance.getId()).taskDefinitionKey(FOLLOW_UP_FINDING).list().stream()
                .filter(t -> Long.valueOf(findingId).equals(engine.getTaskService().getVariable(t.getId(), VAR_FINDING_ID)))
                .findFirst().orElseThrow();
    }

    @Test
    void aVisitWithoutFindingsIsTheCoordinatorsByItsDueDateAndEndsTheActivity() {
        ProcessInstance instance = start("PROGRAMMATIC_VISIT");

        Task visit = task(CONDUCT_VISIT, instance);
        assertThat(visit).hasCandidateGroup("NP-coordinator");
        assertThat(visit.getDueDate()).isEqualTo(DUE);
        assertThat(visit.getTenantId()).isEqualTo("NP");
        complete(visit);

        assertThat(steps.calls).containsExactly("openFindings 7");
        assertThat(instance).isEnded().hasPassed("activityClosed").hasNotPassed(FOLLOW_UP_FINDING);
    }

    @Test
    void aSpotCheckIsFinancesAndEachOpenFindingIsFollowedUpByItsOwnDueDateUntilClosed() {
        ProcessInstance instance = start("SPOT_CHECK");
        Task check = task(CONDUCT_SPOT_CHECK, instance);
        assertThat(check).hasCandidateGroup("NP-finance");
        assertThat(check.getDueDate()).isEqualTo(DUE);
        finding(101L, "2026-07-15T00:00:00Z");
        finding(102L, "2026-08-31T00:00:00Z");
        complete(check);

        assertThat(taskQuery().processInstanceId(instance.getId()).taskDefinitionKey(FOLLOW_UP_FINDING).count()).isEqualTo(2);
        Task first = followUp(instance, 101L);
        assertThat(first).hasCandidateGroup("NP-coordinator");
        assertThat(first.getDueDate()).isEqualTo(Date.from(Instant.parse("2026-07-15T00:00:00Z")));
        assertThat(followUp(instance, 102L).getDueDate()).isEqualTo(Date.from(Instant.parse("2026-08-31T00:00:00Z")));

        complete(first, withVariables(VAR_FINDING_CLOSED, true));
        assertThat(instance).isNotEnded();
        steps.due.put(102L, Date.from(Instant.parse("2026-10-31T00:00:00Z")));
        complete(followUp(instance, 102L), withVariables(VAR_FINDING_CLOSED, false));

        Task again = followUp(instance, 102L);
        assertThat(again.getDueDate()).as("the rescheduled date").isEqualTo(Date.from(Instant.parse("2026-10-31T00:00:00Z")));
        complete(again, withVariables(VAR_FINDING_CLOSED, true));
        assertThat(instance).isEnded().hasPassed("findingClosed", "activityClosed");
    }

    @Test
    void anAuditsResultIsRecordedByFinanceAndItsFindingFollowedUp() {
        ProcessInstance instance = start("AUDIT");
        Task audit = task(RECORD_AUDIT, instance);
        assertThat(audit).hasCandidateGroup("NP-finance");
        finding(201L, "2027-01-31T00:00:00Z");
        complete(audit);

        assertThat(instance).isWaitingAt(FOLLOW_UP_FINDING).hasNotPassed(CONDUCT_VISIT, CONDUCT_SPOT_CHECK);
        complete(followUp(instance, 201L), withVariables(VAR_FINDING_CLOSED, true));
        assertThat(instance).isEnded();
    }
}
