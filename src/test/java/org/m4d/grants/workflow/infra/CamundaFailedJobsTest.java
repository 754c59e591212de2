package org.m4d.grants.workflow.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.m4d.grants.platform.application.TenantContext;
import org.m4d.grants.platform.domain.ConflictException;
import org.m4d.grants.testing.Wiring;
import org.m4d.grants.workflow.domain.FailedJob;
import org.m4d.grants.workflow.domain.FailedJob.Kind;

/**
 * The adapter on a real in-memory engine: a failing asynchronous step and a failing reminder (a
 * non-interrupting boundary timer) become the country's failed jobs, never another country's;
 * Retry gives an incident one more attempt, Resolve drops the reminder and leaves its step open.
 */
class CamundaFailedJobsTest {

    private static ProcessEngine engine;

    private final TenantContext context = new TenantContext();
    private final CamundaFailedJobs jobs = Wiring.wire(new CamundaFailedJobs(), engine.getManagementService(),
            engine.getRuntimeService(), engine.getRepositoryService(), context);

    /** A step whose cause is not fixed yet. */
    public static final class Failing implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            throw new IllegalStateException("Mail server refused " + execution.getCurrentActivityId());
        }
    }

    @BeforeAll
    static void engine() {
        StandaloneInMemProcessEngineConfiguration cfg = new StandaloneInMemProcessEngineConfiguration();
        cfg.setProcessEngineName("failed-jobs-tests");
        cfg.setJdbcUrl("jdbc:h2:mem:failed-jobs-tests;DB_CLOSE_DELAY=1000");
        cfg.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
        cfg.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        cfg.setJobExecutorActivate(false);
        cfg.setTenantIdProvider(new TenantOfInstance());
        cfg.setTenantCheckEnabled(true);
        cfg.setMetricsEnabled(false);
        engine = cfg.buildProcessEngine();
        engine.getRepositoryService().createDeployment()
                .addModelInstance("agreement.bpmn", Bpmn.createExecutableProcess("agreement").camundaHistoryTimeToLive(1)
                        .startEvent().serviceTask("createAgreement").camundaAsyncBefore().camundaClass(Failing.class)
                        .endEvent().done())
                .addModelInstance("reminded.bpmn", Bpmn.createExecutableProcess("reminded").camundaHistoryTimeToLive(1)
                        .startEvent().userTask("screen").endEvent()
                        .moveToActivity("screen").boundaryEvent("remind").cancelActivity(false).timerWithDuration("PT1H")
                        .serviceTask("sendReminder").camundaClass(Failing.class).endEvent().done())
                .deploy();
    }

    @AfterEach
    void clear() {
        context.clear();
    }

    /** Starts an instance in a country and runs its one job until it has no retries left. */
    private static Job incident(String process, String country, String key) {
        String instance = engine.getRuntimeService().startProcessInstanceByKey(process, key,
                Map.<String, Object>of("tenantId", country)).getId();
        Job job = engine.getManagementService().createJobQuery().processInstanceId(instance).singleResult();
        engine.getManagementService().setJobRetries(job.getId(), 1);
        assertThat(catchThrowable(() -> engine.getManagementService().executeJob(job.getId())))
                .hasMessage("Mail server refused " + (process.equals("agreement") ? "createAgreement" : "sendReminder"));
        return job;
    }

    @Test
    void aCountrysFailedJobsAreListedWithTheirErrorAndNoOtherCountrys() {
        Job agreement = incident("agreement", "NP", "41");
        Job reminder = incident("reminded", "NP", "42");
        Job senegal = incident("agreement", "SN", "43");

        List<FailedJob> nepal = context.runIn("NP", jobs::ofCountry);

        assertThat(nepal).extracting(FailedJob::id).contains(agreement.getId(), reminder.getId())
                .doesNotContain(senegal.getId());
        assertThat(nepal).allMatch(j -> j.tenant().equals("NP"));
        FailedJob failed = context.runIn("NP", () -> jobs.find(agreement.getId())).orElseThrow();
        assertThat(failed).extracting(FailedJob::businessKey, FailedJob::proposalId, FailedJob::activity,
                FailedJob::error, FailedJob::retries, FailedJob::kind, FailedJob::reminder)
                .containsExactly("41", 41L, "createAgreement", "Mail server refused createAgreement", 0, Kind.INCIDENT,
                        false);
        assertThat(failed.created()).isNotNull();
        FailedJob remind = context.runIn("NP", () -> jobs.find(reminder.getId())).orElseThrow();
        assertThat(remind).extracting(FailedJob::activity, FailedJob::kind, FailedJob::reminder)
                .containsExactly("remind", Kind.INCIDENT, true);
        assertThat(context.runIn("SN", () -> jobs.find(agreement.getId()))).isEmpty();
        assertThat(jobs.incidents()).isEqualTo(engine.getRuntimeService().createIncidentQuery().count())
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void retryGivesAnIncidentOneAttemptAndASecondRetryIsAConflict() {
        Job agreement = incident("agreement", "NP", "51");
        long before = jobs.incidents();

        context.runIn("NP", () -> jobs.retry(agreement.getId()));

        assertThat(engine.getManagementService().createJobQuery().jobId(agreement.getId()).singleResult().getRetries())
                .isEqualTo(1);
        assertThat(jobs.incidents()).isEqualTo(before - 1);
        assertThat(context.runIn("NP", () -> jobs.find(agreement.getId())).orElseThrow().kind()).isEqualTo(Kind.RETRYING);
        assertThatThrownBy(() -> context.runIn("NP", () -> jobs.retry(agreement.getId())))
                .isInstanceOf(ConflictException.class)
                .hasMessage("This job is being retried already or has changed meanwhile");
        assertThatThrownBy(() -> context.runIn("SN", () -> jobs.retry(agreement.getId())))
                .as("another country's job").isInstanceOf(ConflictException.class);
    }

    @Test
    void resolveDropsTheReminderAndItsIncidentAndTheStepStaysOpen() {
        Job reminder = incident("reminded", "NP", "61");
        long before = jobs.incidents();

        context.runIn("NP", () -> jobs.resolve(reminder.getId()));

        assertThat(engine.getManagementService().createJobQuery().jobId(reminder.getId()).count()).isZero();
        assertThat(jobs.incidents()).isEqualTo(before - 1);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(reminder.getProcessInstanceId())
                .taskDefinitionKey("screen").count()).isEqualTo(1);
        assertThat(context.runIn("NP", () -> jobs.find(reminder.getId()))).isEmpty();
    }

    @Test
    void theErrorIsTheFailuresOwnMessageWithoutTheClassNamesTheEngineAdds() {
        assertThat(CamundaFailedJobs.readable("org.camunda.bpm.engine.ProcessEngineException: "
                + "java.lang.IllegalStateException: Mail server refused: smtp.example:25")).isEqualTo(
                "Mail server refused: smtp.example:25");
        assertThat(CamundaFailedJobs.readable("Timeout: no answer in 30 s")).isEqualTo("Timeout: no answer in 30 s");
        assertThat(CamundaFailedJobs.readable(null)).isNull();
    }
}
