package org.m4d.grants.workflow.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.m4d.grants.identity.application.Access;
import org.m4d.grants.identity.application.CurrentUser;
import org.m4d.grants.platform.domain.ConflictException;
import org.m4d.grants.platform.domain.NotFoundException;
import org.m4d.grants.workflow.domain.DiagramView;
import org.m4d.grants.workflow.domain.GrantLifecycle;
import org.m4d.grants.workflow.domain.TaskView;

/**
 * The application's door to the engine: starts lifecycles, lists and completes tasks. Every
 * engine call runs as the signed-in user with their groups and tenants, so the engine itself only
 * returns tasks of their tenants; the caller's transaction is joined.
 */
@ApplicationScoped
@Transactional
public class Workflow {

    static final int INBOX_PAGE = 50;

    @Inject
    RuntimeService runtime;

    @Inject
    TaskService tasks;

    @Inject
    HistoryService history;

    @Inject
    RepositoryService repository;

    @Inject
    IdentityService identity;

    @Inject
    CurrentUser user;

    @Inject
    Access access;

    @Inject
    WorkflowSettings settings;

    /**
     * Starts the grant lifecycle of a submitted proposal in its tenant, with its routing facts;
     * returns the instance id.
     */
    public String startLifecycle(String tenant, long proposalId, Map<String, Object> routing) {
        return asUser(tenant, () -> {
            Map<String, Object> variables = new HashMap<>(routing);
            variables.put(GrantLifecycle.VAR_TENANT, tenant);
            variables.put(GrantLifecycle.VAR_PROPOSAL_ID, proposalId);
            variables.put(GrantLifecycle.VAR_SCREENING_REMINDER, settings.screeningReminder());
            variables.put(GrantLifecycle.VAR_REVIEW_PERIOD, settings.reviewPeriod());
            variables.put(GrantLifecycle.VAR_REVIEW_ESCALATION, settings.reviewEscalation());
            variables.put(GrantLifecycle.VAR_REPORT_PERIOD, settings.reportPeriod());
            variables.put(GrantLifecycle.VAR_REPORT_ESCALATION, settings.reportEscalation());
            ProcessInstance instance = runtime.createProcessInstanceByKey(GrantLifecycle.PROCESS_KEY)
                    .processDefinitionWithoutTenantId()
                    .businessKey(Long.toString(proposalId))
                    .setVariables(variables)
                    .execute();
            return instance.getId();
        });
    }

    /** Withdraws a lifecycle before approval: the withdrawal message ends it. */
    public void withdraw(String tenant, String processInstanceId) {
        asUser(tenant, () -> runtime.createMessageCorrelation(GrantLifecycle.WITHDRAWAL_MESSAGE)
                .processInstanceId(processInstanceId).correlateWithResult());
    }

    /** A variable as the task sees it, e.g. the agency of a review task. */
    public Object variable(String tenant, String taskId, String name) {
        return asUser(tenant, () -> tasks.getVariable(visibleTask(tenant, taskId).getId(), name));
    }

    /** The user's open tasks in a tenant: assigned to them or offered to one of their groups. */
    public List<TaskView> inbox(String tenant) {
        return inbox(tenant, null, null, 0, INBOX_PAGE);
    }

    /**
     * A page of the user's open tasks, newest first, optionally of one kind ({@code key}) and only
     * those assigned to them ({@code mine}) or only those still unclaimed ({@code !mine}). No count
     * is taken: a page one longer than asked tells the caller whether there is more.
     */
    public List<TaskView> inbox(String tenant, String key, Boolean mine, int first, int max) {
        return asUser(tenant, () -> {
            TaskQuery query = visibleTasks(tenant);
            if (key != null && !key.isBlank()) {
                query.taskDefinitionKey(key);
            }
            if (Boolean.TRUE.equals(mine)) {
                query.taskAssignee(user.username());
            } else if (Boolean.FALSE.equals(mine)) {
                query.taskUnassigned();
            }
            return views(query.orderByTaskCreateTime().desc().listPage(Math.max(0, first), Math.min(Math.max(1, max), 200))
                    .stream().filter(task -> !excluded(task)).toList());
        });
    }

    /** An open task the user may work on, or 404. */
    public TaskView task(String tenant, String taskId) {
        return asUser(tenant, () -> views(List.of(visibleTask(tenant, taskId))).get(0));
    }

    public void claim(String tenant, String taskId) {
        asUser(tenant, () -> {
            Task task = visibleTask(tenant, taskId);
            if (task.getAssignee() != null && !task.getAssignee().equals(user.username())) {
                throw new ConflictException("This task is already claimed by " + task.getAssignee())
                        .withKey("error.task.claimedBy", task.getAssignee());
            }
            if (task.getAssignee() == null) {
                tasks.claim(taskId, user.username());
            }
            return null;
        });
    }

    public void unclaim(String tenant, String taskId) {
        asUser(tenant, () -> {
            Task task = visibleTask(tenant, taskId);
            if (!user.username().equals(task.getAssignee())) {
                throw new ConflictException("Only the user who claimed this task can give it back")
                        .withKey("error.task.notYours");
            }
            tasks.setAssignee(taskId, null);
            return null;
        });
    }

    /**
     * Completes a task of the expected kind with routing variables. An unclaimed task is claimed
     * first; a task claimed by someone else, or already completed, is a conflict.
     */
    public void complete(String tenant, String taskId, String expectedKey, Map<String, Object> variables) {
        asUser(tenant, () -> {
            Task task = visibleTask(tenant, taskId);
            if (!expectedKey.equals(task.getTaskDefinitionKey())) {
                throw new ConflictException("This task is a " + task.getName() + ", not the step you submitted")
                        .withKey("error.task.otherStep");
            }
            if (task.getAssignee() != null && !task.getAssignee().equals(user.username())) {
                throw new ConflictException("This task is claimed by " + task.getAssignee())
                        .withKey("error.task.claimedBy", task.getAssignee());
            }
            if (task.getAssignee() == null) {
                tasks.claim(taskId, user.username());
            }
            tasks.complete(taskId, variables);
            return null;
        });
    }

    /**
     * The ids of the activities a lifecycle is waiting in, for showing where a grant stands; once
     * the grant is approved, those of its implementation.
     */
    public List<String> activeActivities(String tenant, String processInstanceId) {
        return asUser(tenant, () -> {
            ProcessInstance instance = runtime.createProcessInstanceQuery()
                    .processInstanceId(processInstanceId).tenantIdIn(tenant).singleResult();
            if (instance == null) {
                return List.<String>of();
            }
            ProcessInstance called = runtime.createProcessInstanceQuery().superProcessInstanceId(processInstanceId)
                    .tenantIdIn(tenant).singleResult();
            return runtime.getActiveActivityIds(called != null ? called.getId() : processInstanceId).stream()
                    .distinct().toList();
        });
    }

    /**
     * The model a lifecycle is in now (its implementation once the grant is approved), with the
     * steps it waits in and the steps it has passed.
     */
    public DiagramView diagram(String tenant, String processInstanceId) {
        return asUser(tenant, () -> {
            HistoricProcessInstance lifecycle = history.createHistoricProcessInstanceQuery()
                    .processInstanceId(processInstanceId).tenantIdIn(tenant).singleResult();
            if (lifecycle == null) {
                throw new NotFoundException("Workflow");
            }
            HistoricProcessInstance shown = history.createHistoricProcessInstanceQuery()
                    .superProcessInstanceId(processInstanceId).tenantIdIn(tenant).list().stream().findFirst()
                    .orElse(lifecycle);
            String xml;
            try (InputStream model = repository.getProcessModel(shown.getProcessDefinitionId())) {
                xml = new String(model.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            List<String> active = shown.getEndTime() != null ? List.of()
                    : runtime.getActiveActivityIds(shown.getId()).stream().distinct().toList();
            List<String> completed = history.createHistoricActivityInstanceQuery().processInstanceId(shown.getId())
                    .finished().list().stream().map(HistoricActivityInstance::getActivityId).distinct().toList();
            return new DiagramView(shown.getProcessDefinitionKey(), xml, active, completed);
        });
    }

    private TaskQuery visibleTasks(String tenant) {
        return tasks.createTaskQuery()
                .tenantIdIn(tenant)
                .or()
                .taskAssignee(user.username())
                .taskCandidateGroupIn(user.groups().isEmpty() ? List.of("-") : user.groups())
                .endOr();
    }

    private Task visibleTask(String tenant, String taskId) {
        Task task = visibleTasks(tenant).taskId(taskId).singleResult();
        if (task != null && !excluded(task)) {
            return task;
        }
        Task claimedByOther = tasks.createTaskQuery().taskId(taskId).tenantIdIn(tenant)
                .taskCandidateGroupIn(user.groups().isEmpty() ? List.of("-") : user.groups())
                .includeAssignedTasks().singleResult();
        if (claimedByOther != null && !excluded(claimedByOther)) {
            throw new ConflictException("This task is claimed by " + claimedByOther.getAssignee())
                    .withKey("error.task.claimedBy", claimedByOther.getAssignee());
        }
        HistoricTaskInstance done = history.createHistoricTaskInstanceQuery().taskId(taskId)
                .tenantIdIn(tenant).finished().singleResult();
        if (done != null && isCandidateOrAssignee(done)) {
            throw new ConflictException("This task was already completed by " + done.getAssignee())
                    .withKey("error.task.completedBy", done.getAssignee());
        }
        throw new NotFoundException("Task");
    }

    /** A reviewer who declared a conflict on a review is not offered that review again. */
    private boolean excluded(Task task) {
        if (!GrantLifecycle.DECLARE_CONFLICT.equals(task.getTaskDefinitionKey())) {
            return false;
        }
        Object excluded;
        try {
            excluded = tasks.getVariable(task.getId(), GrantLifecycle.VAR_EXCLUDED_REVIEWERS);
        } catch (NullValueException completedMeanwhile) {
            return true;
        }
        return excluded != null && List.of(excluded.toString().split(",")).contains(user.username());
    }

    private boolean isCandidateOrAssignee(HistoricTaskInstance done) {
        return user.username().equals(done.getAssignee())
                || history.createHistoricIdentityLinkLogQuery().taskId(done.getId()).list().stream()
                .anyMatch(link -> link.getGroupId() != null && user.groups().contains(link.getGroupId()));
    }

    /**
     * Runs engine work as the signed-in user, in the one country the request is about, so that the
     * engine's own tenant check backs up the application's; a country they do not belong to does not
     * exist for them.
     */
    private <T> T asUser(String tenant, Supplier<T> work) {
        access.requireMember(tenant);
        identity.setAuthentication(user.username(), user.groups(), List.of(tenant));
        try {
            return work.get();
        } catch (TaskAlreadyClaimedException e) {
            throw new ConflictException("This task was claimed by someone else meanwhile")
                    .withKey("error.task.claimedMeanwhile");
        } catch (NullValueException e) {
            // the task or its execution is gone: another user completed it meanwhile
            throw new ConflictException("This task was completed by someone else meanwhile")
                    .withKey("error.task.completedMeanwhile");
        } finally {
            identity.clearAuthentication();
        }
    }

    /** Task views with the proposal each task is about, found with one extra query. */
    private List<TaskView> views(List<Task> found) {
        Set<String> instanceIds = found.stream().map(Task::getProcessInstanceId)
                .filter(Objects::nonNull).collect(Collectors.toSet());
        Map<String, String> businessKeys = instanceIds.isEmpty() ? Map.of()
                : runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list().stream()
                .filter(pi -> pi.getBusinessKey() != null)
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
        return found.stream().map(task -> {
            String key = businessKeys.get(task.getProcessInstanceId());
            return new TaskView(task.getId(), task.getTaskDefinitionKey(), task.getName(), task.getTenantId(),
                    key == null ? null : Long.valueOf(key), task.getAssignee(),
                    task.getCreateTime() == null ? null : task.getCreateTime().toInstant(),
                    task.getDueDate() == null ? null : task.getDueDate().toInstant());
        }).toList();
    }
}
