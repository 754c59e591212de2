package org.m4d.grants.workflow.infra;

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
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
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
import org.m4d.grants.tenancy.domain.Timer;
import org.m4d.grants.tenancy.domain.TimerSettings;
import org.m4d.grants.workflow.application.StandIns;
import org.m4d.grants.workflow.application.Workflow;
import org.m4d.grants.workflow.domain.ApplicantTasks;
import org.m4d.grants.workflow.domain.DiagramView;
import org.m4d.grants.workflow.domain.GrantLifecycle;
import org.m4d.grants.workflow.domain.InboxFilter;
import org.m4d.grants.workflow.domain.OpenTask;
import org.m4d.grants.workflow.domain.OverdueCounts;
import org.m4d.grants.workflow.domain.TaskView;
import org.m4d.grants.platform.application.TenantContext;

/**
 * The workflow port on the embedded Camunda engine. Every engine call runs as the signed-in user
 * with their groups and the countries asked for, so the engine's own tenant check backs up the
 * application's; it joins the caller's transaction. The engine's failures leave this class as the
 * application's refusals, so no layer above knows the engine's types.
 */
@ApplicationScoped
@Transactional
public class CamundaWorkflow implements Workflow {

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

    @Inject
    OpenTasks open;

    @Inject
    StandIns standIns;

    @Override
    public String startLifecycle(long proposalId, Map<String, Object> routing) {
        return startCase(GrantLifecycle.PROCESS_KEY, proposalId, routing);
    }

    @Override
    public String startCase(String processKey, long proposalId, Map<String, Object> given) {
        return asUser(() -> {
            Map<String, Object> variables = new HashMap<>(given);
            variables.put(GrantLifecycle.VAR_TENANT, context.current());
            variables.put(GrantLifecycle.VAR_PROPOSAL_ID, proposalId);
            TimerSettings timers = tenantSettings.timersOf();
            for (Timer timer : Timer.values()) {
                variables.put(timer.key(), timers.duration(timer));
            }
            variables.put(GrantLifecycle.VAR_REMINDER_LEAD, timers.reminderLead());
            ProcessInstance instance = runtime.createProcessInstanceByKey(processKey)
                    .processDefinitionWithoutTenantId()
                    .businessKey(Long.toString(proposalId))
                    .setVariables(variables)
                    .execute();
            return instance.getId();
        });
    }

    @Override
    public void withdraw(String processInstanceId) {
        asUser(() -> runtime.createMessageCorrelation(GrantLifecycle.WITHDRAWAL_MESSAGE)
                .processInstanceId(processInstanceId).correlateWithResult());
    }

    @Override
    public Object variable(String taskId, String name) {
        return asUser(() -> tasks.getVariable(visibleTask(taskId).getId(), name));
    }

    @Override
    public List<TaskView> inbox(String key, Boolean mine, int first, int max) {
        return inbox(new InboxFilter(List.of(context.current()), key, mine, null, InboxFilter.Due.ANY, false, null),
                first, max);
    }

    @Override
    public List<TaskView> inbox(InboxFilter filter, int first, int max) {
        return asUser(filter.tenants(), () -> {
            int from = Math.max(0, first);
            int size = Math.min(Math.max(1, max), 200);
            TaskQuery query = filtered(visibleTasks(filter.tenants()), filter);
            if (Boolean.TRUE.equals(filter.mine())) {
                query.taskAssignee(user.username());
            } else if (Boolean.FALSE.equals(filter.mine())) {
                query.taskUnassigned();
            }
            ordered(query, filter);
            List<Task> standingIn = Boolean.FALSE.equals(filter.mine()) ? List.of() : standingIn(filter);
            if (standingIn.isEmpty()) {
                return views(query.listPage(from, size).stream().filter(task -> !excluded(task)).toList());
            }
            // the few tasks taken for a proposal's creator, merged into the page in the inbox's order
            Set<String> seen = new java.util.HashSet<>();
            return views(java.util.stream.Stream.concat(query.listPage(0, from + size).stream()
                            .filter(task -> !excluded(task)), standingIn.stream())
                    .filter(task -> seen.add(task.getId()))
                    .sorted(order(filter)).skip(from).limit(size).toList());
        });
    }

    private static TaskQuery filtered(TaskQuery query, InboxFilter filter) {
        if (filter.key() != null && !filter.key().isBlank()) {
            query.taskDefinitionKey(filter.key());
        }
        if (filter.sector() != null && !filter.sector().isBlank()) {
            query.processVariableValueEquals(GrantLifecycle.VAR_SECTOR, filter.sector());
        }
        Instant dueBefore = filter.due().before(Instant.now());
        if (dueBefore != null) {
            query.dueBefore(Date.from(dueBefore));
        }
        if (filter.followUpBefore() != null) {
            query.followUpBefore(Date.from(filter.followUpBefore()));
        }
        return query;
    }

    private static void ordered(TaskQuery query, InboxFilter filter) {
        if (filter.byDue()) {
            query.orderByDueDate().asc().orderByTaskCreateTime().desc();
        } else {
            query.orderByTaskCreateTime().desc();
        }
    }

    /** The engine's order of the inbox, for merging: soonest due first (none last) or newest first. */
    private static java.util.Comparator<Task> order(InboxFilter filter) {
        java.util.Comparator<Task> newest = java.util.Comparator.comparing(Task::getCreateTime,
                java.util.Comparator.nullsLast(java.util.Comparator.<Date>reverseOrder()));
        return filter.byDue() ? java.util.Comparator.comparing(Task::getDueDate,
                java.util.Comparator.nullsLast(java.util.Comparator.<Date>naturalOrder())).thenComparing(newest) : newest;
    }

    /**
     * The applicant's reporting tasks of the filter's countries that the user takes for a
     * proposal's creator as its co-applicant (ADR 0035), held by that creator; none for most users.
     */
    private List<Task> standingIn(InboxFilter filter) {
        List<Task> found = new java.util.ArrayList<>();
        for (String tenant : filter.tenants()) {
            found.addAll(standingIn(tenant, query -> filtered(query, filter)));
        }
        return found;
    }

    /** The same in one country, the engine's query narrowed by {@code narrowed} (a filter, a due date). */
    private List<Task> standingIn(String tenant, java.util.function.UnaryOperator<TaskQuery> narrowed) {
        Map<Long, String> creators = context.runIn(tenant, standIns::ofSignedInUser);
        if (creators.isEmpty()) {
            return List.of();
        }
        List<Task> candidates = narrowed.apply(tasks.createTaskQuery().initializeFormKeys().tenantIdIn(tenant)
                .taskDefinitionKeyIn(ApplicantTasks.KEYS.toArray(String[]::new))
                .processInstanceBusinessKeyIn(creators.keySet().stream().map(String::valueOf).toArray(String[]::new))
                .taskAssigneeIn(creators.values().stream().distinct().toArray(String[]::new))).list();
        Map<String, Long> proposals = proposalsOf(candidates);
        return candidates.stream().filter(task -> ApplicantTasks.takenBy(creators, task.getTaskDefinitionKey(),
                proposals.get(task.getProcessInstanceId()), task.getAssignee())).toList();
    }

    /** Whether the user takes this open task, held by someone else, for the creator of its proposal. */
    private boolean standsIn(Task task) {
        if (task.getAssignee() == null || !ApplicantTasks.KEYS.contains(task.getTaskDefinitionKey())) {
            return false;
        }
        return ApplicantTasks.takenBy(standIns.ofSignedInUser(), task.getTaskDefinitionKey(),
                proposalsOf(List.of(task)).get(task.getProcessInstanceId()), task.getAssignee());
    }

    /** The proposal of each task's process instance, by its business key. */
    private Map<String, Long> proposalsOf(List<Task> found) {
        Set<String> instanceIds = found.stream().map(Task::getProcessInstanceId)
                .filter(Objects::nonNull).collect(Collectors.toSet());
        return instanceIds.isEmpty() ? Map.of()
                : runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list().stream()
                .filter(pi -> pi.getBusinessKey() != null && pi.getBusinessKey().matches("\\d{1,18}"))
                .collect(Collectors.toMap(ProcessInstance::getId, pi -> Long.valueOf(pi.getBusinessKey())));
    }

    @Override
    public TaskView task(String taskId) {
        return asUser(() -> views(List.of(visibleTask(taskId))).get(0));
    }

    @Override
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

    @Override
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

    @Override
    public void complete(String taskId, String expectedKey, Map<String, Object> variables) {
        asUser(() -> {
            Task task = visibleTask(taskId);
            if (!expectedKey.equals(task.getTaskDefinitionKey())) {
                throw new ConflictException("This task is a " + task.getName() + ", not the step you submitted")
                        .withKey("error.task.otherStep");
            }
            if (task.getAssignee() != null && !task.getAssignee().equals(user.username())) {
                if (!standsIn(task)) {
                    throw new ConflictException("This task is claimed by " + task.getAssignee())
                            .withKey("error.task.claimedBy", task.getAssignee());
                }
                // a co-applicant files it for the creator: the engine's history names who did
                tasks.setAssignee(taskId, user.username());
            }
            if (task.getAssignee() == null) {
                tasks.claim(taskId, user.username());
            }
            tasks.complete(taskId, variables);
            return null;
        });
    }

    @Override
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

    @Override
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

    /** The engine's clock decides what "now" is, as it does for the due dates it sets. */
    @Override
    public OverdueCounts overdue() {
        return asUser(() -> {
            Date now = ClockUtil.getCurrentTime();
            long all = tasks.createTaskQuery().tenantIdIn(context.current()).dueBefore(now).count();
            long reports = tasks.createTaskQuery().tenantIdIn(context.current()).dueBefore(now)
                    .taskDefinitionKeyIn(GrantLifecycle.SUBMIT_REPORTS, GrantLifecycle.SUBMIT_FINAL_REPORT).count();
            long hidden = visibleTasks().dueBefore(now).taskDefinitionKey(GrantLifecycle.DECLARE_CONFLICT)
                    .list().stream().filter(this::excluded).count();
            // with the applicant's reporting tasks the user takes as a co-applicant (ADR 0035), as the inbox shows them
            long standingIn = standingIn(context.current(), query -> query.dueBefore(now)).size();
            long mine = visibleTasks().dueBefore(now).count() - hidden + standingIn;
            return new OverdueCounts(all, reports, mine);
        });
    }

    @Override
    public List<OpenTask> openTasks(long proposalId) {
        return open.ofProposal(proposalId);
    }

    @Override
    public List<OpenTask> dueBefore(Instant limit) {
        return open.dueBefore(limit);
    }

    @Override
    public Map<String, Long> openTaskCounts(java.util.Collection<String> assignees, java.util.Collection<String> taskKeys) {
        return open.counts(assignees, taskKeys);
    }

    @Override
    public void handOver(String taskId, String assignee) {
        open.handOver(taskId, assignee);
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
        Task applicants = tasks.createTaskQuery().initializeFormKeys().taskId(taskId).tenantIdIn(context.current())
                .taskDefinitionKeyIn(ApplicantTasks.KEYS.toArray(String[]::new)).singleResult();
        if (applicants != null && standsIn(applicants)) {
            return applicants;
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
        } catch (TaskAlreadyClaimedException | NullValueException | OptimisticLockingException e) {
            throw translated(e);
        } finally {
            identity.clearAuthentication();
        }
    }

    /**
     * The engine's failures that another user's work explains, as the application's conflict: a
     * claim that came first, a task or execution gone because someone completed it, and two steps
     * finishing on the same instance at once (the engine's optimistic lock; the caller's
     * transaction rolls back).
     */
    static ConflictException translated(ProcessEngineException e) {
        ConflictException conflict;
        if (e instanceof TaskAlreadyClaimedException) {
            conflict = new ConflictException("This task was claimed by someone else meanwhile")
                    .withKey("error.task.claimedMeanwhile");
        } else if (e instanceof NullValueException) {
            conflict = new ConflictException("This task was completed by someone else meanwhile")
                    .withKey("error.task.completedMeanwhile");
        } else {
            conflict = new ConflictException("Someone else changed this meanwhile; reload and try again")
                    .withKey("error.changedMeanwhile");
        }
        conflict.initCause(e);
        return conflict;
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
                    task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                    task.getFollowUpDate() == null ? null : task.getFollowUpDate().toInstant(), task.getFormKey());
        }).toList();
    }
}
