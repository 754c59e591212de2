package org.m4d.grants.workflow;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.m4d.grants.workflow.infra.TenantOfInstance;

/**
 * An in-memory engine configured like the application's where it matters to the models: the same
 * tenant provider and history level; beans are {@code Mocks}; no job executor, so tests drive jobs.
 */
final class ProcessTestEngine {

    private static ProcessEngine engine;

    private ProcessTestEngine() {
    }

    static synchronized ProcessEngine get() {
        if (engine == null) {
            StandaloneInMemProcessEngineConfiguration cfg = new StandaloneInMemProcessEngineConfiguration();
            cfg.setProcessEngineName("process-tests");
            cfg.setJdbcUrl("jdbc:h2:mem:process-tests;DB_CLOSE_DELAY=1000");
            cfg.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
            cfg.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
            cfg.setJobExecutorActivate(false);
            cfg.setExpressionManager(new MockExpressionManager());
            cfg.setTenantIdProvider(new TenantOfInstance());
            cfg.setTenantCheckEnabled(true);
            cfg.setJavaSerializationFormatEnabled(false);
            cfg.setMetricsEnabled(false);
            engine = cfg.buildProcessEngine();
        }
        return engine;
    }
}
