package org.m4d.grants.bench;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.task.Task;
import org.m4d.grants.it.Slice;
import org.m4d.grants.workflow.ConfiguredDeadlines;
import org.m4d.grants.workflow.domain.GrantLifecycle;
import org.m4d.grants.workflow.infra.LeanHistory;
import org.m4d.grants.workflow.infra.TenantOfInstance;

/**
 * The same models on a bare Camunda engine in this JVM, on its own PostgreSQL database, with the
 * same history level and id generator but no application logic: service steps do nothing, users
 * are task queries and completions.
 */
final class BareLifecycles implements AutoCloseable {

    /** The service steps, without the application behind them. */
    public static class NoOpSteps {
        public List<String> reviewAgencies() {
            return List.of("IOM", "UNDP");
        }

        /** Nobody assigned: the bare engine's reviews wait in the agency's pool. */
        public String assignReviewer(DelegateExecution execution) {
            return null;
        }

        public void computeReviewScore(DelegateExecution execution) {
            execution.setVariable(GrantLifecycle.VAR_AVERAGE_SCORE, 4.0);
            execution.setVariable(GrantLifecycle.VAR_BEYOND_ENVELOPE, false);
        }

        public List<Integer> trancheNumbers(DelegateExecution execution) {
            return List.of(1, 2);
        }

        public void createAgreement(DelegateExecution execution) {
        }

        public void openTranche(DelegateExecution execution) {
        }

        public void remindCoordinator(DelegateExecution execution) {
        }

        public void remindReviewers(DelegateExecution execution) {
        }

        public void remindApplicant(DelegateExecution execution) {
        }

        public void deadline(DelegateExecution execution, String taskKey, String stage) {
        }
    }

    /** The shared decision table always. */
    public static class SharedTables {
        public String tenantFor(DelegateExecution execution, String key) {
            return null;
        }
    }

    private final ProcessEngine engine;

    BareLifecycles(String jdbcUrl, String user, String password, int threads, String history) {
        StandaloneProcessEngineConfiguration cfg = new StandaloneProcessEngineConfiguration();
        cfg.setProcessEngineName("bare-benchmark-" + history);
        cfg.setJdbcUrl(jdbcUrl);
        cfg.setJdbcUsername(user);
        cfg.setJdbcPassword(password);
        cfg.setJdbcDriver("org.postgresql.Driver");
        cfg.setJdbcMaxActiveConnections(threads * 3);
        cfg.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        cfg.setCustomHistoryLevels(List.of(new LeanHistory()));
        cfg.setHistory(history);
        cfg.setIdGenerator(new StrongUuidGenerator());
        cfg.setJobExecutorActivate(true);
        cfg.setBeans(Map.of("grantLifecycle", new NoOpSteps(), "decisionTables", new SharedTables(),
                "deadlines", ConfiguredDeadlines.bean()));
        cfg.setTenantIdProvider(new TenantOfInstance());
        cfg.setJavaSerializationFormatEnabled(false);
        cfg.setMetricsEnabled(false);
        engine = cfg.buildProcessEngine();
        engine.getRepositoryService().createDeployment().enableDuplicateFiltering(true).name("bench")
                .addClasspathResource(GrantLifecycle.RESOURCE)
                .addClasspathResource(GrantLifecycle.IMPLEMENTATION_RESOURCE)
                .addClasspathResource(GrantLifecycle.APPROVAL_AUTHORITY_DMN).deploy();
    }

    void run(int n, Figures figures) {
        String key = "bare-" + n + "-" + System.nanoTime();
        long start = System.nanoTime();
        Map<String, Object> variables = new HashMap<>();
        variables.put(GrantLifecycle.VAR_TENANT, "NP");
        variables.put(GrantLifecycle.VAR_PROPOSAL_ID, (long) n);
        variables.put(GrantLifecycle.VAR_APPLICANT, "np.applicant");
        variables.put(GrantLifecycle.VAR_LEAD_ACTOR, "NATIONAL_INSTITUTION");
        variables.put(GrantLifecycle.VAR_SECTOR, "HEALTH");
        variables.put(GrantLifecycle.VAR_AMOUNT_USD, 755L);
        for (String timer : List.of(GrantLifecycle.VAR_SCREENING_REMINDER, GrantLifecycle.VAR_REVIEW_PERIOD,
                GrantLifecycle.VAR_REVIEW_ESCALATION, GrantLifecycle.VAR_REPORT_PERIOD, GrantLifecycle.VAR_REPORT_ESCALATION)) {
            variables.put(timer, "P30D");
        }
        engine.getRuntimeService().createProcessInstanceByKey(GrantLifecycle.PROCESS_KEY)
                .processDefinitionWithoutTenantId().businessKey(key).setVariables(variables).execute();
        figures.record("submit", System.nanoTime() - start);

        step(figures, "screen", key, GrantLifecycle.SCREEN_ELIGIBILITY, null, "np.coordinator",
                Map.of(GrantLifecycle.VAR_SCREENING, "eligible"));
        step(figures, "declare COI (IOM)", key, GrantLifecycle.DECLARE_CONFLICT, "NP-reviewer-IOM", "np.reviewer.iom",
                Map.of(GrantLifecycle.VAR_CONFLICT, false, GrantLifecycle.VAR_REVIEWER, "np.reviewer.iom"));
        step(figures, "score (IOM)", key, GrantLifecycle.SCORE_PROPOSAL, null, "np.reviewer.iom", Map.of());
        step(figures, "declare COI (UNDP)", key, GrantLifecycle.DECLARE_CONFLICT, "NP-reviewer-UNDP", "np.reviewer.undp",
                Map.of(GrantLifecycle.VAR_CONFLICT, false, GrantLifecycle.VAR_REVIEWER, "np.reviewer.undp"));
        step(figures, "score (UNDP)", key, GrantLifecycle.SCORE_PROPOSAL, null, "np.reviewer.undp", Map.of());
        step(figures, "approve", key, GrantLifecycle.APPROVE_GRANT, null, "np.coordinator",
                Map.of(GrantLifecycle.VAR_APPROVAL, "approve", GrantLifecycle.VAR_APPROVED_BY, "np.coordinator"));
        step(figures, "set tranche plan", key, GrantLifecycle.SET_TRANCHE_PLAN, null, "np.finance", Map.of());
        step(figures, "request advance 1", key, GrantLifecycle.REQUEST_ADVANCE, null, "np.applicant", Map.of());
        step(figures, "authorise advance 1", key, GrantLifecycle.AUTHORISE_ADVANCE, null, "np.finance", Map.of());
        step(figures, "release tranche 1", key, GrantLifecycle.RELEASE_TRANCHE, null, "np.finance", Map.of());
        step(figures, "submit reports", key, GrantLifecycle.SUBMIT_REPORTS, null, "np.applicant", Map.of());
        step(figures, "verify progress", key, GrantLifecycle.VERIFY_PROGRESS_REPORT, null, "np.coordinator",
                Map.of(GrantLifecycle.VAR_PROGRESS_ACCEPTED, true));
        step(figures, "verify financial", key, GrantLifecycle.VERIFY_FINANCIAL_REPORT, null, "np.finance",
                Map.of(GrantLifecycle.VAR_FINANCIAL_ACCEPTED, true));
        step(figures, "request advance 2", key, GrantLifecycle.REQUEST_ADVANCE, null, "np.applicant", Map.of());
        step(figures, "authorise advance 2", key, GrantLifecycle.AUTHORISE_ADVANCE, null, "np.finance", Map.of());
        step(figures, "release tranche 2", key, GrantLifecycle.RELEASE_TRANCHE, null, "np.finance", Map.of());
        step(figures, "final report", key, GrantLifecycle.SUBMIT_FINAL_REPORT, null, "np.applicant", Map.of());
        step(figures, "close grant", key, GrantLifecycle.CLOSE_GRANT, null, "np.coordinator", Map.of());
        if (engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(key)
                .processDefinitionKey(GrantLifecycle.PROCESS_KEY)
                .completed().count() != 1) {
            throw new IllegalStateException("Bare lifecycle " + key + " did not complete");
        }
    }

    private void step(Figures figures, String name, String businessKey, String taskKey, String candidateGroup,
                      String user, Map<String, Object> variables) {
        long start = System.nanoTime();
        Task task = Slice.waitFor(() -> {
            var query = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey)
                    .taskDefinitionKey(taskKey);
            if (candidateGroup != null) {
                query.taskCandidateGroup(candidateGroup);
            }
            return query.list().stream().findFirst().orElse(null);
        }, Duration.ofSeconds(60), taskKey);
        if (task.getAssignee() == null) {
            engine.getTaskService().claim(task.getId(), user);
        }
        engine.getTaskService().complete(task.getId(), variables);
        figures.record(name, System.nanoTime() - start);
    }

    @Override
    public void close() {
        engine.close();
    }
}
