package org.m4d.grants.workflow.infra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Whether the engine runs and reaches its tables. */
@ApplicationScoped
public class EngineHealth {

    @Inject
    WorkflowEngine engine;

    public boolean up() {
        try {
            return engine.running() && engine.engine().getManagementService().getProperties().containsKey("schema.version");
        } catch (RuntimeException e) {
            return false;
        }
    }
}
