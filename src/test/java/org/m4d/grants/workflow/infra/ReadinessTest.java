package org.m4d.grants.workflow.infra;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

/** The engine's readiness checks answer what the engine says, under their names. */
class ReadinessTest {

    /** An engine that is up or down, and whose job executor runs or not, as the test says. */
    private static EngineHealth engine(boolean up, boolean jobs) {
        return new EngineHealth() {
            @Override
            public boolean up() {
                return up;
            }

            @Override
            public boolean jobExecutorRunning() {
                return jobs;
            }
        };
    }

    private static HealthCheckResponse engineCheck(EngineHealth health) {
        EngineReadiness check = new EngineReadiness();
        check.engine = health;
        return check.call();
    }

    private static HealthCheckResponse jobCheck(EngineHealth health) {
        JobExecutorReadiness check = new JobExecutorReadiness();
        check.engine = health;
        return check.call();
    }

    @Test
    void engineDownIsDown() {
        HealthCheckResponse response = engineCheck(engine(false, true));
        assertThat(response.getName()).isEqualTo("engine");
        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(engineCheck(engine(true, true)).getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
    }

    @Test
    void aStoppedJobExecutorIsDownWhileTheEngineIsUp() {
        HealthCheckResponse response = jobCheck(engine(true, false));
        assertThat(response.getName()).isEqualTo("job-executor");
        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(jobCheck(engine(true, true)).getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
    }

    @Test
    void anEngineThatNeverStartedIsDownOnBothChecks() {
        EngineHealth health = new EngineHealth();
        health.engine = new WorkflowEngine();
        assertThat(engineCheck(health).getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(jobCheck(health).getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
    }
}
