package org.m4d.grants.workflow.infra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the job executor runs: without it no timer fires and no grant agreement is created. */
@Readiness
@ApplicationScoped
public class JobExecutorReadiness implements HealthCheck {

    static final String NAME = "job-executor";

    @Inject
    EngineHealth engine;

    @Override
    public HealthCheckResponse call() {
        return new HealthCheckResponse(NAME, engine.jobExecutorRunning() ? HealthCheckResponse.Status.UP : HealthCheckResponse.Status.DOWN,
                Optional.empty());
    }
}
