package org.m4d.grants.bench;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.m4d.grants.it.Api;
import org.m4d.grants.it.Browser;
import org.m4d.grants.it.Deployments;
import org.m4d.grants.workflow.domain.GrantLifecycle;
import org.m4d.grants.workflow.infra.LeanHistory;
import org.m4d.grants.workflow.infra.TenantOfInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The inbox with many open tasks ({@code mvn -Pbench verify}; {@code -Dbench.inbox.tasks}, 10,000 by
 * default, open tasks in each of the first {@code -Dbench.inbox.countries} countries, Nepal first): how
 * long the engine's inbox query takes, how long Chromium takes from navigation to the first page
 * rendered, and how long the server takes for that request. The tasks are real screening tasks of
 * the deployed lifecycle, started by a second engine on the application's database (the
 * application's own submission path would take minutes for the same). Prints median and p95 of 20
 * loads after 3 warm-up loads; writes them to target/inbox-benchmark.txt.
 */
@ExtendWith(ArquillianExtension.class)
class InboxBenchmark {

    private static final int LOADS = 20;
    private static final int WARM_UP = 3;
    /** The programme's countries, Nepal first: its coordinator is the one who opens the inbox. */
    private static final List<String> COUNTRIES = List.of("NP", "SN", "BD", "EC", "JM", "KG", "MD", "MA", "PH", "RS",
            "TN");

    @Deployment(testable = false)
    static WebArchive app() {
        return Deployments.app();
    }

    @ArquillianResource
    URL app;

    @Test
    void inboxWithManyOpenTasks() throws Exception {
        int tasks = Integer.getInteger("bench.inbox.tasks", 10_000);
        List<String> countries = COUNTRIES.subList(0, Integer.getInteger("bench.inbox.countries", 1));
        Api applicant = Api.as(app, "np.applicant");
        long proposalId = applicant.post("api/v1/tenants/NP/proposals", "{\"title\":\"Inbox benchmark\","
                + "\"sector\":\"HEALTH\",\"leadActor\":\"NATIONAL_INSTITUTION\",\"requestedAmount\":100000}")
                .json().getJsonNumber("id").longValue();
        long seeding = System.nanoTime();
        List<Double> query = seed(tasks, countries, proposalId);
        double seedSeconds = (System.nanoTime() - seeding) / 1e9;

        List<Double> server = new ArrayList<>();
        List<Double> rendered = new ArrayList<>();
        List<Double> loaded = new ArrayList<>();
        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            driver.get(app + "login.xhtml");
            driver.findElement(By.id("login:username")).sendKeys("np.coordinator");
            driver.findElement(By.id("login:password")).sendKeys("demo");
            driver.findElement(By.id("login:signIn")).click();
            driver.findElement(By.id("user-name"));
            Cookie session = driver.manage().getCookieNamed("JSESSIONID");
            HttpClient http = HttpClient.newHttpClient();
            for (int i = 0; i < WARM_UP + LOADS; i++) {
                driver.get(app + "app/inbox.xhtml");
                driver.findElement(By.id("inbox:tasks"));
                @SuppressWarnings("unchecked")
                Map<String, Object> timing = (Map<String, Object>) ((JavascriptExecutor) driver).executeScript(
                        "const n = performance.getEntriesByType('navigation')[0];"
                                + "const p = performance.getEntriesByName('first-contentful-paint')[0];"
                                + "return {dcl: n.domContentLoadedEventEnd, load: n.loadEventEnd,"
                                + " fcp: p ? p.startTime : n.domContentLoadedEventEnd};");
                long start = System.nanoTime();
                HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(app + "app/inbox.xhtml"))
                        .header("Cookie", "JSESSIONID=" + session.getValue()).build(), HttpResponse.BodyHandlers.ofString());
                double serverMs = (System.nanoTime() - start) / 1e6;
                if (page.statusCode() != 200 || !page.body().contains("inbox:tasks")) {
                    throw new IllegalStateException("The inbox did not load: " + page.statusCode());
                }
                if (i >= WARM_UP) {
                    server.add(serverMs);
                    rendered.add(((Number) timing.get("fcp")).doubleValue());
                    loaded.add(((Number) timing.get("load")).doubleValue());
                }
            }
        }
        String figures = String.format(Locale.ROOT, """
                Inbox benchmark: %,d open screening tasks in each of %d countries (%,d in all; seeded in %.0f s), NP's seen by np.coordinator
                  engine inbox query (tenant, assignee or candidate group, newest first, 26 rows):  median %.1f ms, p95 %.1f ms
                  first page rendered in Chromium (navigation start to first contentful paint): median %.0f ms, p95 %.0f ms
                  page fully loaded in Chromium (load event):                               median %.0f ms, p95 %.0f ms
                  server time of the inbox request (request to last byte, localhost):         median %.0f ms, p95 %.0f ms
                """, tasks, countries.size(), tasks * countries.size(), seedSeconds, median(query), p95(query),
                median(rendered), p95(rendered), median(loaded), p95(loaded),
                median(server), p95(server));
        System.out.println(figures);
        Files.writeString(Path.of("target", "inbox-benchmark.txt"), figures);
    }

    /**
     * Starts screening tasks of the deployed lifecycle in each country, as a second engine on the
     * same database at the level the application made it with; then times the application's inbox
     * query for Nepal's coordinator on it (ms of each of 20 runs after 3 warm-up runs).
     */
    private static List<Double> seed(int tasks, List<String> countries, long proposalId) throws InterruptedException {
        StandaloneProcessEngineConfiguration cfg = new StandaloneProcessEngineConfiguration();
        cfg.setProcessEngineName("inbox-seed");
        cfg.setJdbcUrl(System.getenv("DB_URL"));
        cfg.setJdbcUsername(System.getenv("DB_USER"));
        cfg.setJdbcPassword(System.getenv("DB_PASSWORD"));
        cfg.setJdbcDriver("org.postgresql.Driver");
        cfg.setJdbcMaxActiveConnections(8);
        cfg.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
        cfg.setCustomHistoryLevels(List.of(new LeanHistory()));
        cfg.setHistory(ProcessEngineConfiguration.HISTORY_AUTO);
        cfg.setIdGenerator(new StrongUuidGenerator());
        cfg.setJobExecutorActivate(false);
        cfg.setTenantIdProvider(new TenantOfInstance());
        cfg.setMetricsEnabled(false);
        ProcessEngine engine = cfg.buildProcessEngine();
        try {
            ExecutorService pool = Executors.newFixedThreadPool(4);
            for (int i = 0; i < tasks * countries.size(); i++) {
                String country = countries.get(i % countries.size());
                pool.submit(() -> {
                    Map<String, Object> variables = new HashMap<>();
                    variables.put(GrantLifecycle.VAR_TENANT, country);
                    variables.put(GrantLifecycle.VAR_PROPOSAL_ID, proposalId);
                    variables.put(GrantLifecycle.VAR_APPLICANT, "np.applicant");
                    variables.put(GrantLifecycle.VAR_LEAD_ACTOR, "NATIONAL_INSTITUTION");
                    variables.put(GrantLifecycle.VAR_SECTOR, "HEALTH");
                    variables.put(GrantLifecycle.VAR_AMOUNT_USD, 755L);
                    for (String timer : List.of(GrantLifecycle.VAR_SCREENING_REMINDER, GrantLifecycle.VAR_REVIEW_PERIOD,
                            GrantLifecycle.VAR_REVIEW_ESCALATION, GrantLifecycle.VAR_REPORT_PERIOD,
                            GrantLifecycle.VAR_REPORT_ESCALATION)) {
                        variables.put(timer, "P30D");
                    }
                    engine.getRuntimeService().createProcessInstanceByKey(GrantLifecycle.PROCESS_KEY)
                            .processDefinitionWithoutTenantId().businessKey(Long.toString(proposalId))
                            .setVariables(variables).execute();
                });
            }
            pool.shutdown();
            if (!pool.awaitTermination(120, TimeUnit.MINUTES)) {
                throw new IllegalStateException("Seeding took longer than 120 minutes");
            }
            long open = engine.getTaskService().createTaskQuery().tenantIdIn("NP")
                    .taskDefinitionKey(GrantLifecycle.SCREEN_ELIGIBILITY).count();
            if (open < tasks) {
                throw new IllegalStateException("Only " + open + " screening tasks were created");
            }
            List<Double> query = new ArrayList<>();
            for (int i = 0; i < WARM_UP + LOADS; i++) {
                long start = System.nanoTime();
                int rows = engine.getTaskService().createTaskQuery().initializeFormKeys().tenantIdIn("NP")
                        .or().taskAssignee("np.coordinator").taskCandidateGroupIn(List.of("NP-coordinator")).endOr()
                        .orderByTaskCreateTime().desc().listPage(0, 26).size();
                if (rows != 26) {
                    throw new IllegalStateException("The inbox query found " + rows + " tasks, not a page of 26");
                }
                if (i >= WARM_UP) {
                    query.add((System.nanoTime() - start) / 1e6);
                }
            }
            return query;
        } finally {
            engine.close();
        }
    }

    private static double median(List<Double> values) {
        return percentile(values, 0.5);
    }

    private static double p95(List<Double> values) {
        return percentile(values, 0.95);
    }

    private static double percentile(List<Double> values, double p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }
}
