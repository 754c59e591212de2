package org.m4d.grants.workflow.infra;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.m4d.grants.workflow.application.TaskNotice;
import org.m4d.grants.workflow.domain.GrantLifecycle;
import org.m4d.grants.workflow.domain.OpenTask;

/**
 * Tells of every user task created or handed to someone, inside the engine's command and so in
 * the step's transaction. The engine fires "assignment" right after "create" for a task created
 * with an assignee; that one is the creation already told, so it is not told twice.
 */
public class TaskNoticeListener implements TaskListener {

    /** The task whose creation with an assignee this thread has just told, until its assignment event. */
    private static final ThreadLocal<String> JUST_CREATED = new ThreadLocal<>();

    private final Consumer<TaskNotice> sink;

    public TaskNoticeListener(Consumer<TaskNotice> sink) {
        this.sink = sink;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            if (task.getAssignee() != null) {
                JUST_CREATED.set(task.getId());
            }
            sink.accept(new TaskNotice(TaskNotice.Kind.CREATED, task.getTenantId(), view(task)));
        } else if (EVENTNAME_ASSIGNMENT.equals(task.getEventName()) && task.getAssignee() != null) {
            if (task.getId().equals(JUST_CREATED.get())) {
                JUST_CREATED.remove();
                return;
            }
            sink.accept(new TaskNotice(TaskNotice.Kind.ASSIGNED, task.getTenantId(), view(task)));
        }
    }

    private static OpenTask view(DelegateTask task) {
        List<String> groups = task.getCandidates().stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(l -> l.getGroupId()).toList();
        Object proposal = task.getVariable(GrantLifecycle.VAR_PROPOSAL_ID);
        return new OpenTask(task.getId(), task.getTaskDefinitionKey(), task.getName(),
                ((Number) proposal).longValue(), task.getAssignee(), groups,
                names(task.getVariable(GrantLifecycle.VAR_EXCLUDED_REVIEWERS)),
                task.getDueDate() == null ? null : task.getDueDate().toInstant());
    }

    /** The user names of a comma-separated variable such as the excluded reviewers; none for null or blank. */
    static List<String> names(Object variable) {
        if (variable == null || variable.toString().isBlank()) {
            return List.of();
        }
        return Arrays.stream(variable.toString().split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
