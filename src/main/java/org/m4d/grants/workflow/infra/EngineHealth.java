package org.m4d.grants.workflow.infra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/** Whether the engine runs and reaches its tables, and whether its job executor runs timers and async steps. */
@ApplicationScoped
public class EngineHealth {

    @Inject
    WorkflowEngine engine;

    /** A probe answers "down" rather than failing: any failure of the engine is its answer. */
    public boolean up() {
        try {
            return engine.running() && engine.engine().getManagementService().getProperties().containsKey("schema.version");
        } catch (RuntimeException e) {
            return false;
        }
    }

    public boolean jobExecutorRunning() {
        return engine.running() && engine.engine().getProcessEngineConfiguration() instanceof ProcessEngineConfigurationImpl cfg
                && cfg.getJobExecutor() != null && cfg.getJobExecutor().isActive();
    }
}
