package org.m4d.grants.workflow.infra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the workflow engine runs and reaches its tables: no step can be taken otherwise. */
@Readiness
@ApplicationScoped
public class EngineReadiness implements HealthCheck {

    static final String NAME = "engine";

    @Inject
    EngineHealth engine;

    @Override
    public HealthCheckResponse call() {
        return new HealthCheckResponse(NAME, engine.up() ? HealthCheckResponse.Status.UP : HealthCheckResponse.Status.DOWN, Optional.empty());
    }
}
