package org.m4d.grants.platform.infra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.m4d.grants.platform.application.DatabaseReach;

/** Ready when the application's database gives a valid connection within two seconds. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    static final String NAME = "database";

    @Inject
    DatabaseReach database;

    @Override
    public HealthCheckResponse call() {
        return new HealthCheckResponse(NAME, database.reachable() ? HealthCheckResponse.Status.UP : HealthCheckResponse.Status.DOWN, Optional.empty());
    }
}
