package org.m4d.grants.workflow;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.m4d.grants.workflow.domain.GrantLifecycle.*;

import java.time.Duration;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
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

/** {@code bpmn/face-liquidation.bpmn}: an advance's FACE report, certified by the partner, accepted by finance. */
@Deployment(resources = FACE_LIQUIDATION_RESOURCE)
@ExtendWith(FixedClock.class)
class FaceLiquidationProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(ProcessTestEngine.get()).build();

    private ProcessEngine engine;

    @BeforeEach
    void setUp() {
        engine = extension.getProcessEngine();
        BpmnAwareTests.init(engine);
        Mocks.register("deadlines", ConfiguredDeadlines.bean());
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
    }

    @Test
    void thePartnerCertifiesTheAdvancesExpenditureThenFinanceAcceptsIt() {
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceByKey(FACE_LIQUIDATION_KEY)
                .processDefinitionWithoutTenantId().businessKey("31")
                .setVariables(Map.of(VAR_TENANT, "SN", VAR_PROPOSAL_ID, 31L, VAR_APPLICANT, "sn.applicant",
                        VAR_TRANCHE, 1, VAR_REPORT_PERIOD, "P30D"))
                .execute();

        Task certify = task(CERTIFY_EXPENDITURE, instance);
        assertThat(certify).isAssignedTo("sn.applicant");
        Assertions.assertThat(certify.getDueDate()).isEqualTo(FixedClock.plus(Duration.ofDays(30)));
        complete(certify);
        Task accept = task(ACCEPT_EXPENDITURE, instance);
        assertThat(accept).hasCandidateGroup("SN-finance");
        Assertions.assertThat(engine.getRuntimeService().getVariable(instance.getId(), VAR_TRANCHE)).isEqualTo(1);
        complete(accept, BpmnAwareTests.withVariables(VAR_CASH_HELD, false));

        assertThat(instance).isEnded().hasPassed("advanceAccountedFor");
    }

    @Test
    void aBalanceStillHeldIsReportedAgainUntilAllIsAccountedFor() {
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceByKey(FACE_LIQUIDATION_KEY)
                .processDefinitionWithoutTenantId().businessKey("32")
                .setVariables(Map.of(VAR_TENANT, "SN", VAR_PROPOSAL_ID, 32L, VAR_APPLICANT, "sn.applicant",
                        VAR_TRANCHE, 1, VAR_REPORT_PERIOD, "P30D"))
                .execute();
        complete(task(CERTIFY_EXPENDITURE, instance));
        complete(task(ACCEPT_EXPENDITURE, instance), BpmnAwareTests.withVariables(VAR_CASH_HELD, true));

        assertThat(instance).isWaitingAt(CERTIFY_EXPENDITURE).hasPassedInOrder(ACCEPT_EXPENDITURE, "cashHeldGateway", "reportDue");
        assertThat(task(CERTIFY_EXPENDITURE, instance)).isAssignedTo("sn.applicant");
        complete(task(CERTIFY_EXPENDITURE, instance));
        complete(task(ACCEPT_EXPENDITURE, instance), BpmnAwareTests.withVariables(VAR_CASH_HELD, false));
        assertThat(instance).isEnded();
    }
}
