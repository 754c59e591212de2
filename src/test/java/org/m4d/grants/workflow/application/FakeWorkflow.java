package org.m4d.grants.workflow.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.m4d.grants.identity.application.CurrentUser;
import org.m4d.grants.platform.application.TenantContext;
import org.m4d.grants.platform.domain.ConflictException;
import org.m4d.grants.platform.domain.NotFoundException;
import org.m4d.grants.workflow.domain.DiagramView;
import org.m4d.grants.workflow.domain.InboxFilter;
import org.m4d.grants.workflow.domain.OpenTask;
import org.m4d.grants.workflow.domain.OverdueCounts;
import org.m4d.grants.workflow.domain.TaskView;

/**
 * The workflow port in memory, for unit tests of the use cases: open tasks per country that a test
 * offers, and a record of what the use cases asked of the workflow (lifecycles started, tasks
 * completed with their variables, withdrawals). Keeps the port's contract where the use cases rely
 * on it: a task of another country is not found, a task of another kind or claimed by someone else
 * is a conflict, a completed task is gone.
 */
public class FakeWorkflow implements Workflow {

    /** A lifecycle started, with the country it was started in. */
    public record Start(long proposalId, String tenant, Map<String, Object> routing, String instanceId) {
    }

    /** A task completed with its variables. */
    public record Completion(String taskId, String key, Map<String, Object> variables) {
    }

    private final TenantContext context;
    private final Map<String, TaskView> open = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> variables = new HashMap<>();
    private final Map<String, List<String>> waiting = new HashMap<>();
    private final List<Start> starts = new ArrayList<>();
    private final List<Completion> completions = new ArrayList<>();
    private final List<String> withdrawals = new ArrayList<>();
    private final Map<String, List<OpenTask>> held = new HashMap<>();
    private final CurrentUser user;
    private int next;

    public FakeWorkflow(TenantContext context, CurrentUser user) {
        this.context = context;
        this.user = user;
    }

    /** Offers an open task of a proposal in the tenant context's country; returns its id. */
    public String offer(String key, long proposalId, String assignee, Map<String, Object> taskVariables) {
        String id = "task-" + ++next;
        open.put(id, new TaskView(id, key, key, context.current(), proposalId, assignee, Instant.now(), null,
                null, "tasks/" + key + ".xhtml"));
        variables.put(id, new HashMap<>(taskVariables));
        return id;
    }

    /** Sets the steps a lifecycle waits in. */
    public void waitsIn(String instanceId, List<String> activities) {
        waiting.put(instanceId, activities);
    }

    public List<Start> starts() {
        return starts;
    }

    public List<Completion> completions() {
        return completions;
    }

    public List<String> withdrawals() {
        return withdrawals;
    }

    @Override
    public String startLifecycle(long proposalId, Map<String, Object> routing) {
        String instanceId = "lifecycle-" + ++next;
        starts.add(new Start(proposalId, context.current(), Map.copyOf(routing), instanceId));
        waiting.put(instanceId, List.of("screenEligibility"));
        return instanceId;
    }

    @Override
    public String startCase(String processKey, long proposalId, Map<String, Object> variables) {
        String instanceId = processKey + "-" + ++next;
        starts.add(new Start(proposalId, context.current(), Map.copyOf(variables), instanceId));
        return instanceId;
    }

    @Override
    public void withdraw(String processInstanceId) {
        if (waiting.remove(processInstanceId) == null) {
            throw new NotFoundException("Workflow");
        }
        withdrawals.add(processInstanceId);
    }

    @Override
    public Object variable(String taskId, String name) {
        return variables.get(task(taskId).id()).get(name);
    }

    @Override
    public List<TaskView> inbox(String key, Boolean mine, int first, int max) {
        return inbox(new InboxFilter(List.of(context.current()), key, mine, null, InboxFilter.Due.ANY, false, null),
                first, max);
    }

    @Override
    public List<TaskView> inbox(InboxFilter filter, int first, int max) {
        return open.values().stream().filter(t -> filter.tenants().contains(t.tenant()))
                .filter(t -> filter.key() == null || filter.key().equals(t.key()))
                .skip(first).limit(max).toList();
    }

    @Override
    public TaskView task(String taskId) {
        TaskView task = open.get(taskId);
        if (task == null || !task.tenant().equals(context.current())) {
            throw new NotFoundException("Task");
        }
        return task;
    }

    @Override
    public void claim(String taskId) {
        TaskView task = task(taskId);
        if (task.assignee() != null && !task.assignee().equals(user.username())) {
            throw new ConflictException("This task is already claimed by " + task.assignee())
                    .withKey("error.task.claimedBy", task.assignee());
        }
        open.put(taskId, assigned(task, user.username()));
    }

    @Override
    public void unclaim(String taskId) {
        open.put(taskId, assigned(task(taskId), null));
    }

    @Override
    public void complete(String taskId, String expectedKey, Map<String, Object> taskVariables) {
        TaskView task = task(taskId);
        if (!expectedKey.equals(task.key())) {
            throw new ConflictException("This task is a " + task.name() + ", not the step you submitted")
                    .withKey("error.task.otherStep");
        }
        if (task.assignee() != null && !task.assignee().equals(user.username())) {
            throw new ConflictException("This task is claimed by " + task.assignee())
                    .withKey("error.task.claimedBy", task.assignee());
        }
        open.remove(taskId);
        completions.add(new Completion(taskId, expectedKey, Map.copyOf(taskVariables)));
    }

    @Override
    public List<String> activeActivities(String processInstanceId) {
        return waiting.getOrDefault(processInstanceId, List.of());
    }

    @Override
    public DiagramView diagram(String processInstanceId) {
        if (!waiting.containsKey(processInstanceId)) {
            throw new NotFoundException("Workflow");
        }
        return new DiagramView("grantLifecycle", "<definitions/>", waiting.get(processInstanceId), List.of());
    }

    @Override
    public OverdueCounts overdue() {
        return OverdueCounts.NONE;
    }

    /** A task as the notification context sees it, open in the tenant context's country. */
    public void hold(OpenTask task) {
        held.computeIfAbsent(context.current(), c -> new ArrayList<>()).add(task);
    }

    @Override
    public List<OpenTask> openTasks(long proposalId) {
        return held.getOrDefault(context.current(), List.of()).stream().filter(t -> t.proposalId() == proposalId).toList();
    }

    @Override
    public List<OpenTask> dueBefore(Instant limit) {
        return held.getOrDefault(context.current(), List.of()).stream()
                .filter(t -> t.due() != null && t.due().isBefore(limit)).toList();
    }

    @Override
    public Map<String, Long> openTaskCounts(java.util.Collection<String> assignees, java.util.Collection<String> taskKeys) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String assignee : assignees) {
            counts.put(assignee, held.getOrDefault(context.current(), List.of()).stream()
                    .filter(t -> assignee.equals(t.assignee()) && taskKeys.contains(t.key())).count());
        }
        return counts;
    }

    @Override
    public void handOver(String taskId, String assignee) {
        List<OpenTask> tasks = held.getOrDefault(context.current(), new ArrayList<>());
        OpenTask task = tasks.stream().filter(t -> t.id().equals(taskId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Task"));
        tasks.set(tasks.indexOf(task), new OpenTask(task.id(), task.key(), task.name(), task.proposalId(), assignee,
                task.candidateGroups(), task.excluded(), task.due()));
    }

    private static TaskView assigned(TaskView task, String assignee) {
        return new TaskView(task.id(), task.key(), task.name(), task.tenant(), task.proposalId(), assignee,
                task.created(), task.due(), task.followUp(), task.formKey());
    }
}
