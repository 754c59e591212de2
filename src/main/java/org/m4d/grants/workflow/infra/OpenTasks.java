package org.m4d.grants.workflow.infra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.m4d.grants.platform.domain.NotFoundException;
import org.m4d.grants.platform.application.TenantContext;
import org.m4d.grants.workflow.domain.GrantLifecycle;
import org.m4d.grants.workflow.domain.OpenTask;

/**
 * Open tasks of the current country as the notification context needs them, whoever holds them:
 * the engine's tasks with their candidate groups and the reviewers excluded from them.
 */
@ApplicationScoped
public class OpenTasks {

    @Inject
    TaskService tasks;

    @Inject
    TenantContext context;

    List<OpenTask> ofProposal(long proposalId) {
        return tasks.createTaskQuery().tenantIdIn(context.current())
                .processVariableValueEquals(GrantLifecycle.VAR_PROPOSAL_ID, proposalId)
                .list().stream().map(t -> view(t, proposalId)).toList();
    }

    List<OpenTask> dueBefore(Instant limit) {
        return tasks.createTaskQuery().tenantIdIn(context.current()).dueBefore(Date.from(limit))
                .orderByDueDate().asc().list().stream()
                .filter(t -> tasks.getVariable(t.getId(), GrantLifecycle.VAR_PROPOSAL_ID) instanceof Number)
                .map(t -> view(t, ((Number) tasks.getVariable(t.getId(), GrantLifecycle.VAR_PROPOSAL_ID)).longValue()))
                .toList();
    }

    /** Open tasks of the kinds per user, one count query each (an agency's pool is a handful of people). */
    Map<String, Long> counts(Collection<String> assignees, Collection<String> taskKeys) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String assignee : assignees) {
            counts.put(assignee, tasks.createTaskQuery().tenantIdIn(context.current()).taskAssignee(assignee)
                    .taskDefinitionKeyIn(taskKeys.toArray(String[]::new)).count());
        }
        return counts;
    }

    /** Sets the assignee of an open task of the current country; another country's task is not found. */
    void handOver(String taskId, String assignee) {
        Task task = tasks.createTaskQuery().taskId(taskId).tenantIdIn(context.current()).singleResult();
        if (task == null) {
            throw new NotFoundException("Task");
        }
        tasks.setAssignee(taskId, assignee);
    }

    private OpenTask view(Task task, long proposalId) {
        List<String> groups = tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(l -> l.getGroupId()).toList();
        return new OpenTask(task.getId(), task.getTaskDefinitionKey(), task.getName(), proposalId, task.getAssignee(),
                groups, excluded(task), task.getDueDate() == null ? null : task.getDueDate().toInstant());
    }

    private List<String> excluded(Task task) {
        if (!GrantLifecycle.DECLARE_CONFLICT.equals(task.getTaskDefinitionKey())) {
            return List.of();
        }
        try {
            return TaskNoticeListener.names(tasks.getVariable(task.getId(), GrantLifecycle.VAR_EXCLUDED_REVIEWERS));
        } catch (NullValueException completedMeanwhile) {
            return List.of();
        }
    }
}
