package org.m4d.grants.workflow.infra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.m4d.grants.workflow.application.FailedJobs;

/**
 * Reports the engine's incidents (docs/adr/0030): {@code degraded} while any exists, with their
 * number, so that /health and /health/ready say so. It stays UP: an incident lives in the shared
 * database and is the same on every node, so taking a node out of the balancer would help nothing
 * and, with every node reporting it, take the whole app out. When the engine's tables cannot be
 * read the number is unknown: DOWN, as the engine check is.
 */
@Readiness
@ApplicationScoped
public class IncidentReadiness implements HealthCheck {

    static final String NAME = "incidents";

    @Inject
    FailedJobs jobs;

    @Override
    public HealthCheckResponse call() {
        long incidents;
        try {
            incidents = jobs.incidents();
        } catch (RuntimeException e) {
            // the engine's tables cannot be read: the engine and database checks say why
            return HealthCheckResponse.named(NAME).down().withData("state", "unknown").build();
        }
        return HealthCheckResponse.named(NAME).up().withData("state", incidents == 0 ? "ok" : "degraded")
                .withData("incidents", incidents).build();
    }
}
