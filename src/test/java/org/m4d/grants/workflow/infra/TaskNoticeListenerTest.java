package org.m4d.grants.workflow.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.m4d.grants.workflow.application.TaskNotice;
import org.m4d.grants.workflow.domain.GrantLifecycle;
import org.m4d.grants.workflow.domain.OpenTask;

/**
 * The engine tells of every user task of any model, through the parse listener the application's
 * engine is built with: a task offered to a group, a claim, and a task created with its assignee
 * told once, not also as handed over.
 */
class TaskNoticeListenerTest {

    private static final List<TaskNotice> NOTICES = new ArrayList<>();
    private static ProcessEngine engine;

    @BeforeAll
    static void engine() {
        StandaloneInMemProcessEngineConfiguration cfg = new StandaloneInMemProcessEngineConfiguration();
        cfg.setProcessEngineName("task-notices");
        cfg.setJdbcUrl("jdbc:h2:mem:task-notices;DB_CLOSE_DELAY=1000");
        cfg.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
        cfg.setJobExecutorActivate(false);
        cfg.setMetricsEnabled(false);
        cfg.setCustomPostBPMNParseListeners(new ArrayList<>(List.of(new TaskNoticeParseListener(new TaskNoticeListener(NOTICES::add)))));
        engine = cfg.buildProcessEngine();
        BpmnModelInstance model = Bpmn.createExecutableProcess("notices")
                .startEvent()
                .userTask("offered").name("Offered to a group").camundaCandidateGroups("NP-coordinator")
                .camundaDueDate("2026-12-03T10:00:00Z")
                .userTask("mine").name("Assigned at once").camundaAssignee("${applicant}")
                .endEvent().done();
        engine.getRepositoryService().createDeployment().tenantId("NP").addModelInstance("notices.bpmn", model).deploy();
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @Test
    void eachTaskIsToldOnceWhenCreatedAndAgainWhenHandedToSomeone() {
        engine.getRuntimeService().createProcessInstanceByKey("notices").processDefinitionTenantId("NP")
                .setVariables(Map.of(GrantLifecycle.VAR_PROPOSAL_ID, 7L, "applicant", "np.applicant")).execute();
        Task offered = engine.getTaskService().createTaskQuery().taskDefinitionKey("offered").singleResult();

        engine.getTaskService().claim(offered.getId(), "np.coordinator");
        engine.getTaskService().complete(offered.getId());
        Task mine = engine.getTaskService().createTaskQuery().taskDefinitionKey("mine").singleResult();

        Instant due = Date.from(Instant.parse("2026-12-03T10:00:00Z")).toInstant();
        assertThat(NOTICES).containsExactly(
                new TaskNotice(TaskNotice.Kind.CREATED, "NP", new OpenTask(offered.getId(), "offered",
                        "Offered to a group", 7, null, List.of("NP-coordinator"), List.of(), due)),
                new TaskNotice(TaskNotice.Kind.ASSIGNED, "NP", new OpenTask(offered.getId(), "offered",
                        "Offered to a group", 7, "np.coordinator", List.of("NP-coordinator"), List.of(), due)),
                new TaskNotice(TaskNotice.Kind.CREATED, "NP", new OpenTask(mine.getId(), "mine",
                        "Assigned at once", 7, "np.applicant", List.of(), List.of(), null)));
    }

    @Test
    void theReviewersExcludedFromATaskAreNamedWithIt() {
        assertThat(TaskNoticeListener.names("np.reviewer.undp, np.reviewer.undp2")).containsExactly("np.reviewer.undp",
                "np.reviewer.undp2");
        assertThat(TaskNoticeListener.names(" ")).isEmpty();
        assertThat(TaskNoticeListener.names(null)).isEmpty();
    }
}
