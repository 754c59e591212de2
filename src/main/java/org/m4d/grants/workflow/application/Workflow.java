package org.m4d.grants.workflow.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
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
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.m4d.grants.identity.application.Access;
import org.m4d.grants.identity.application.CurrentUser;
import org.m4d.grants.platform.domain.ConflictException;
import org.m4d.grants.platform.domain.NotFoundException;
import org.m4d.grants.tenancy.application.TenantSettingsService;
import org.m4d.grants.tenancy.domain.TimerSettings;
import org.m4d.grants.workflow.domain.DiagramView;
import org.m4d.grants.workflow.domain.GrantLifecycle;
import org.m4d.grants.workflow.domain.InboxFilter;
import org.m4d.grants.workflow.domain.OverdueCounts;
import org.m4d.grants.workflow.domain.TaskView;
import org.m4d.grants.platform.application.TenantContext;

/**
 * The application's door to the engine: starts lifecycles, lists and completes tasks. Every
 * engine call runs as the signed-in user with their groups and tenants, so the engine itself only
 * returns tasks of their tenants; the caller's transaction is joined.
 */
@ApplicationScoped
@Transactional
@EngineConflictsTranslated
public class Workflow {

    static final int INBOX_PAGE = 50;

    @Inject
    RuntimeService runtime;

    @Inject
    TenantContext context;

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
    TenantSettingsService tenantSettings;

    /**
     * Starts the grant lifecycle of a submitted proposal in its tenant, with its routing facts and
     * the tenant's timers as they are now; returns the instance id.
     */
    public String startLifecycle(long proposalId, Map<String, Object> routing) {
        return asUser(() -> {
            Map<String, Object> variables = new HashMap<>(routing);
            variables.put(GrantLifecycle.VAR_TENANT, context.current());
            variables.put(GrantLifecycle.VAR_PROPOSAL_ID, proposalId);
            TimerSettings timers = tenantSettings.timersOf();
            variables.put(GrantLifecycle.VAR_SCREENING_REMINDER, timers.screeningReminder());
            variables.put(GrantLifecycle.VAR_REVIEW_PERIOD, timers.reviewPeriod());
            variables.put(GrantLifecycle.VAR_REVIEW_ESCALATION, timers.reviewEscalation());
            variables.put(GrantLifecycle.VAR_REPORT_PERIOD, timers.reportPeriod());
            variables.put(GrantLifecycle.VAR_REPORT_ESCALATION, timers.reportEscalation());
            ProcessInstance instance = runtime.createProcessInstanceByKey(GrantLifecycle.PROCESS_KEY)
                    .processDefinitionWithoutTenantId()
                    .businessKey(Long.toString(proposalId))
                    .setVariables(variables)
                    .execute();
            return instance.getId();
        });
    }

    /** Withdraws a lifecycle before approval: the withdrawal message ends it. */
    public void withdraw(String processInstanceId) {
        asUser(() -> runtime.createMessageCorrelation(GrantLifecycle.WITHDRAWAL_MESSAGE)
                .processInstanceId(processInstanceId).correlateWithResult());
    }

    /** A variable as the task sees it, e.g. the agency of a review task. */
    public Object variable(String taskId, String name) {
        return asUser(() -> tasks.getVariable(visibleTask(taskId).getId(), name));
    }

    /** The user's open tasks in a tenant: assigned to them or offered to one of their groups. */
    public List<TaskView> inbox() {
        return inbox(InboxFilter.of(context.current()), 0, INBOX_PAGE);
    }

    /** A page of the user's open tasks in one tenant, optionally of one kind and by assignment. */
    public List<TaskView> inbox(String key, Boolean mine, int first, int max) {
        return inbox(new InboxFilter(List.of(context.current()), key, mine, null, InboxFilter.Due.ANY, false), first, max);
    }

    /**
     * A page of the user's open tasks in the filter's tenants, newest first (or soonest due). No
     * count is taken, so a page stays fast with tens of thousands of open tasks: a page one longer
     * than asked tells the caller whether there is more.
     */
    public List<TaskView> inbox(InboxFilter filter, int first, int max) {
        return asUser(filter.tenants(), () -> {
            TaskQuery query = visibleTasks(filter.tenants());
            if (filter.key() != null && !filter.key().isBlank()) {
                query.taskDefinitionKey(filter.key());
            }
            if (Boolean.TRUE.equals(filter.mine())) {
                query.taskAssignee(user.username());
            } else if (Boolean.FALSE.equals(filter.mine())) {
                query.taskUnassigned();
            }
            if (filter.sector() != null && !filter.sector().isBlank()) {
                query.processVariableValueEquals(GrantLifecycle.VAR_SECTOR, filter.sector());
            }
            Instant dueBefore = filter.due().before(Instant.now());
            if (dueBefore != null) {
                query.dueBefore(Date.from(dueBefore));
            }
            if (filter.byDue()) {
                query.orderByDueDate().asc().orderByTaskCreateTime().desc();
            } else {
                query.orderByTaskCreateTime().desc();
            }
            return views(query.listPage(Math.max(0, first), Math.min(Math.max(1, max), 200))
                    .stream().filter(task -> !excluded(task)).toList());
        });
    }

    /** An open task the user may work on, or 404. */
    public TaskView task(String taskId) {
        return asUser(() -> views(List.of(visibleTask(taskId))).get(0));
    }

    public void claim(String taskId) {
        asUser(() -> {
            Task task = visibleTask(taskId);
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

    public void unclaim(String taskId) {
        asUser(() -> {
            Task task = visibleTask(taskId);
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
    public void complete(String taskId, String expectedKey, Map<String, Object> variables) {
        asUser(() -> {
            Task task = visibleTask(taskId);
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
    public List<String> activeActivities(String processInstanceId) {
        return asUser(() -> {
            ProcessInstance instance = runtime.createProcessInstanceQuery()
                    .processInstanceId(processInstanceId).tenantIdIn(context.current()).singleResult();
            if (instance == null) {
                return List.<String>of();
            }
            ProcessInstance called = runtime.createProcessInstanceQuery().superProcessInstanceId(processInstanceId)
                    .tenantIdIn(context.current()).singleResult();
            return runtime.getActiveActivityIds(called != null ? called.getId() : processInstanceId).stream()
                    .distinct().toList();
        });
    }

    /**
     * The model a lifecycle is in now (its implementation once the grant is approved), with the
     * steps it waits in and the steps it has passed.
     */
    public DiagramView diagram(String processInstanceId) {
        return asUser(() -> {
            HistoricProcessInstance lifecycle = history.createHistoricProcessInstanceQuery()
                    .processInstanceId(processInstanceId).tenantIdIn(context.current()).singleResult();
            if (lifecycle == null) {
                throw new NotFoundException("Workflow");
            }
            HistoricProcessInstance shown = history.createHistoricProcessInstanceQuery()
                    .superProcessInstanceId(processInstanceId).tenantIdIn(context.current()).list().stream().findFirst()
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

    /**
     * How many open tasks of a country are past their due date: all of them (any member may see how
     * the country is doing, as counts only), the report submissions among them, and the user's own
     * (the ones the inbox's overdue filter lists). The engine's clock decides what "now" is.
     */
    public OverdueCounts overdue() {
        return asUser(() -> {
            Date now = ClockUtil.getCurrentTime();
            long all = tasks.createTaskQuery().tenantIdIn(context.current()).dueBefore(now).count();
            long reports = tasks.createTaskQuery().tenantIdIn(context.current()).dueBefore(now)
                    .taskDefinitionKeyIn(GrantLifecycle.SUBMIT_REPORTS, GrantLifecycle.SUBMIT_FINAL_REPORT).count();
            long hidden = visibleTasks().dueBefore(now).taskDefinitionKey(GrantLifecycle.DECLARE_CONFLICT)
                    .list().stream().filter(this::excluded).count();
            long mine = visibleTasks().dueBefore(now).count() - hidden;
            return new OverdueCounts(all, reports, mine);
        });
    }

    private TaskQuery visibleTasks() {
        return visibleTasks(List.of(context.current()));
    }

    private TaskQuery visibleTasks(List<String> tenants) {
        return tasks.createTaskQuery()
                .initializeFormKeys()
                .tenantIdIn(tenants.toArray(String[]::new))
                .or()
                .taskAssignee(user.username())
                .taskCandidateGroupIn(user.groups().isEmpty() ? List.of("-") : user.groups())
                .endOr();
    }

    private Task visibleTask(String taskId) {
        Task task = visibleTasks().taskId(taskId).singleResult();
        if (task != null && !excluded(task)) {
            return task;
        }
        Task claimedByOther = tasks.createTaskQuery().taskId(taskId).tenantIdIn(context.current())
                .taskCandidateGroupIn(user.groups().isEmpty() ? List.of("-") : user.groups())
                .includeAssignedTasks().singleResult();
        if (claimedByOther != null && !excluded(claimedByOther)) {
            throw new ConflictException("This task is claimed by " + claimedByOther.getAssignee())
                    .withKey("error.task.claimedBy", claimedByOther.getAssignee());
        }
        HistoricTaskInstance done = history.createHistoricTaskInstanceQuery().taskId(taskId)
                .tenantIdIn(context.current()).finished().singleResult();
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
    private <T> T asUser(Supplier<T> work) {
        access.requireMember();
        return asUser(List.of(context.current()), work);
    }

    /** As {@link #asUser(Supplier)}, for a view over several countries the user belongs to. */
    private <T> T asUser(List<String> tenants, Supplier<T> work) {
        tenants.forEach(access::requireMember);
        identity.setAuthentication(user.username(), user.groups(), tenants);
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
                    task.getDueDate() == null ? null : task.getDueDate().toInstant(), task.getFormKey());
        }).toList();
    }
}
