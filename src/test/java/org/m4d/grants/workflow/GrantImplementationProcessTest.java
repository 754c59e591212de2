package org.m4d.grants.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.m4d.grants.workflow.domain.GrantLifecycle.*;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
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
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path of {@code bpmn/grant-implementation.bpmn}: tranches, report gates, timers, closure. */
@Deployment(resources = IMPLEMENTATION_RESOURCE)
@ExtendWith(FixedClock.class)
class GrantImplementationProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(ProcessTestEngine.get()).build();

    /** Stands in for the application's service steps. */
    public static class RecordingSteps {
        final List<String> calls = new ArrayList<>();
        List<Integer> tranches = List.of(1);

        public List<Integer> trancheNumbers(DelegateExecution execution) {
            calls.add("trancheNumbers " + execution.getVariable(VAR_PROPOSAL_ID));
            return tranches;
        }

        public void openTranche(DelegateExecution execution) {
            calls.add("openTranche " + execution.getVariable(VAR_TRANCHE));
        }

        public void remindApplicant(DelegateExecution execution) {
            calls.add("remindApplicant " + execution.getVariable(VAR_TRANCHE));
        }

        public void deadline(DelegateExecution execution, String taskKey, String stage) {
            calls.add("deadline " + taskKey + " " + stage + " " + execution.getVariable(VAR_TRANCHE));
        }
    }

    private final RecordingSteps steps = new RecordingSteps();
    private ProcessEngine engine;

    @BeforeEach
    void setUp() {
        engine = extension.getProcessEngine();
        BpmnAwareTests.init(engine);
        Mocks.register("grantLifecycle", steps);
        Mocks.register("deadlines", ConfiguredDeadlines.bean());
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
    }

    private ProcessInstance start(List<Integer> tranches) {
        steps.tranches = tranches;
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceByKey(IMPLEMENTATION_KEY)
                .processDefinitionWithoutTenantId()
                .businessKey("31")
                .setVariables(Map.of(VAR_TENANT, "SN", VAR_PROPOSAL_ID, 31L, VAR_APPLICANT, "sn.applicant",
                        VAR_REPORT_PERIOD, "P30D", VAR_REPORT_ESCALATION, "P45D"))
                .execute();
        Task plan = task(SET_TRANCHE_PLAN, instance);
        assertThat(plan).hasCandidateGroup("SN-finance");
        complete(plan);
        return instance;
    }

    private void verify(ProcessInstance instance, boolean progress, boolean financial) {
        assertThat(task(VERIFY_PROGRESS_REPORT, instance)).hasCandidateGroup("SN-coordinator");
        assertThat(task(VERIFY_FINANCIAL_REPORT, instance)).hasCandidateGroup("SN-finance");
        complete(task(VERIFY_PROGRESS_REPORT, instance), withVariables(VAR_PROGRESS_ACCEPTED, progress));
        complete(task(VERIFY_FINANCIAL_REPORT, instance), withVariables(VAR_FINANCIAL_ACCEPTED, financial));
    }

    /** The advance of a direct cash transfer (the default path): requested by the partner, authorised, paid. */
    private void release(ProcessInstance instance) {
        authoriseAdvance(instance);
        pay(instance);
    }

    private void authoriseAdvance(ProcessInstance instance) {
        assertThat(instance).isWaitingAt(REQUEST_ADVANCE).isNotWaitingAt(RELEASE_TRANCHE);
        Task request = task(REQUEST_ADVANCE, instance);
        assertThat(request).isAssignedTo("sn.applicant");
        complete(request);
        Task authorise = task(AUTHORISE_ADVANCE, instance);
        assertThat(authorise).hasCandidateGroup("SN-finance");
        assertThat(authorise.getDueDate()).isEqualTo(FixedClock.plus(Duration.ofDays(10)));
        assertThat(instance).as("no advance before its authorisation").isNotWaitingAt(RELEASE_TRANCHE);
        complete(authorise);
    }

    private void pay(ProcessInstance instance) {
        Task release = task(RELEASE_TRANCHE, instance);
        assertThat(release).hasCandidateGroup("SN-finance");
        complete(release);
    }

    private void finish(ProcessInstance instance) {
        assertThat(task(SUBMIT_FINAL_REPORT, instance)).isAssignedTo("sn.applicant");
        complete(task(SUBMIT_FINAL_REPORT, instance));
        assertThat(task(CLOSE_GRANT, instance)).hasCandidateGroup("SN-coordinator");
        complete(task(CLOSE_GRANT, instance));
        assertThat(instance).isEnded().hasPassed(IMPLEMENTATION_ENDED);
    }

    private long timers(ProcessInstance instance, String activityId) {
        return engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers()
                .activityId(activityId).count();
    }

    private Job timer(ProcessInstance instance, String activityId) {
        return engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers()
                .activityId(activityId).singleResult();
    }

    @Test
    void overdueVerificationsAreAnnouncedThenEscalatedAndStillVerified() {
        ProcessInstance instance = start(List.of(1, 2));
        release(instance);
        complete(task(SUBMIT_REPORTS, instance));
        Task progress = task(VERIFY_PROGRESS_REPORT, instance);
        assertThat(progress.getDueDate()).as("the configured verification period").isEqualTo(FixedClock.plus(Duration.ofDays(10)));
        assertThat(progress.getFollowUpDate()).isEqualTo(FixedClock.plus(Duration.ofDays(8)));
        assertThat(task(VERIFY_FINANCIAL_REPORT, instance).getDueDate()).isEqualTo(FixedClock.plus(Duration.ofDays(10)));
        assertThat(timer(instance, "progressVerificationEscalation").getDuedate())
                .isEqualTo(FixedClock.plus(Duration.ofDays(20)));

        execute(timer(instance, "progressVerificationOverdue"));
        execute(timer(instance, "progressVerificationEscalation"));
        execute(timer(instance, "financialVerificationOverdue"));
        execute(timer(instance, "financialVerificationEscalation"));
        assertThat(steps.calls).filteredOn(c -> c.startsWith("deadline")).containsExactly(
                "deadline verifyProgressReport OVERDUE 2", "deadline verifyProgressReport ESCALATION 2",
                "deadline verifyFinancialReport OVERDUE 2", "deadline verifyFinancialReport ESCALATION 2");
        assertThat(instance).hasPassed("progressVerificationOverdueNotice", "progressVerificationEscalationNotice",
                "financialVerificationOverdueNotice", "financialVerificationEscalationNotice");

        verify(instance, true, true);
        assertThat(instance).isWaitingAt(REQUEST_ADVANCE);
        assertThat(timers(instance, "progressVerificationOverdue") + timers(instance, "financialVerificationEscalation"))
                .as("verification timers end with the verification").isZero();
        release(instance);
        finish(instance);
    }

    @Test
    void anOverdueReleaseIsAnnouncedThenEscalatedAndStillReleased() {
        ProcessInstance instance = start(List.of(1));
        authoriseAdvance(instance);
        Task release = task(RELEASE_TRANCHE, instance);
        assertThat(release.getDueDate()).isEqualTo(FixedClock.plus(Duration.ofDays(10)));
        assertThat(release.getFollowUpDate()).isEqualTo(FixedClock.plus(Duration.ofDays(8)));
        assertThat(timer(instance, "releaseEscalation").getDuedate()).isEqualTo(FixedClock.plus(Duration.ofDays(20)));

        execute(timer(instance, "releaseOverdue"));
        execute(timer(instance, "releaseEscalation"));
        assertThat(steps.calls).filteredOn(c -> c.startsWith("deadline"))
                .containsExactly("deadline releaseTranche OVERDUE 1", "deadline releaseTranche ESCALATION 1");
        assertThat(instance).hasPassed("releaseOverdueAnnounced", "releaseEscalationAnnounced").isWaitingAt(RELEASE_TRANCHE);

        pay(instance);
        assertThat(timers(instance, "releaseOverdue") + timers(instance, "releaseEscalation")).isZero();
        finish(instance);
    }

    @Test
    void tasksWithoutADueDateAreFollowedUpAfterTheReminderLead() {
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceByKey(IMPLEMENTATION_KEY)
                .processDefinitionWithoutTenantId().businessKey("32")
                .setVariables(Map.of(VAR_TENANT, "SN", VAR_PROPOSAL_ID, 32L, VAR_APPLICANT, "sn.applicant",
                        VAR_REPORT_PERIOD, "P30D", VAR_REPORT_ESCALATION, "P45D", VAR_REMINDER_LEAD, "P3D"))
                .execute();

        assertThat(task(SET_TRANCHE_PLAN, instance).getFollowUpDate()).isEqualTo(FixedClock.plus(Duration.ofDays(3)));
    }

    @Test
    void aSingleTrancheIsReleasedWithoutReportsThenTheGrantCloses() {
        ProcessInstance instance = start(List.of(1));

        assertThat(instance).isWaitingAt(REQUEST_ADVANCE).hasNotPassed(SUBMIT_REPORTS);
        assertThat(steps.calls).contains("trancheNumbers 31");
        assertThat(steps.calls).filteredOn(c -> c.startsWith("openTranche")).containsExactly("openTranche 1");
        release(instance);
        finish(instance);
    }

    @Test
    void everyLaterTrancheWaitsForAcceptedReports() {
        ProcessInstance instance = start(List.of(1, 2, 3));
        release(instance);

        for (int tranche = 2; tranche <= 3; tranche++) {
            assertThat(instance).isWaitingAt(SUBMIT_REPORTS);
            assertThat(task(SUBMIT_REPORTS, instance)).isAssignedTo("sn.applicant");
            assertThat(engine.getRuntimeService().getVariable(task(SUBMIT_REPORTS, instance).getExecutionId(), VAR_TRANCHE))
                    .isEqualTo(tranche);
            complete(task(SUBMIT_REPORTS, instance));
            verify(instance, true, true);
            release(instance);
        }

        assertThat(steps.calls).filteredOn(c -> c.startsWith("openTranche"))
                .containsExactly("openTranche 1", "openTranche 2", "openTranche 3");
        finish(instance);
    }

    @Test
    void aReportReturnedByEitherVerifierGoesBackToTheApplicant() {
        ProcessInstance instance = start(List.of(1, 2));
        release(instance);
        complete(task(SUBMIT_REPORTS, instance));

        verify(instance, true, false);
        assertThat(instance).isWaitingAt(SUBMIT_REPORTS);
        assertThat(steps.calls).doesNotContain("openTranche 2");
        complete(task(SUBMIT_REPORTS, instance));
        verify(instance, false, true);
        assertThat(instance).isWaitingAt(SUBMIT_REPORTS);

        complete(task(SUBMIT_REPORTS, instance));
        verify(instance, true, true);
        assertThat(steps.calls).filteredOn(c -> c.startsWith("openTranche")).containsExactly("openTranche 1", "openTranche 2");
        release(instance);
        finish(instance);
    }

    @Test
    void aFollowUpLeftOpenDoesNotHoldBackTheNextTranche() {
        ProcessInstance instance = start(List.of(1, 2, 3));
        release(instance);
        execute(engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(REPORT_ESCALATION).singleResult());
        assertThat(task(FOLLOW_UP_OVERDUE_REPORT, instance)).isNotNull();

        complete(task(SUBMIT_REPORTS, instance));
        verify(instance, true, true);
        release(instance);

        assertThat(instance).isWaitingAt(SUBMIT_REPORTS);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(FOLLOW_UP_OVERDUE_REPORT).count()).as("ended with its tranche").isZero();
        assertThat(engine.getRuntimeService().getVariable(task(SUBMIT_REPORTS, instance).getExecutionId(), VAR_TRANCHE))
                .isEqualTo(3);
    }

    @Test
    void anOverdueReportRemindsTheApplicantThenGoesToTheCoordinator() {
        ProcessInstance instance = start(List.of(1, 2));
        release(instance);

        Job reminder = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(REPORT_OVERDUE).singleResult();
        Job escalation = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(REPORT_ESCALATION).singleResult();
        assertThat(reminder.getDuedate()).isEqualTo(FixedClock.plus(Duration.ofDays(30)));
        assertThat(escalation.getDuedate()).isEqualTo(FixedClock.plus(Duration.ofDays(45)));

        execute(reminder);
        assertThat(steps.calls).filteredOn(c -> c.startsWith("remindApplicant")).containsExactly("remindApplicant 2");
        execute(escalation);
        Task followUp = task(FOLLOW_UP_OVERDUE_REPORT, instance);
        assertThat(followUp).hasCandidateGroup("SN-coordinator");
        complete(followUp);

        assertThat(instance).isWaitingAt(SUBMIT_REPORTS).hasPassed(REMIND_APPLICANT, FOLLOW_UP_OVERDUE_REPORT);
        complete(task(SUBMIT_REPORTS, instance));
        assertThat(timers(instance, REPORT_OVERDUE) + timers(instance, REPORT_ESCALATION))
                .as("report timers end with the report").isZero();
    }

    private ProcessInstance startWith(String modality, List<Integer> tranches) {
        steps.tranches = tranches;
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceByKey(IMPLEMENTATION_KEY)
                .processDefinitionWithoutTenantId().businessKey("31")
                .setVariables(Map.of(VAR_TENANT, "SN", VAR_PROPOSAL_ID, 31L, VAR_APPLICANT, "sn.applicant",
                        VAR_REPORT_PERIOD, "P30D", VAR_REPORT_ESCALATION, "P45D"))
                .execute();
        complete(task(SET_TRANCHE_PLAN, instance), withVariables(VAR_MODALITY, modality));
        return instance;
    }

    private void reimburse(ProcessInstance instance) {
        assertThat(instance).isWaitingAt(CERTIFY_EXPENDITURE).isNotWaitingAt(RELEASE_TRANCHE);
        Task certify = task(CERTIFY_EXPENDITURE, instance);
        assertThat(certify).isAssignedTo("sn.applicant");
        assertThat(certify.getDueDate()).isEqualTo(FixedClock.plus(Duration.ofDays(30)));
        complete(certify);
        Task accept = task(ACCEPT_EXPENDITURE, instance);
        assertThat(accept).hasCandidateGroup("SN-finance");
        assertThat(accept.getDueDate()).isEqualTo(FixedClock.plus(Duration.ofDays(10)));
        assertThat(instance).as("no payment before acceptance").isNotWaitingAt(RELEASE_TRANCHE);
        complete(accept);
        pay(instance);
    }

    @Test
    void aReimbursedTrancheIsPaidOnlyAfterItsExpenditureIsCertifiedAndAccepted() {
        ProcessInstance instance = startWith("REIMBURSEMENT", List.of(1, 2));

        reimburse(instance);
        complete(task(SUBMIT_REPORTS, instance));
        verify(instance, true, true);
        reimburse(instance);

        assertThat(steps.calls).filteredOn(c -> c.startsWith("openTranche")).containsExactly("openTranche 1", "openTranche 2");
        assertThat(instance).hasNotPassed(REQUEST_PAYMENT, REQUEST_ADVANCE, AUTHORISE_ADVANCE);
        finish(instance);
    }

    @Test
    void aDirectPaymentIsMadeOnThePartnersRequest() {
        ProcessInstance instance = startWith("DIRECT_PAYMENT", List.of(1));

        assertThat(instance).isWaitingAt(REQUEST_PAYMENT).hasNotPassed(RELEASE_TRANCHE);
        assertThat(task(REQUEST_PAYMENT, instance)).isAssignedTo("sn.applicant");
        complete(task(REQUEST_PAYMENT, instance));
        pay(instance);

        assertThat(instance).hasNotPassed(CERTIFY_EXPENDITURE, ACCEPT_EXPENDITURE, REQUEST_ADVANCE, AUTHORISE_ADVANCE);
        finish(instance);
    }

    @Test
    void aDirectCashTransferPaysTheAdvanceTheFaceRequestAsksForOnceFinanceAuthorisedIt() {
        ProcessInstance instance = startWith("DIRECT_CASH_TRANSFER", List.of(1));

        assertThat(instance).isWaitingAt(REQUEST_ADVANCE).hasPassed(MODALITY_GATEWAY)
                .hasNotPassed(CERTIFY_EXPENDITURE, REQUEST_PAYMENT);
        authoriseAdvance(instance);
        assertThat(instance).isWaitingAt(RELEASE_TRANCHE).hasPassed(REQUEST_ADVANCE, AUTHORISE_ADVANCE);
        pay(instance);
        finish(instance);
    }
}
