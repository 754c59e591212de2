package org.m4d.grants.workflow.infra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.m4d.grants.platform.application.TenantContext;
import org.m4d.grants.workflow.application.LifecyclePositions;
import org.m4d.grants.workflow.domain.GrantLifecycle;
import org.m4d.grants.workflow.domain.LifecyclePosition;

/**
 * The lifecycles of a country on the embedded engine, in a fixed number of queries: the running
 * lifecycles, the running implementations (same business key), their open tasks, the jobs of the
 * asynchronous grant agreement (one query per deployed version of the model), the ended lifecycles
 * and, for each of the three end events, the instances that reached it.
 */
@ApplicationScoped
@Transactional
public class CamundaLifecyclePositions implements LifecyclePositions {

    private static final List<String> END_EVENTS = List.of(GrantLifecycle.GRANT_CLOSED,
            GrantLifecycle.PROPOSAL_REJECTED, GrantLifecycle.PROPOSAL_WITHDRAWN);

    @Inject
    RuntimeService runtime;

    @Inject
    TaskService tasks;

    @Inject
    HistoryService history;

    @Inject
    ManagementService management;

    @Inject
    TenantContext context;

    @Override
    public List<LifecyclePosition> ofCountry() {
        String country = context.current();
        Map<String, Set<String>> waiting = new HashMap<>();
        Map<String, String> keys = new HashMap<>();
        for (ProcessInstance lifecycle : runtime.createProcessInstanceQuery()
                .processDefinitionKey(GrantLifecycle.PROCESS_KEY).tenantIdIn(country).list()) {
            waiting.put(lifecycle.getId(), new HashSet<>());
            keys.put(lifecycle.getId(), lifecycle.getBusinessKey());
        }
        // an implementation carries its lifecycle's business key: its steps are the lifecycle's
        Map<String, String> lifecycleOfKey = new HashMap<>();
        keys.forEach((id, key) -> lifecycleOfKey.put(key, id));
        Map<String, String> lifecycleOf = new HashMap<>();
        waiting.keySet().forEach(id -> lifecycleOf.put(id, id));
        for (ProcessInstance implementation : runtime.createProcessInstanceQuery()
                .processDefinitionKey(GrantLifecycle.IMPLEMENTATION_KEY).tenantIdIn(country).list()) {
            String lifecycle = lifecycleOfKey.get(implementation.getBusinessKey());
            if (lifecycle != null) {
                lifecycleOf.put(implementation.getId(), lifecycle);
            }
        }
        for (Task task : tasks.createTaskQuery().tenantIdIn(country)
                .processDefinitionKeyIn(GrantLifecycle.PROCESS_KEY, GrantLifecycle.IMPLEMENTATION_KEY).list()) {
            String lifecycle = lifecycleOf.get(task.getProcessInstanceId());
            if (lifecycle != null) {
                waiting.get(lifecycle).add(task.getTaskDefinitionKey());
            }
        }
        for (JobDefinition definition : management.createJobDefinitionQuery()
                .activityIdIn(GrantLifecycle.CREATE_GRANT_AGREEMENT).list()) {
            for (Job job : management.createJobQuery().jobDefinitionId(definition.getId()).tenantIdIn(country).list()) {
                Set<String> steps = waiting.get(job.getProcessInstanceId());
                if (steps != null) {
                    steps.add(GrantLifecycle.CREATE_GRANT_AGREEMENT);
                }
            }
        }
        List<LifecyclePosition> positions = new ArrayList<>();
        waiting.forEach((id, steps) -> positions.add(new LifecyclePosition(id, keys.get(id), true, steps, null)));
        Map<String, String> endOf = new HashMap<>();
        for (String end : END_EVENTS) {
            for (HistoricActivityInstance reached : history.createHistoricActivityInstanceQuery().activityId(end)
                    .tenantIdIn(country).finished().list()) {
                endOf.put(reached.getProcessInstanceId(), end);
            }
        }
        for (HistoricProcessInstance ended : history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(GrantLifecycle.PROCESS_KEY).tenantIdIn(country).finished().list()) {
            positions.add(new LifecyclePosition(ended.getId(), ended.getBusinessKey(), false, Set.of(),
                    endOf.get(ended.getId())));
        }
        return positions;
    }
}
