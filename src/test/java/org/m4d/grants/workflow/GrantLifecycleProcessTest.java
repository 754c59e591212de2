package org.m4d.grants.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.m4d.grants.workflow.domain.GrantLifecycle.*;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
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
import org.m4d.grants.workflow.infra.DecisionTables;

/** Every path of {@code bpmn/grant-lifecycle.bpmn} on an in-memory engine. */
@Deployment(resources = {RESOURCE, APPROVAL_AUTHORITY_DMN, IMPLEMENTATION_RESOURCE})
@ExtendWith(FixedClock.class)
class GrantLifecycleProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(ProcessTestEngine.get()).build();

    /** Stands in for the application's service steps and records what the model asked of them. */
    public static class RecordingSteps {
        final List<String> calls = new ArrayList<>();
        double averageScore = 4.0;
        boolean beyondEnvelope;

        public List<String> reviewAgencies() {
            return List.of("IOM", "UNDP");
        }

        /** Reviewers to give each agency's review to, in turn; none left: nobody (the agency's pool). */
        final Map<String, java.util.Deque<String>> reviewers = new HashMap<>();
        /** What the model asked of the assignment, in order. */
        final List<String> assignments = new ArrayList<>();

        public String assignReviewer(DelegateExecution execution) {
            String agency = (String) execution.getVariable(VAR_AGENCY);
            String reviewer = reviewers.getOrDefault(agency, new java.util.ArrayDeque<>()).poll();
            assignments.add(agency + " -> " + reviewer + " excluding "
                    + execution.getVariable(VAR_EXCLUDED_REVIEWERS));
            return reviewer;
        }

        public void createAgreement(DelegateExecution execution) {
            calls.add("createAgreement " + execution.getTenantId() + " " + execution.getVariable(VAR_PROPOSAL_ID)
                    + " by " + execution.getVariable(VAR_APPROVED_BY));
        }

        public void remindCoordinator(DelegateExecution execution) {
            calls.add("remindCoordinator " + execution.getTenantId() + " " + execution.getVariable(VAR_PROPOSAL_ID));
        }

        public void remindReviewers(DelegateExecution execution) {
            calls.add("remindReviewers " + execution.getTenantId() + " " + execution.getVariable(VAR_PROPOSAL_ID));
        }

        public List<Integer> trancheNumbers(DelegateExecution execution) {
            return List.of(1);
        }

        public void openTranche(DelegateExecution execution) {
            calls.add("openTranche " + execution.getVariable(VAR_TRANCHE));
        }

        public void remindApplicant(DelegateExecution execution) {
            calls.add("remindApplicant");
        }

        public void deadline(DelegateExecution execution, String taskKey, String stage) {
            calls.add("deadline " + taskKey + " " + stage + " " + execution.getTenantId() + " "
                    + execution.getVariable(VAR_PROPOSAL_ID));
        }

        public void computeReviewScore(DelegateExecution execution) {
            calls.add("computeReviewScore " + execution.getVariable(VAR_PROPOSAL_ID));
            execution.setVariable(VAR_AVERAGE_SCORE, averageScore);
            execution.setVariable(VAR_BEYOND_ENVELOPE, beyondEnvelope);
        }
    }

    private final RecordingSteps steps = new RecordingSteps();
    private ProcessEngine engine;
    private TaskService tasks;

    @BeforeEach
    void setUp() {
        engine = extension.getProcessEngine();
        tasks = engine.getTaskService();
        BpmnAwareTests.init(engine);
        Mocks.register("grantLifecycle", steps);
        Mocks.register("decisionTables", new DecisionTables());
        Mocks.register("deadlines", ConfiguredDeadlines.bean());
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
    }

    private ProcessInstance submit(String tenant, long proposalId, String leadActor, long amountUsd, String sector) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_TENANT, tenant);
        variables.put(VAR_PROPOSAL_ID, proposalId);
        variables.put(VAR_APPLICANT, tenant.toLowerCase() + ".applicant");
        variables.put(VAR_LEAD_ACTOR, leadActor);
        variables.put(VAR_AMOUNT_USD, amountUsd);
        variables.put(VAR_SECTOR, sector);
        variables.put(VAR_SCREENING_REMINDER, "P5D");
        variables.put(VAR_REVIEW_PERIOD, "P10D");
        variables.put(VAR_REVIEW_ESCALATION, "P15D");
        variables.put(VAR_REPORT_PERIOD, "P30D");
        variables.put(VAR_REPORT_ESCALATION, "P45D");
        variables.put(VAR_ENDORSEMENT_PERIOD, "P3D");
        variables.put(VAR_ENDORSEMENT_ESCALATION, "P6D");
        variables.put(VAR_APPROVAL_PERIOD, "P4D");
        variables.put(VAR_APPROVAL_ESCALATION, "P8D");
        variables.put(VAR_VERIFICATION_PERIOD, "P7D");
        variables.put(VAR_VERIFICATION_ESCALATION, "P14D");
        variables.put(VAR_RELEASE_PERIOD, "P9D");
        variables.put(VAR_RELEASE_ESCALATION, "P18D");
        variables.put(VAR_REMINDER_LEAD, "P2D");
        return engine.getRuntimeService().createProcessInstanceByKey(PROCESS_KEY)
                .processDefinitionWithoutTenantId()
                .businessKey(Long.toString(proposalId))
                .setVariables(variables)
                .execute();
    }

    private ProcessInstance submitNational(String tenant, long id) {
        return submit(tenant, id, "NATIONAL_INSTITUTION", 50_000, "HEALTH");
    }

    private void screen(ProcessInstance instance, String outcome) {
        assertThat(instance).isWaitingAt(SCREEN_ELIGIBILITY);
        complete(task(SCREEN_ELIGIBILITY, instance), withVariables(VAR_SCREENING, outcome));
    }

    private Task conflictTask(ProcessInstance instance, String group) {
        return tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(DECLARE_CONFLICT)
                .taskCandidateGroup(group).singleResult();
    }

    /** Both agencies' reviewers declare no conflict and score. */
    private void reviewByBoth(ProcessInstance instance, String tenant) {
        tasks.complete(conflictTask(instance, tenant + "-reviewer-IOM").getId(),
                Map.of(VAR_CONFLICT, false, VAR_REVIEWER, "iom.reviewer"));
        tasks.complete(conflictTask(instance, tenant + "-reviewer-UNDP").getId(),
                Map.of(VAR_CONFLICT, false, VAR_REVIEWER, "undp.reviewer"));
        for (Task score : tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(SCORE_PROPOSAL).list()) {
            tasks.complete(score.getId());
        }
    }

    private void approve(ProcessInstance instance, String outcome) {
        assertThat(instance).isWaitingAt(APPROVE_GRANT);
        complete(task(APPROVE_GRANT, instance), withVariables(VAR_APPROVAL, outcome, VAR_APPROVED_BY, "approver"));
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
    void anOverdueEndorsementIsAnnouncedThenEscalatedAndStillEndorsed() {
        ProcessInstance instance = submit("SN", 40L, "LOCAL_AUTHORITY", 40_000, "EDUCATION");
        Task endorsement = task(NATIONAL_ENDORSEMENT, instance);
        assertThat(endorsement.getDueDate()).isEqualTo(FixedClock.plus(Duration.ofDays(3)));
        assertThat(endorsement.getFollowUpDate()).as("due date minus the reminder lead")
                .isEqualTo(FixedClock.plus(Duration.ofDays(1)));
        Job overdue = timer(instance, "endorsementOverdue");
        Job escalation = timer(instance, "endorsementEscalation");
        assertThat(overdue.getDuedate()).isEqualTo(FixedClock.plus(Duration.ofDays(3)));
        assertThat(escalation.getDuedate()).isEqualTo(FixedClock.plus(Duration.ofDays(6)));

        execute(overdue);
        assertThat(steps.calls).containsExactly("deadline nationalEndorsement OVERDUE SN 40");
        assertThat(instance).hasPassed("endorsementOverdueNotice", "endorsementOverdueAnnounced")
                .isWaitingAt(NATIONAL_ENDORSEMENT);
        execute(escalation);
        assertThat(steps.calls).containsExactly("deadline nationalEndorsement OVERDUE SN 40",
                "deadline nationalEndorsement ESCALATION SN 40");
        assertThat(instance).hasPassed("endorsementEscalationNotice", "endorsementEscalationAnnounced");

        complete(task(NATIONAL_ENDORSEMENT, instance), withVariables(VAR_ENDORSED, true));
        assertThat(instance).isWaitingAt(SCREEN_ELIGIBILITY);
    }

    @Test
    void anEndorsementOnTimeEndsItsTimersUnfired() {
        ProcessInstance instance = submit("SN", 41L, "LOCAL_AUTHORITY", 40_000, "EDUCATION");
        assertThat(timers(instance, "endorsementOverdue") + timers(instance, "endorsementEscalation")).isEqualTo(2);

        complete(task(NATIONAL_ENDORSEMENT, instance), withVariables(VAR_ENDORSED, true));

        assertThat(timers(instance, "endorsementOverdue") + timers(instance, "endorsementEscalation")).isZero();
        assertThat(steps.calls).isEmpty();
    }

    @Test
    void anOverdueApprovalIsAnnouncedThenEscalatedAndStillDecided() {
        ProcessInstance instance = submitNational("NP", 42L);
        screen(instance, "eligible");
        reviewByBoth(instance, "NP");
        Task approval = task(APPROVE_GRANT, instance);
        assertThat(approval.getDueDate()).isEqualTo(FixedClock.plus(Duration.ofDays(4)));
        assertThat(approval.getFollowUpDate()).isEqualTo(FixedClock.plus(Duration.ofDays(2)));
        Job overdue = timer(instance, "approvalOverdue");
        Job escalation = timer(instance, "approvalEscalation");
        assertThat(overdue.getDuedate()).isEqualTo(FixedClock.plus(Duration.ofDays(4)));
        assertThat(escalation.getDuedate()).isEqualTo(FixedClock.plus(Duration.ofDays(8)));

        execute(overdue);
        execute(escalation);
        assertThat(steps.calls).containsExactly("computeReviewScore 42", "deadline approveGrant OVERDUE NP 42",
                "deadline approveGrant ESCALATION NP 42");
        assertThat(instance).hasPassed("approvalOverdueNotice", "approvalEscalationNotice").isWaitingAt(APPROVE_GRANT);

        approve(instance, "reject");
        assertThat(instance).isEnded().hasPassed(PROPOSAL_REJECTED);
    }

    @Test
    void everyUserTaskHasAFollowUpDate() {
        ProcessInstance instance = submitNational("NP", 43L);
        assertThat(task(SCREEN_ELIGIBILITY, instance).getFollowUpDate()).as("5 days minus 2")
                .isEqualTo(FixedClock.plus(Duration.ofDays(3)));
        screen(instance, "revise");
        assertThat(task(REVISE_PROPOSAL, instance).getFollowUpDate()).as("no due date: the reminder lead")
                .isEqualTo(FixedClock.plus(Duration.ofDays(2)));
        complete(task(REVISE_PROPOSAL, instance));
        screen(instance, "eligible");
        assertThat(conflictTask(instance, "NP-reviewer-IOM").getFollowUpDate()).as("10 days minus 2")
                .isEqualTo(FixedClock.plus(Duration.ofDays(8)));
    }

    @Test
    void anInstanceStartedBeforeTheStepDeadlinesGetsTheConfiguredOnes() {
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_TENANT, "SN");
        variables.put(VAR_PROPOSAL_ID, 44L);
        variables.put(VAR_APPLICANT, "sn.applicant");
        variables.put(VAR_LEAD_ACTOR, "LOCAL_AUTHORITY");
        variables.put(VAR_AMOUNT_USD, 40_000L);
        variables.put(VAR_SECTOR, "EDUCATION");
        variables.put(VAR_SCREENING_REMINDER, "P5D");
        variables.put(VAR_REVIEW_PERIOD, "P10D");
        variables.put(VAR_REVIEW_ESCALATION, "P15D");
        variables.put(VAR_REPORT_PERIOD, "P30D");
        variables.put(VAR_REPORT_ESCALATION, "P45D");
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceByKey(PROCESS_KEY)
                .processDefinitionWithoutTenantId().businessKey("44").setVariables(variables).execute();

        Task endorsement = task(NATIONAL_ENDORSEMENT, instance);
        assertThat(endorsement.getDueDate()).isEqualTo(FixedClock.plus(Duration.ofDays(10)));
        assertThat(endorsement.getFollowUpDate()).isEqualTo(FixedClock.plus(Duration.ofDays(8)));
        assertThat(timer(instance, "endorsementEscalation").getDuedate()).isEqualTo(FixedClock.plus(Duration.ofDays(20)));
    }

    @Test
    void nationalProposalGoesStraightToScreeningByItsOwnCountry() {
        ProcessInstance instance = submitNational("NP", 7L);

        assertThat(instance).isStarted().isWaitingAt(SCREEN_ELIGIBILITY).hasNotPassed(NATIONAL_ENDORSEMENT);
        assertThat(instance.getTenantId()).isEqualTo("NP");
        assertThat(task(SCREEN_ELIGIBILITY, instance)).hasCandidateGroup("NP-coordinator");
        assertThat(tasks.createTaskQuery().taskCandidateGroup("SN-coordinator").count()).isZero();
        Task screening = task(SCREEN_ELIGIBILITY, instance);
        assertThat(screening.getCreateTime()).isEqualTo(FixedClock.NOW);
        assertThat(screening.getDueDate()).as("due after the screening reminder period")
                .isEqualTo(FixedClock.plus(Duration.ofDays(5)));
    }

    @Test
    void localAuthorityProposalIsEndorsedNationallyBeforeScreening() {
        ProcessInstance instance = submit("SN", 8L, "LOCAL_AUTHORITY", 40_000, "EDUCATION");

        assertThat(instance).isWaitingAt(NATIONAL_ENDORSEMENT);
        assertThat(task(NATIONAL_ENDORSEMENT, instance)).hasCandidateGroup("SN-national-focal-point");
        complete(task(NATIONAL_ENDORSEMENT, instance), withVariables(VAR_ENDORSED, true));

        assertThat(instance).isWaitingAt(SCREEN_ELIGIBILITY).hasPassed(NATIONAL_ENDORSEMENT);
    }

    @Test
    void proposalNotEndorsedGoesBackToTheApplicantAndIsEndorsedAgainAfterRevision() {
        ProcessInstance instance = submit("SN", 9L, "LOCAL_AUTHORITY", 40_000, "EDUCATION");
        complete(task(NATIONAL_ENDORSEMENT, instance), withVariables(VAR_ENDORSED, false));

        assertThat(instance).isWaitingAt(REVISE_PROPOSAL);
        assertThat(task(REVISE_PROPOSAL, instance)).isAssignedTo("sn.applicant");
        complete(task(REVISE_PROPOSAL, instance));

        assertThat(instance).isWaitingAt(NATIONAL_ENDORSEMENT);
        complete(task(NATIONAL_ENDORSEMENT, instance), withVariables(VAR_ENDORSED, true));
        assertThat(instance).isWaitingAt(SCREEN_ELIGIBILITY);
    }

    @Test
    void revisedProposalNowLedNationallySkipsEndorsement() {
        ProcessInstance instance = submit("SN", 10L, "LOCAL_AUTHORITY", 40_000, "EDUCATION");
        complete(task(NATIONAL_ENDORSEMENT, instance), withVariables(VAR_ENDORSED, false));
        complete(task(REVISE_PROPOSAL, instance), withVariables(VAR_LEAD_ACTOR, "NATIONAL_INSTITUTION"));

        assertThat(instance).isWaitingAt(SCREEN_ELIGIBILITY);
    }

    @Test
    void screeningReturnsForRevisionThenScreensAgain() {
        ProcessInstance instance = submitNational("NP", 11L);
        screen(instance, "revise");

        assertThat(instance).isWaitingAt(REVISE_PROPOSAL);
        complete(task(REVISE_PROPOSAL, instance));
        screen(instance, "eligible");
        assertThat(instance).isWaitingAt(DECLARE_CONFLICT);
    }

    @Test
    void ineligibleProposalIsRejected() {
        ProcessInstance instance = submitNational("NP", 12L);
        screen(instance, "reject");

        assertThat(instance).isEnded().hasPassed(PROPOSAL_REJECTED).hasNotPassed(TECHNICAL_REVIEW);
        assertThat(steps.calls).isEmpty();
    }

    @Test
    void overdueScreeningRemindsTheCoordinatorAndKeepsWaiting() {
        ProcessInstance instance = submitNational("NP", 13L);

        Job timer = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .timers().activityId(SCREENING_OVERDUE).singleResult();
        assertThat(timer.getDuedate()).isEqualTo(FixedClock.plus(Duration.ofDays(5)));
        execute(timer);

        assertThat(steps.calls).containsExactly("remindCoordinator NP 13");
        assertThat(instance).hasPassed(REMIND_COORDINATOR, REMINDER_SENT).isWaitingAt(SCREEN_ELIGIBILITY);
        screen(instance, "reject");
        assertThat(instance).isEnded();
    }

    @Test
    void screenedProposalIsReviewedInParallelByOneReviewerOfEachAgency() {
        ProcessInstance instance = submitNational("NP", 14L);
        screen(instance, "eligible");

        assertThat(conflictTask(instance, "NP-reviewer-IOM")).isNotNull();
        assertThat(conflictTask(instance, "NP-reviewer-UNDP")).isNotNull();
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .timers().count()).as("reminder and escalation timers").isEqualTo(2);

        tasks.complete(conflictTask(instance, "NP-reviewer-IOM").getId(),
                Map.of(VAR_CONFLICT, false, VAR_REVIEWER, "np.reviewer.iom"));
        Task iomScore = tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(SCORE_PROPOSAL)
                .singleResult();
        assertThat(iomScore).isAssignedTo("np.reviewer.iom");
        tasks.complete(iomScore.getId());
        assertThat(instance).isWaitingAt(TECHNICAL_REVIEW).hasNotPassed(COMPUTE_REVIEW_SCORE);

        tasks.complete(conflictTask(instance, "NP-reviewer-UNDP").getId(),
                Map.of(VAR_CONFLICT, false, VAR_REVIEWER, "np.reviewer.undp"));
        tasks.complete(tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(SCORE_PROPOSAL)
                .singleResult().getId());

        assertThat(steps.calls).containsExactly("computeReviewScore 14");
        assertThat(instance).hasPassed(COMPUTE_REVIEW_SCORE, DETERMINE_APPROVAL_AUTHORITY).isWaitingAt(APPROVE_GRANT);
        assertThat(timers(instance, REVIEW_OVERDUE) + timers(instance, REVIEW_ESCALATION))
                .as("review timers end with the review").isZero();
    }

    @Test
    void aConflictedReviewerSendsTheReviewBackToTheAgencyPool() {
        ProcessInstance instance = submitNational("NP", 15L);
        screen(instance, "eligible");

        Task first = conflictTask(instance, "NP-reviewer-UNDP");
        tasks.complete(first.getId(), Map.of(VAR_CONFLICT, true, VAR_EXCLUDED_REVIEWERS, "np.reviewer.undp"));

        Task again = conflictTask(instance, "NP-reviewer-UNDP");
        assertThat(again).isNotNull();
        assertThat(again.getId()).isNotEqualTo(first.getId());
        assertThat(tasks.getVariable(again.getId(), VAR_EXCLUDED_REVIEWERS)).isEqualTo("np.reviewer.undp");
        assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(SCORE_PROPOSAL).count())
                .isZero();

        tasks.complete(again.getId(), Map.of(VAR_CONFLICT, false, VAR_REVIEWER, "sn.other.undp"));
        assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(SCORE_PROPOSAL)
                .singleResult()).isAssignedTo("sn.other.undp");
        // the IOM review is untouched by the UNDP conflict
        assertThat(conflictTask(instance, "NP-reviewer-IOM")).isNotNull();
    }

    private Task declaration(ProcessInstance instance, String assignee) {
        return tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(DECLARE_CONFLICT)
                .taskAssignee(assignee).singleResult();
    }

    private void assignInTurn(String agency, String... reviewers) {
        steps.reviewers.put(agency, new java.util.ArrayDeque<>(List.of(reviewers)));
    }

    @Test
    void eachAgencysReviewGoesToTheReviewerTheAssignmentGives() {
        assignInTurn("IOM", "np.reviewer.iom");
        assignInTurn("UNDP", "np.reviewer.undp2");
        ProcessInstance instance = submitNational("NP", 60L);
        screen(instance, "eligible");

        assertThat(steps.assignments).containsExactly("IOM -> np.reviewer.iom excluding null",
                "UNDP -> np.reviewer.undp2 excluding null");
        assertThat(instance).hasPassed(ASSIGN_REVIEWER);
        assertThat(declaration(instance, "np.reviewer.iom")).isNotNull();
        assertThat(declaration(instance, "np.reviewer.undp2")).isNotNull();
        assertThat(conflictTask(instance, "NP-reviewer-UNDP")).as("not offered to the rest of the pool").isNull();

        tasks.complete(declaration(instance, "np.reviewer.undp2").getId(),
                Map.of(VAR_CONFLICT, false, VAR_REVIEWER, "np.reviewer.undp2"));
        assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(SCORE_PROPOSAL)
                .singleResult()).isAssignedTo("np.reviewer.undp2");
        assertThat(steps.assignments).hasSize(2);
    }

    @Test
    void aDeclaredConflictReRoutesTheReviewToTheNextReviewer() {
        assignInTurn("IOM", "np.reviewer.iom");
        assignInTurn("UNDP", "np.reviewer.undp", "np.reviewer.undp2");
        ProcessInstance instance = submitNational("NP", 61L);
        screen(instance, "eligible");

        Task first = declaration(instance, "np.reviewer.undp");
        tasks.complete(first.getId(), Map.of(VAR_CONFLICT, true, VAR_EXCLUDED_REVIEWERS, "np.reviewer.undp"));

        assertThat(steps.assignments).containsExactly("IOM -> np.reviewer.iom excluding null",
                "UNDP -> np.reviewer.undp excluding null", "UNDP -> np.reviewer.undp2 excluding np.reviewer.undp");
        Task again = declaration(instance, "np.reviewer.undp2");
        assertThat(again.getId()).isNotEqualTo(first.getId());
        assertThat(declaration(instance, "np.reviewer.undp")).isNull();
        assertThat(declaration(instance, "np.reviewer.iom")).as("the IOM review is untouched").isNotNull();

        tasks.complete(again.getId(), Map.of(VAR_CONFLICT, false, VAR_REVIEWER, "np.reviewer.undp2"));
        assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(SCORE_PROPOSAL)
                .singleResult()).isAssignedTo("np.reviewer.undp2");
    }

    @Test
    void withNobodyEligibleTheReviewWaitsUnassignedInTheAgencysPool() {
        assignInTurn("IOM", "np.reviewer.iom");
        assignInTurn("UNDP", "np.reviewer.undp");
        ProcessInstance instance = submitNational("NP", 62L);
        screen(instance, "eligible");

        tasks.complete(declaration(instance, "np.reviewer.undp").getId(),
                Map.of(VAR_CONFLICT, true, VAR_EXCLUDED_REVIEWERS, "np.reviewer.undp"));

        assertThat(steps.assignments).last().isEqualTo("UNDP -> null excluding np.reviewer.undp");
        Task pooled = conflictTask(instance, "NP-reviewer-UNDP");
        assertThat(pooled.getAssignee()).isNull();
        assertThat(tasks.getVariable(pooled.getId(), VAR_EXCLUDED_REVIEWERS)).isEqualTo("np.reviewer.undp");
        // the overdue path still reaches the coordinator for a review nobody holds
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(REVIEW_ESCALATION).count()).isEqualTo(1);
    }

    @Test
    void aReviewReassignedBeforeItsDeclarationIsScoredByTheNewReviewer() {
        assignInTurn("IOM", "np.reviewer.iom");
        assignInTurn("UNDP", "np.reviewer.undp");
        ProcessInstance instance = submitNational("NP", 63L);
        screen(instance, "eligible");

        // what Workflow.handOver does for a coordinator's reassignment
        tasks.setAssignee(declaration(instance, "np.reviewer.undp").getId(), "np.reviewer.undp2");
        assertThat(declaration(instance, "np.reviewer.undp")).isNull();
        tasks.complete(declaration(instance, "np.reviewer.undp2").getId(),
                Map.of(VAR_CONFLICT, false, VAR_REVIEWER, "np.reviewer.undp2"));

        assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(SCORE_PROPOSAL)
                .singleResult()).isAssignedTo("np.reviewer.undp2");
        assertThat(steps.assignments).as("a reassignment asks the rule nothing").hasSize(2);
    }

    @Test
    void overdueReviewRemindsReviewersThenEscalatesToTheCoordinator() {
        ProcessInstance instance = submitNational("NP", 16L);
        screen(instance, "eligible");

        Job reminder = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(REVIEW_OVERDUE).singleResult();
        Job escalation = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(REVIEW_ESCALATION).singleResult();
        assertThat(reminder.getDuedate()).isEqualTo(FixedClock.plus(Duration.ofDays(10)));
        assertThat(escalation.getDuedate()).isEqualTo(FixedClock.plus(Duration.ofDays(15)));

        execute(reminder);
        assertThat(steps.calls).containsExactly("remindReviewers NP 16");
        execute(escalation);
        Task handle = task(HANDLE_OVERDUE_REVIEW, instance);
        assertThat(handle).hasCandidateGroup("NP-coordinator");
        complete(handle);

        assertThat(instance).hasPassed(REMIND_REVIEWERS, HANDLE_OVERDUE_REVIEW).isWaitingAt(TECHNICAL_REVIEW);
        reviewByBoth(instance, "NP");
        assertThat(instance).isWaitingAt(APPROVE_GRANT);
    }

    @Test
    void aRejectionEndsEverythingStillOpenIncludingAnOverdueReviewTask() {
        ProcessInstance instance = submitNational("NP", 28L);
        screen(instance, "eligible");
        execute(engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(REVIEW_ESCALATION).singleResult());
        assertThat(task(HANDLE_OVERDUE_REVIEW, instance)).isNotNull();
        reviewByBoth(instance, "NP");
        approve(instance, "reject");

        assertThat(instance).isEnded().hasPassed(PROPOSAL_REJECTED);
        assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
    }

    @Test
    void smallWellScoredGrantIsApprovedInTheCountry() {
        ProcessInstance instance = submitNational("NP", 17L);
        screen(instance, "eligible");
        reviewByBoth(instance, "NP");

        assertThat(task(APPROVE_GRANT, instance)).hasCandidateGroup("NP-coordinator");
        assertThat(engine.getRuntimeService().getVariable(instance.getId(), VAR_APPROVAL_AUTHORITY)).isEqualTo("country");
        HistoricDecisionInstance decision = engine.getHistoryService().createHistoricDecisionInstanceQuery()
                .processInstanceId(instance.getId()).includeInputs().includeOutputs().singleResult();
        assertThat(decision.getTenantId()).isEqualTo("NP");
        assertThat(decision.getInputs()).extracting(i -> i.getValue()).contains(50_000L, 4.0, "HEALTH");
    }

    @Test
    void largeGrantGoesToTheGlobalProgrammeUnit() {
        ProcessInstance instance = submit("NP", 18L, "NATIONAL_INSTITUTION", 400_000, "HEALTH");
        screen(instance, "eligible");
        reviewByBoth(instance, "NP");

        assertThat(task(APPROVE_GRANT, instance)).hasCandidateGroup("pmu");
        assertThat(engine.getRuntimeService().getVariable(instance.getId(), VAR_APPROVAL_AUTHORITY)).isEqualTo("global");
    }

    @Test
    void aSmallGrantBeyondItsCallsEnvelopeGoesToTheGlobalProgrammeUnitThenIsApproved() {
        steps.beyondEnvelope = true;
        ProcessInstance instance = submitNational("NP", 23L);
        screen(instance, "eligible");
        reviewByBoth(instance, "NP");

        assertThat(task(APPROVE_GRANT, instance)).hasCandidateGroup("pmu");
        assertThat(tasks.createTaskQuery().taskCandidateGroup("NP-coordinator").processInstanceId(instance.getId())
                .count()).isZero();
        assertThat(engine.getRuntimeService().getVariable(instance.getId(), VAR_APPROVAL_AUTHORITY)).isEqualTo("global");
        HistoricDecisionInstance decision = engine.getHistoryService().createHistoricDecisionInstanceQuery()
                .processInstanceId(instance.getId()).includeInputs().singleResult();
        assertThat(decision.getInputs()).extracting(i -> i.getValue()).contains(50_000L, 4.0, "HEALTH", true);

        approve(instance, "approve");
        assertThat(instance).hasPassed(APPROVE_GRANT).isWaitingAt(CREATE_GRANT_AGREEMENT);
        execute(job(instance));
        assertThat(steps.calls).containsExactly("computeReviewScore 23", "createAgreement NP 23 by approver");
    }

    @Test
    void aTenantsOwnTableOverridesTheSharedOne() {
        engine.getRepositoryService().createDeployment().tenantId("TN").name("TN overrides")
                .addClasspathResource(TENANT_MODELS + "TN/approval-authority.dmn").deploy();
        try {
            ProcessInstance tunisia = submit("TN", 19L, "NATIONAL_INSTITUTION", 200_000, "HEALTH");
            ProcessInstance nepal = submit("NP", 20L, "NATIONAL_INSTITUTION", 200_000, "HEALTH");
            for (ProcessInstance instance : List.of(tunisia, nepal)) {
                screen(instance, "eligible");
                reviewByBoth(instance, instance.getTenantId());
            }

            assertThat(task(APPROVE_GRANT, tunisia)).hasCandidateGroup("pmu");
            assertThat(task(APPROVE_GRANT, nepal)).hasCandidateGroup("NP-coordinator");
        } finally {
            engine.getRepositoryService().createDeploymentQuery().tenantIdIn("TN").list()
                    .forEach(d -> engine.getRepositoryService().deleteDeployment(d.getId(), true));
        }
    }

    @Test
    void approvedGrantGetsItsAgreementAsyncThenIsImplementedInItsCountryUntilClosed() {
        ProcessInstance instance = submitNational("NP", 21L);
        screen(instance, "eligible");
        reviewByBoth(instance, "NP");
        approve(instance, "approve");

        assertThat(instance).isWaitingAt(CREATE_GRANT_AGREEMENT);
        execute(job(instance));
        assertThat(steps.calls).containsExactly("computeReviewScore 21", "createAgreement NP 21 by approver");
        assertThat(instance).isWaitingAt(IMPLEMENT_GRANT);

        ProcessInstance implementation = engine.getRuntimeService().createProcessInstanceQuery()
                .superProcessInstanceId(instance.getId()).singleResult();
        assertThat(implementation.getTenantId()).isEqualTo("NP");
        assertThat(implementation.getBusinessKey()).as("tasks of the implementation name their proposal").isEqualTo("21");
        Task plan = task(SET_TRANCHE_PLAN, implementation);
        assertThat(plan).hasCandidateGroup("NP-finance");
        complete(plan);
        assertThat(task(REQUEST_ADVANCE, implementation)).isAssignedTo("np.applicant");
        complete(task(REQUEST_ADVANCE, implementation));
        complete(task(AUTHORISE_ADVANCE, implementation));
        complete(task(RELEASE_TRANCHE, implementation));
        complete(task(SUBMIT_FINAL_REPORT, implementation));
        complete(task(CLOSE_GRANT, implementation));

        assertThat(implementation).isEnded();
        assertThat(instance).isEnded().hasPassedInOrder(SCREEN_ELIGIBILITY, TECHNICAL_REVIEW, APPROVE_GRANT,
                CREATE_GRANT_AGREEMENT, IMPLEMENT_GRANT, GRANT_CLOSED);
    }

    @Test
    void approverRejects() {
        ProcessInstance instance = submitNational("NP", 22L);
        screen(instance, "eligible");
        reviewByBoth(instance, "NP");
        approve(instance, "reject");

        assertThat(instance).isEnded().hasPassed(PROPOSAL_REJECTED).hasNotPassed(CREATE_GRANT_AGREEMENT);
    }

    @Test
    void approverReturnsForRevisionAndTheProposalIsScreenedAndReviewedAgain() {
        ProcessInstance instance = submitNational("NP", 23L);
        screen(instance, "eligible");
        reviewByBoth(instance, "NP");
        approve(instance, "revise");

        assertThat(instance).isWaitingAt(REVISE_PROPOSAL);
        complete(task(REVISE_PROPOSAL, instance));
        screen(instance, "eligible");
        reviewByBoth(instance, "NP");
        approve(instance, "approve");
        assertThat(instance).isWaitingAt(CREATE_GRANT_AGREEMENT);
    }

    @Test
    void applicantWithdrawsDuringScreening() {
        ProcessInstance instance = submitNational("NP", 24L);
        engine.getRuntimeService().createMessageCorrelation(WITHDRAWAL_MESSAGE)
                .processInstanceId(instance.getId()).correlate();

        assertThat(instance).isEnded().hasPassed(PROPOSAL_WITHDRAWN);
        assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
    }

    @Test
    void applicantWithdrawsDuringReview() {
        ProcessInstance instance = submitNational("NP", 25L);
        screen(instance, "eligible");
        engine.getRuntimeService().createMessageCorrelation(WITHDRAWAL_MESSAGE)
                .processInstanceBusinessKey("25").correlate();

        assertThat(instance).isEnded().hasPassed(PROPOSAL_WITHDRAWN).hasNotPassed(COMPUTE_REVIEW_SCORE);
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).count()).isZero();
    }

    @Test
    void instanceWithoutTenantIsRefused() {
        assertThatThrownBy(() -> engine.getRuntimeService().createProcessInstanceByKey(PROCESS_KEY)
                .processDefinitionWithoutTenantId()
                .setVariables(Map.of(VAR_PROPOSAL_ID, 1L))
                .execute())
                .hasMessageContaining(VAR_TENANT);
    }

    @Test
    void usersOfAnotherTenantDoNotSeeTheTasks() {
        submitNational("NP", 26L);
        submitNational("SN", 27L);

        engine.getIdentityService().setAuthentication("sn.coordinator", List.of("SN-coordinator"), List.of("SN"));
        try {
            List<Task> visible = tasks.createTaskQuery().list();
            assertThat(visible).extracting(Task::getTenantId).containsOnly("SN");
            assertThat(visible).hasSize(1);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }
}
