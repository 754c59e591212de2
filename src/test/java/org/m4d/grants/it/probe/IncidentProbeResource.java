package org.m4d.grants.it.probe;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;

/**
 * Test-only endpoints, added to the deployment by {@code IncidentsIT}: start a probe process in
 * Nepal whose step fails (an incident once its retries are spent), and fix the step's cause.
 */
@Path("incident-probe")
@Produces(MediaType.APPLICATION_JSON)
public class IncidentProbeResource {

    @Inject
    RuntimeService runtime;

    @Inject
    RepositoryService repository;

    @POST
    @Path("start")
    public Map<String, Object> start(@QueryParam("process") String process, @QueryParam("key") String key) {
        repository.createDeployment().name("incident-probe").enableDuplicateFiltering(true)
                .addClasspathResource("it-probe/incident-probe.bpmn").deploy();
        String instance = runtime.startProcessInstanceByKey(process, key, Map.of("tenantId", "NP")).getId();
        return Map.of("instanceId", instance);
    }

    @POST
    @Path("fix")
    public Map<String, Object> fix(@QueryParam("key") String key) {
        IncidentProbeSteps.FIXED.add(key);
        return Map.of("fixed", key);
    }
}
