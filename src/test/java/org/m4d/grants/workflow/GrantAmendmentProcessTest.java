package org.m4d.grants.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.m4d.grants.workflow.domain.GrantAmendment.*;
import static org.m4d.grants.workflow.domain.GrantLifecycle.APPROVAL_AUTHORITY_DMN;
import static org.m4d.grants.workflow.domain.GrantLifecycle.TENANT_MODELS;
import static org.m4d.grants.workflow.domain.GrantLifecycle.VAR_AMOUNT_USD;
import static org.m4d.grants.workflow.domain.GrantLifecycle.VAR_APPROVAL_AUTHORITY;
import static org.m4d.grants.workflow.domain.GrantLifecycle.VAR_AVERAGE_SCORE;
import static org.m4d.grants.workflow.domain.GrantLifecycle.VAR_BEYOND_ENVELOPE;
import static org.m4d.grants.workflow.domain.GrantLifecycle.VAR_PROPOSAL_ID;
import static org.m4d.grants.workflow.domain.GrantLifecycle.VAR_SECTOR;
import static org.m4d.grants.workflow.domain.GrantLifecycle.VAR_TENANT;

import java.time.Duration;
import java.util.ArrayList;
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
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.m4d.grants.workflow.infra.DecisionTables;

/**
 * Every path of {@code bpmn/grant-amendment.bpmn}: the coordinator's review alone, pmu for an
 * extension beyond the phase, the approval-authority table (shared and a country's own) for a
 * large revision or an increase, and refusals at either step.
 */
@Deployment(resources = {RESOURCE, APPROVAL_AUTHORITY_DMN})
@ExtendWith(FixedClock.class)
class GrantAmendmentProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(ProcessTestEngine.get()).build();

    /** Stands in for the grant context's amendment steps. */
    public static class RecordingSteps {
        final List<String> calls = new ArrayList<>();

        public void applyAmendment(DelegateExecution execution) {
            calls.add("apply " + execution.getTenantId() + " " + execution.getVariable(VAR_AMENDMENT_ID) + " by "
                    + execution.getVariable(VAR_DECIDED_BY));
        }

        public void rejectAmendment(DelegateExecution execution) {
            calls.add("reject " + execution.getTenantId() + " " + execution.getVariable(VAR_AMENDMENT_ID) + " by "
                    + execution.getVariable(VAR_DECIDED_BY));
        }
    }

    private final RecordingSteps steps = new RecordingSteps();
    private ProcessEngine engine;

    @BeforeEach
    void setUp() {
        engine = extension.getProcessEngine();
        BpmnAwareTests.init(engine);
        Mocks.register("grantLifecycle", steps);
        Mocks.register("decisionTables", new DecisionTables());
        Mocks.register("deadlines", ConfiguredDeadlines.bean());
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
    }

    private ProcessInstance start(String tenant, String kind, String route, Map<String, Object> more) {
        Map<String, Object> variables = new HashMap<>(more);
        variables.putAll(Map.of(VAR_TENANT, tenant, VAR_PROPOSAL_ID, 41L, VAR_AMENDMENT_ID, 7L, VAR_KIND, kind,
                VAR_ROUTE, route));
        return engine.getRuntimeService().createProcessInstanceByKey(PROCESS_KEY)
                .processDefinitionWithoutTenantId().businessKey("41").setVariables(variables).execute();
    }

    /** The routing facts of a grant of {@code usd} dollars, well reviewed, in employment. */
    private static Map<String, Object> grantOf(long usd) {
        return Map.of(VAR_AMOUNT_USD, usd, VAR_AVERAGE_SCORE, 4.2, VAR_SECTOR, "EMPLOYMENT", VAR_BEYOND_ENVELOPE, false);
    }

    private void review(ProcessInstance instance, String tenant, boolean accepted) {
        Task review = task(REVIEW_AMENDMENT, instance);
        assertThat(review).hasCandidateGroup(tenant + "-coordinator");
        complete(review, withVariables(VAR_ACCEPTED, accepted, VAR_DECIDED_BY, tenant.toLowerCase() + ".coordinator"));
    }

    @Test
    void anExtensionWithinThePhaseIsTheCoordinatorsToApprove() {
        ProcessInstance instance = start("NP", "NO_COST_EXTENSION", ROUTE_COORDINATOR,
                Map.of(VAR_APPROVAL_AUTHORITY, "country"));
        Task review = task(REVIEW_AMENDMENT, instance);
        assertThat(review.getDueDate()).as("the approval period").isEqualTo(FixedClock.plus(Duration.ofDays(10)));

        review(instance, "NP", true);

        assertThat(instance).isEnded().hasPassed(APPLY_AMENDMENT, AMENDMENT_APPLIED).hasNotPassed(APPROVE_AMENDMENT);
        assertThat(steps.calls).containsExactly("apply NP 7 by np.coordinator");
    }

    @Test
    void anExtensionBeyondThePhaseGoesToPmuAfterTheCoordinator() {
        ProcessInstance instance = start("NP", "NO_COST_EXTENSION", ROUTE_PMU, Map.of(VAR_APPROVAL_AUTHORITY, "global"));
        review(instance, "NP", true);

        Task approval = task(APPROVE_AMENDMENT, instance);
        assertThat(approval).hasCandidateGroup("pmu");
        complete(approval, withVariables(VAR_APPROVED, true, VAR_DECIDED_BY, "pmu"));

        assertThat(instance).isEnded().hasPassed(AMENDMENT_APPLIED).hasNotPassed(DETERMINE_AUTHORITY);
        assertThat(steps.calls).containsExactly("apply NP 7 by pmu");
    }

    @Test
    void theCoordinatorsRefusalEndsTheAmendmentUnchanged() {
        ProcessInstance instance = start("NP", "AMOUNT_CHANGE", ROUTE_AUTHORITY, grantOf(120_000));
        review(instance, "NP", false);

        assertThat(instance).isEnded().hasPassed(REJECT_AMENDMENT, AMENDMENT_REJECTED)
                .hasNotPassed(DETERMINE_AUTHORITY, APPLY_AMENDMENT);
        assertThat(steps.calls).containsExactly("reject NP 7 by np.coordinator");
    }

    @Test
    void aDecreaseOrASmallRevisionIsTheCoordinatorsAlone() {
        for (String kind : List.of("AMOUNT_CHANGE", "BUDGET_REVISION")) {
            ProcessInstance instance = start("SN", kind, ROUTE_COORDINATOR, grantOf(90_000));
            review(instance, "SN", true);
            assertThat(instance).isEnded().hasPassed(AMENDMENT_APPLIED).hasNotPassed(DETERMINE_AUTHORITY);
        }
        assertThat(steps.calls).containsExactly("apply SN 7 by sn.coordinator", "apply SN 7 by sn.coordinator");
    }

    @Test
    void anIncreaseWithinTheCountryCeilingIsApprovedInTheCountry() {
        ProcessInstance instance = start("NP", "AMOUNT_CHANGE", ROUTE_AUTHORITY, grantOf(250_000));
        review(instance, "NP", true);

        assertThat(instance).hasPassed(DETERMINE_AUTHORITY);
        assertThat(engine.getRuntimeService().getVariable(instance.getId(), VAR_APPROVAL_AUTHORITY)).isEqualTo("country");
        Task approval = task(APPROVE_AMENDMENT, instance);
        assertThat(approval).hasCandidateGroup("NP-coordinator");
        complete(approval, withVariables(VAR_APPROVED, true, VAR_DECIDED_BY, "np.coordinator2"));

        assertThat(instance).isEnded().hasPassed(AMENDMENT_APPLIED);
        assertThat(steps.calls).containsExactly("apply NP 7 by np.coordinator2");
    }

    @Test
    void anIncreaseAboveTheCountryCeilingGoesToPmuWhoMayRefuseIt() {
        ProcessInstance instance = start("NP", "AMOUNT_CHANGE", ROUTE_AUTHORITY, grantOf(250_001));
        review(instance, "NP", true);

        assertThat(engine.getRuntimeService().getVariable(instance.getId(), VAR_APPROVAL_AUTHORITY)).isEqualTo("global");
        Task approval = task(APPROVE_AMENDMENT, instance);
        assertThat(approval).hasCandidateGroup("pmu");
        complete(approval, withVariables(VAR_APPROVED, false, VAR_DECIDED_BY, "pmu"));

        assertThat(instance).isEnded().hasPassed(AMENDMENT_REJECTED).hasNotPassed(APPLY_AMENDMENT);
        assertThat(steps.calls).containsExactly("reject NP 7 by pmu");
    }

    @Test
    void aLargeRevisionGoesToTheGrantsApprovalAuthority() {
        ProcessInstance instance = start("SN", "BUDGET_REVISION", ROUTE_AUTHORITY,
                Map.of(VAR_AMOUNT_USD, 80_000L, VAR_AVERAGE_SCORE, 2.5, VAR_SECTOR, "EMPLOYMENT", VAR_BEYOND_ENVELOPE, false));
        review(instance, "SN", true);

        assertThat(task(APPROVE_AMENDMENT, instance)).as("weakly reviewed grants are pmu's").hasCandidateGroup("pmu");
    }

    @Test
    void aCountrysOwnTableDecidesItsIncreases() {
        engine.getRepositoryService().createDeployment().tenantId("TN").name("TN overrides")
                .addClasspathResource(TENANT_MODELS + "TN/approval-authority.dmn").deploy();
        try {
            ProcessInstance tunisia = start("TN", "AMOUNT_CHANGE", ROUTE_AUTHORITY, grantOf(200_000));
            ProcessInstance nepal = start("NP", "AMOUNT_CHANGE", ROUTE_AUTHORITY, grantOf(200_000));
            review(tunisia, "TN", true);
            review(nepal, "NP", true);

            assertThat(task(APPROVE_AMENDMENT, tunisia)).hasCandidateGroup("pmu");
            assertThat(task(APPROVE_AMENDMENT, nepal)).hasCandidateGroup("NP-coordinator");
        } finally {
            engine.getRepositoryService().createDeploymentQuery().tenantIdIn("TN").list()
                    .forEach(d -> engine.getRepositoryService().deleteDeployment(d.getId(), true));
        }
    }
}
