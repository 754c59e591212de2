package org.m4d.grants.workflow.infra;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.UserTransaction;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.JakartaTransactionProcessEngineConfiguration;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.eclipse.microprofile.config.ConfigProvider;
import org.m4d.grants.platform.application.TenantContext;
import org.m4d.grants.platform.infra.ApplicationDataSource;
import org.m4d.grants.platform.infra.NodeSettings;
import org.m4d.grants.workflow.application.TaskNotice;
import org.m4d.grants.workflow.domain.GrantAmendment;
import org.m4d.grants.workflow.domain.AssuranceModel;
import org.m4d.grants.workflow.domain.GrantLifecycle;
import org.m4d.grants.workflow.domain.FormTable;
import org.m4d.grants.workflow.domain.HactTables;

/**
 * The embedded Camunda engine, built once at start-up on the application's datasource and JTA
 * transaction manager: an engine call joins the caller's transaction, so a workflow step and the
 * JPA changes made in it commit or roll back together. See docs/adr/0002.
 */
@ApplicationScoped
public class WorkflowEngine {

    private static final Logger LOG = Logger.getLogger(WorkflowEngine.class.getName());
    private static final String TRANSACTION_MANAGER = "java:appserver/TransactionManager";
    private static final int JOB_THREADS = 4;
    private static final String HISTORY = "m4d.engine.history";

    /** Tenants with their own models in {@code bpmn/tenants/<CODE>/}, and which. */
    private static final Map<String, List<String>> TENANT_OVERRIDES = Map.of(
            "TN", List.of("approval-authority.dmn", "hact-modalities.dmn"));

    @Resource(lookup = ApplicationDataSource.JNDI_NAME)
    DataSource dataSource;

    @Resource
    ManagedThreadFactory threadFactory;

    @Resource
    UserTransaction userTransaction;

    @Inject
    BeanManager beanManager;

    @Inject
    Event<TaskNotice> notices;

    @Inject
    TenantContext context;

    @Inject
    NodeSettings node;

    private ProcessEngine engine;

    public synchronized void start() {
        if (engine != null) {
            return;
        }
        long started = System.nanoTime();
        JakartaTransactionProcessEngineConfiguration cfg = new JakartaTransactionProcessEngineConfiguration();
        cfg.setProcessEngineName("m4d-grants");
        cfg.setDataSource(dataSource);
        cfg.setTransactionManager(new EnlistingTransactionManager(transactionManager(), userTransaction));
        cfg.setTransactionsExternallyManaged(true);
        cfg.setDatabaseSchemaUpdate("true");
        // UUIDs need no id-block transactions of their own: such "requires new" transactions hung the
        // job executor under Payara's transaction manager in trials (docs/adr/0002).
        cfg.setIdGenerator(new StrongUuidGenerator());
        HistoryLevel history = StoredHistoryLevel.named(historyLevel());
        alignStoredHistory(history);
        cfg.setCustomHistoryLevels(List.of(new LeanHistory()));
        cfg.setHistory(history.getName());
        // every node runs jobs; a job a dead node had taken is free again once its lock time is over
        cfg.setJobExecutor(new ManagedJobExecutor(threadFactory, JOB_THREADS, node.name(), node.jobLockTime()));
        cfg.setJobExecutorActivate(true);
        cfg.setBeans(new CdiBeans(beanManager));
        // the engine adds its own listeners to this list
        cfg.setCustomPostBPMNParseListeners(new ArrayList<>(List.of(new TaskNoticeParseListener(new TaskNoticeListener(
                notice -> context.runIn(notice.tenantId(), () -> notices.fire(notice)))))));
        // authorization lives in the application layer; the engine still filters by tenant
        cfg.setAuthorizationEnabled(false);
        cfg.setTenantCheckEnabled(true);
        cfg.setTenantIdProvider(new TenantOfInstance());
        cfg.setJavaSerializationFormatEnabled(false);
        cfg.setMetricsEnabled(false);
        engine = cfg.buildProcessEngine();
        deployModels();
        LOG.info(() -> String.format("Workflow engine started and models deployed in %d ms; jobs run as %s, locked for %s",
                (System.nanoTime() - started) / 1_000_000, node.name(), node.jobLockTime()));
    }

    /**
     * Deploys the shared models, then each tenant's overrides from {@code bpmn/tenants/<CODE>/}
     * under that tenant; unchanged models are not deployed again.
     */
    private void deployModels() {
        engine.getRepositoryService().createDeployment()
                .name("m4d-grants")
                .enableDuplicateFiltering(true)
                .addClasspathResource(GrantLifecycle.RESOURCE)
                .addClasspathResource(GrantLifecycle.IMPLEMENTATION_RESOURCE)
                .addClasspathResource(GrantLifecycle.APPROVAL_AUTHORITY_DMN)
                .addClasspathResource(GrantLifecycle.FACE_LIQUIDATION_RESOURCE)
                .addClasspathResource(HactTables.MODALITIES_DMN)
                .addClasspathResource(HactTables.ASSURANCE_PLAN_DMN)
                .addClasspathResource(FormTable.FORM_LENGTH_DMN)
                .addClasspathResource(GrantAmendment.RESOURCE)
                .addClasspathResource(AssuranceModel.RESOURCE)
                .deploy();
        TENANT_OVERRIDES.forEach((tenant, models) -> {
            DeploymentBuilder deployment = engine.getRepositoryService().createDeployment()
                    .name("m4d-grants-" + tenant)
                    .tenantId(tenant)
                    .enableDuplicateFiltering(true);
            models.forEach(model -> deployment.addClasspathResource(GrantLifecycle.TENANT_MODELS + tenant + "/" + model));
            deployment.deploy();
        });
    }

    /**
     * {@code m4d.engine.history}, by default the application's own lean level
     * (docs/adr/0017-engine-history-level.md); the benchmark sets it to compare levels.
     */
    private static String historyLevel() {
        return ConfigProvider.getConfig().getOptionalValue(HISTORY, String.class).orElse(LeanHistory.NAME);
    }

    private void alignStoredHistory(HistoryLevel history) {
        try {
            if (StoredHistoryLevel.align(dataSource, history)) {
                LOG.info(() -> "Engine history level of the existing database changed to " + history.getName());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The engine's stored history level could not be read or changed", e);
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (engine != null) {
            engine.close();
            engine = null;
        }
    }

    public boolean running() {
        return engine != null;
    }

    private static TransactionManager transactionManager() {
        try {
            return (TransactionManager) new InitialContext().lookup(TRANSACTION_MANAGER);
        } catch (NamingException e) {
            throw new IllegalStateException("No JTA transaction manager at " + TRANSACTION_MANAGER, e);
        }
    }

    ProcessEngine engine() {
        if (engine == null) {
            throw new IllegalStateException("The workflow engine has not started");
        }
        return engine;
    }

    @Produces
    RuntimeService runtimeService() {
        return engine().getRuntimeService();
    }

    @Produces
    TaskService taskService() {
        return engine().getTaskService();
    }

    @Produces
    IdentityService identityService() {
        return engine().getIdentityService();
    }

    @Produces
    HistoryService historyService() {
        return engine().getHistoryService();
    }

    @Produces
    ManagementService managementService() {
        return engine().getManagementService();
    }

    @Produces
    RepositoryService repositoryService() {
        return engine().getRepositoryService();
    }

    @Produces
    DecisionService decisionService() {
        return engine().getDecisionService();
    }
}
