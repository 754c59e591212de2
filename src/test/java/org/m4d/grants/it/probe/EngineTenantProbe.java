package org.m4d.grants.it.probe;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.management.ActivityStatistics;
import org.camunda.bpm.engine.management.ProcessDefinitionStatistics;

/**
 * A test-only endpoint, added to the deployment by {@code TenantIsolationIT}: runs the engine's
 * queries of history, statistics and diagrams about one process instance as a given user of given
 * tenants, the way the application authenticates every engine call, and reports what each saw.
 */
@Path("it-engine-probe")
@Produces(MediaType.APPLICATION_JSON)
public class EngineTenantProbe {

    @Inject
    IdentityService identity;

    @Inject
    RuntimeService runtime;

    @Inject
    HistoryService history;

    @Inject
    TaskService tasks;

    @Inject
    ManagementService management;

    @GET
    public Map<String, Object> seen(@QueryParam("user") String user, @QueryParam("groups") String groups,
                                    @QueryParam("tenant") String tenant, @QueryParam("instance") String instance) {
        String definition = history.createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult()
                .getProcessDefinitionId();
        Map<String, Object> seen = new LinkedHashMap<>();
        seen.put("activityStatisticsOfAll", activityStatistics(definition));
        identity.setAuthentication(user, Arrays.asList(groups.split(",")), List.of(tenant));
        try {
            seen.put("runtimeInstances", runtime.createProcessInstanceQuery().processInstanceId(instance).count());
            seen.put("executions", runtime.createExecutionQuery().processInstanceId(instance).count());
            seen.put("variables", runtime.createVariableInstanceQuery().processInstanceIdIn(instance).count());
            seen.put("tasks", tasks.createTaskQuery().processInstanceId(instance).count());
            seen.put("jobs", management.createJobQuery().processInstanceId(instance).count());
            seen.put("historicInstances", history.createHistoricProcessInstanceQuery().processInstanceId(instance).count());
            seen.put("historicActivities", history.createHistoricActivityInstanceQuery().processInstanceId(instance).count());
            seen.put("historicTasks", history.createHistoricTaskInstanceQuery().processInstanceId(instance).count());
            seen.put("historicVariables", history.createHistoricVariableInstanceQuery().processInstanceId(instance).count());
            seen.put("historicDetails", history.createHistoricDetailQuery().processInstanceId(instance).count());
            seen.put("userOperations", history.createUserOperationLogQuery().processInstanceId(instance).count());
            seen.put("activityStatistics", activityStatistics(definition));
            seen.put("definitionStatistics", management.createProcessDefinitionStatisticsQuery().list().stream()
                    .mapToLong(ProcessDefinitionStatistics::getInstances).sum());
            seen.put("visibleInstances", runtime.createProcessInstanceQuery().count());
            seen.put("activeActivityIds", outcome(() -> runtime.getActiveActivityIds(instance).size()));
            seen.put("variablesOfInstance", outcome(() -> runtime.getVariables(instance).size()));
        } finally {
            identity.clearAuthentication();
        }
        return seen;
    }

    private long activityStatistics(String definition) {
        return management.createActivityStatisticsQuery(definition).list().stream()
                .mapToLong(ActivityStatistics::getInstances).sum();
    }

    /** What a call that takes an instance id directly returned, or "refused" when the engine refused it. */
    private static Object outcome(java.util.function.Supplier<Object> call) {
        try {
            return call.get();
        } catch (ProcessEngineException refused) {
            return "refused";
        }
    }
}
