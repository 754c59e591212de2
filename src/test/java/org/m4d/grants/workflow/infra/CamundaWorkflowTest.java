package org.m4d.grants.workflow.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.m4d.grants.identity.application.Access;
import org.m4d.grants.identity.application.AccessDenied;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.platform.application.FiredEvents;
import org.m4d.grants.platform.application.TenantContext;
import org.m4d.grants.platform.domain.ConflictException;
import org.m4d.grants.platform.domain.NotFoundException;
import org.m4d.grants.tenancy.application.TenantSettingsService;
import org.m4d.grants.testing.SignedInUser;
import org.m4d.grants.testing.Wiring;
import org.m4d.grants.workflow.application.StandIns;
import org.m4d.grants.workflow.domain.GrantLifecycle;
import org.m4d.grants.workflow.domain.InboxFilter;
import org.m4d.grants.workflow.domain.TaskView;

/**
 * The adapter on a real in-memory engine: the engine's failures reach the application as its own
 * refusals, never as engine types.
 */
class CamundaWorkflowTest {

    private static final String GROUP = "NP-coordinator";
    private static final String CREATOR = "np.applicant";

    /** What the proposal context answers for the signed-in applicant: the proposals they stand in on. */
    private Map<Long, String> standingIn = Map.of();
    private static ProcessEngine engine;

    private final TenantContext context = new TenantContext();

    /** Holds a completion inside the engine's command until the test lets it go on. */
    public static final class Pause implements TaskListener {
        static volatile CountDownLatch entered = new CountDownLatch(0);
        static volatile CountDownLatch resume = new CountDownLatch(0);

        @Override
        public void notify(DelegateTask task) {
            entered.countDown();
            try {
                resume.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @BeforeAll
    static void engine() {
        StandaloneInMemProcessEngineConfiguration cfg = new StandaloneInMemProcessEngineConfiguration();
        cfg.setProcessEngineName("adapter-tests");
        cfg.setJdbcUrl("jdbc:h2:mem:adapter-tests;DB_CLOSE_DELAY=1000");
        cfg.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
        cfg.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        cfg.setJobExecutorActivate(false);
        cfg.setTenantCheckEnabled(true);
        cfg.setMetricsEnabled(false);
        engine = cfg.buildProcessEngine();
        engine.getRepositoryService().createDeployment().tenantId("NP")
                .addModelInstance("step.bpmn", Bpmn.createExecutableProcess("step").startEvent()
                        .userTask("work").name("Work").camundaCandidateGroups(GROUP)
                        .camundaTaskListenerClass(TaskListener.EVENTNAME_COMPLETE, Pause.class)
                        .endEvent().done())
                .addModelInstance("reports.bpmn", Bpmn.createExecutableProcess("reports").startEvent()
                        .parallelGateway("fork")
                        .userTask(GrantLifecycle.SUBMIT_REPORTS).name("Submit reports").camundaAssignee(CREATOR)
                        .endEvent()
                        .moveToNode("fork")
                        .userTask(GrantLifecycle.REVISE_PROPOSAL).name("Revise proposal").camundaAssignee(CREATOR)
                        .endEvent().done())
                .deploy();
    }

    @AfterEach
    void clear() {
        context.clear();
    }

    private CamundaWorkflow as(String username) {
        return as(username, Role.COORDINATOR);
    }

    private CamundaWorkflow as(String username, Role role) {
        SignedInUser user = new SignedInUser().as(username, "NP", role);
        StandIns standIns = () -> standingIn;
        Access access = Wiring.wire(new Access(), user, context, new FiredEvents<AccessDenied>(denied -> { }));
        return Wiring.wire(new CamundaWorkflow(), engine.getRuntimeService(), engine.getTaskService(),
                engine.getHistoryService(), engine.getRepositoryService(), engine.getIdentityService(), context, user,
                access, new TenantSettingsService(), Wiring.wire(new OpenTasks(), engine.getTaskService(), context),
                standIns);
    }

    private static String openTask() {
        String instance = engine.getRuntimeService().startProcessInstanceByKey("step", "7").getId();
        return engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult().getId();
    }

    @Test
    void anOpenTaskOfTheUsersGroupIsSeenInTheApplicationsTerms() {
        String taskId = openTask();
        TaskView task = context.runIn("NP", () -> as("np.coordinator").task(taskId));

        assertThat(task).extracting(TaskView::id, TaskView::key, TaskView::tenant, TaskView::proposalId,
                TaskView::assignee).containsExactly(taskId, "work", "NP", 7L, null);
    }

    @Test
    void theInboxShowsFollowUpDatesAndFiltersByThem() {
        String soon = openTask();
        String later = openTask();
        Instant now = Instant.parse("2026-03-02T09:00:00Z");
        followUpAt(soon, now.plus(Duration.ofDays(1)));
        followUpAt(later, now.plus(Duration.ofDays(9)));

        List<TaskView> week = context.runIn("NP", () -> as("np.coordinator").inbox(new InboxFilter(List.of("NP"),
                "work", null, null, InboxFilter.Due.ANY, false, now.plus(Duration.ofDays(7))), 0, 50));

        assertThat(week).extracting(TaskView::id, TaskView::followUp)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(soon, now.plus(Duration.ofDays(1))));
        List<TaskView> any = context.runIn("NP", () -> as("np.coordinator").inbox(new InboxFilter(List.of("NP"),
                "work", null, null, InboxFilter.Due.ANY, false, null), 0, 50));
        assertThat(any).extracting(TaskView::id).contains(soon, later);
    }

    private static void followUpAt(String taskId, Instant when) {
        Task task = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
        task.setFollowUpDate(java.util.Date.from(when));
        engine.getTaskService().saveTask(task);
    }

    @Test
    void twoUsersFinishingTheSameTaskAtOnceGiveTheSecondAConflictAndLeaveTheFirstsWork() throws Exception {
        String taskId = openTask();
        Pause.entered = new CountDownLatch(1);
        Pause.resume = new CountDownLatch(1);
        CompletableFuture<Throwable> first = CompletableFuture.supplyAsync(() -> catchThrowable(() ->
                context.runIn("NP", () -> as("np.coordinator").complete(taskId, "work", Map.of()))));
        assertThat(Pause.entered.await(10, TimeUnit.SECONDS)).isTrue();
        engine.getTaskService().setAssignee(taskId, "np.coordinator2");
        Pause.resume.countDown();

        Throwable thrown = first.get(20, TimeUnit.SECONDS);

        assertThat(thrown).isExactlyInstanceOf(ConflictException.class)
                .hasMessage("Someone else changed this meanwhile; reload and try again")
                .hasCauseInstanceOf(OptimisticLockingException.class);
        assertThat(((ConflictException) thrown).messageKey()).isEqualTo("error.changedMeanwhile");
        Task open = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
        assertThat(open.getAssignee()).isEqualTo("np.coordinator2");
    }

    @Test
    void aTaskClaimedByAnotherUserIsAConflictNamingThem() {
        String taskId = openTask();
        engine.getTaskService().claim(taskId, "np.coordinator2");

        Throwable thrown = catchThrowable(() -> context.runIn("NP", () -> as("np.coordinator").claim(taskId)));

        assertThat(thrown).isExactlyInstanceOf(ConflictException.class);
        assertThat(((ConflictException) thrown).messageKey()).isEqualTo("error.task.claimedBy");
        assertThat(((ConflictException) thrown).messageArguments()).containsExactly("np.coordinator2");
    }

    @Test
    void aTaskCompletedByAnotherUserIsAConflictNamingThem() {
        String taskId = openTask();
        context.runIn("NP", () -> as("np.coordinator2").complete(taskId, "work", Map.of()));

        Throwable thrown = catchThrowable(() -> context.runIn("NP",
                () -> as("np.coordinator").complete(taskId, "work", Map.of())));

        assertThat(thrown).isExactlyInstanceOf(ConflictException.class);
        assertThat(((ConflictException) thrown).messageKey()).isEqualTo("error.task.completedBy");
        assertThat(((ConflictException) thrown).messageArguments()).containsExactly("np.coordinator2");
    }

    @Test
    void aTaskOfAnotherKindIsNotCompleted() {
        String taskId = openTask();

        Throwable thrown = catchThrowable(() -> context.runIn("NP",
                () -> as("np.coordinator").complete(taskId, "approveGrant", Map.of())));

        assertThat(((ConflictException) thrown).messageKey()).isEqualTo("error.task.otherStep");
        assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();
    }

    @Test
    void anUnknownTaskIsNotFound() {
        Throwable thrown = catchThrowable(() -> context.runIn("NP", () -> as("np.coordinator").task("no-such-task")));

        assertThat(thrown).isExactlyInstanceOf(NotFoundException.class);
    }

    @Test
    void aClaimThatCameFirstAndATaskGoneMeanwhileAreConflictsWithTheirOwnMessages() {
        ConflictException claimed = CamundaWorkflow.translated(new TaskAlreadyClaimedException("t1", "np.coordinator2"));
        ConflictException gone = CamundaWorkflow.translated(new NullValueException("Cannot find task with id t1"));

        assertThat(claimed.messageKey()).isEqualTo("error.task.claimedMeanwhile");
        assertThat(claimed).hasCauseInstanceOf(TaskAlreadyClaimedException.class);
        assertThat(gone.messageKey()).isEqualTo("error.task.completedMeanwhile");
        assertThat(gone).hasCauseInstanceOf(NullValueException.class);
    }

    /** Starts the reports model of a proposal: its creator holds a report task and a revision task. */
    private static Map<String, String> applicantTasksOf(long proposalId) {
        String instance = engine.getRuntimeService().startProcessInstanceByKey("reports", Long.toString(proposalId)).getId();
        return engine.getTaskService().createTaskQuery().processInstanceId(instance).list().stream()
                .collect(java.util.stream.Collectors.toMap(Task::getTaskDefinitionKey, Task::getId));
    }

    private List<String> reportTasksInInbox(String username) {
        return context.runIn("NP", () -> as(username, Role.APPLICANT).inbox(new InboxFilter(List.of("NP"),
                GrantLifecycle.SUBMIT_REPORTS, null, null, InboxFilter.Due.ANY, false, null), 0, 200))
                .stream().map(TaskView::id).toList();
    }

    private List<String> inboxOf(String username, Boolean mine) {
        return context.runIn("NP", () -> as(username, Role.APPLICANT).inbox(new InboxFilter(List.of("NP"),
                null, mine, null, InboxFilter.Due.ANY, false, null), 0, 200)).stream().map(TaskView::id).toList();
    }

    @Test
    void aCoApplicantSeesTheCreatorsReportTaskAndCompletesItUnderTheirOwnName() {
        String report = applicantTasksOf(41).get(GrantLifecycle.SUBMIT_REPORTS);
        standingIn = Map.of(41L, CREATOR);

        assertThat(reportTasksInInbox("np.applicant2")).contains(report);
        assertThat(inboxOf("np.applicant2", Boolean.TRUE)).as("assigned to me: theirs to do").contains(report);
        assertThat(inboxOf("np.applicant2", Boolean.FALSE)).as("unclaimed: the creator holds it").doesNotContain(report);
        TaskView seen = context.runIn("NP", () -> as("np.applicant2", Role.APPLICANT).task(report));
        assertThat(seen).extracting(TaskView::key, TaskView::proposalId, TaskView::assignee)
                .containsExactly(GrantLifecycle.SUBMIT_REPORTS, 41L, CREATOR);

        context.runIn("NP", () -> as("np.applicant2", Role.APPLICANT)
                .complete(report, GrantLifecycle.SUBMIT_REPORTS, Map.of()));

        assertThat(engine.getTaskService().createTaskQuery().taskId(report).singleResult()).isNull();
        assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(report).singleResult()
                .getAssignee()).isEqualTo("np.applicant2");
    }

    @Test
    void aViewerOrARemovedCoApplicantNeitherSeesNorCompletesTheReportTask() {
        String report = applicantTasksOf(42).get(GrantLifecycle.SUBMIT_REPORTS);
        standingIn = Map.of();

        assertThat(reportTasksInInbox("np.applicant3")).doesNotContain(report);
        Throwable seen = catchThrowable(() -> context.runIn("NP", () -> as("np.applicant3", Role.APPLICANT).task(report)));
        Throwable done = catchThrowable(() -> context.runIn("NP", () -> as("np.applicant3", Role.APPLICANT)
                .complete(report, GrantLifecycle.SUBMIT_REPORTS, Map.of())));

        assertThat(seen).isExactlyInstanceOf(NotFoundException.class);
        assertThat(done).isExactlyInstanceOf(NotFoundException.class);
        assertThat(engine.getTaskService().createTaskQuery().taskId(report).singleResult().getAssignee())
                .isEqualTo(CREATOR);
    }

    @Test
    void aCoApplicantOfAnotherProposalDoesNotSeeThisOnesReportTask() {
        String report = applicantTasksOf(43).get(GrantLifecycle.SUBMIT_REPORTS);
        standingIn = Map.of(44L, CREATOR);

        assertThat(reportTasksInInbox("np.applicant2")).doesNotContain(report);
        Throwable seen = catchThrowable(() -> context.runIn("NP", () -> as("np.applicant2", Role.APPLICANT).task(report)));

        assertThat(seen).isExactlyInstanceOf(NotFoundException.class);
    }

    @Test
    void aCoApplicantDoesNotTakeTheCreatorsOtherKindsOfTask() {
        String revision = applicantTasksOf(45).get(GrantLifecycle.REVISE_PROPOSAL);
        standingIn = Map.of(45L, CREATOR);

        Throwable seen = catchThrowable(() -> context.runIn("NP", () -> as("np.applicant2", Role.APPLICANT).task(revision)));
        Throwable done = catchThrowable(() -> context.runIn("NP", () -> as("np.applicant2", Role.APPLICANT)
                .complete(revision, GrantLifecycle.REVISE_PROPOSAL, Map.of())));
        List<TaskView> inbox = context.runIn("NP", () -> as("np.applicant2", Role.APPLICANT).inbox(new InboxFilter(
                List.of("NP"), null, null, null, InboxFilter.Due.ANY, false, null), 0, 200));

        assertThat(seen).isExactlyInstanceOf(NotFoundException.class);
        assertThat(done).isExactlyInstanceOf(NotFoundException.class);
        assertThat(inbox).extracting(TaskView::id).doesNotContain(revision);
        assertThat(inbox).extracting(TaskView::key).containsOnly(GrantLifecycle.SUBMIT_REPORTS);
    }

    @Test
    void aReportTaskHeldBySomeoneElseThanTheCreatorIsNotTaken() {
        String report = applicantTasksOf(46).get(GrantLifecycle.SUBMIT_REPORTS);
        engine.getTaskService().setAssignee(report, "np.applicant9");
        standingIn = Map.of(46L, CREATOR);

        Throwable seen = catchThrowable(() -> context.runIn("NP", () -> as("np.applicant2", Role.APPLICANT).task(report)));

        assertThat(seen).isExactlyInstanceOf(NotFoundException.class);
        assertThat(reportTasksInInbox("np.applicant2")).doesNotContain(report);
    }
}
