package org.m4d.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.m4d.grants.it.probe.EngineTenantProbe;
import org.m4d.grants.it.probe.TxProbeResource;
import org.m4d.grants.it.probe.TxProbeSteps;
import org.m4d.grants.it.probe.TxProbeWork;
import org.m4d.grants.workflow.domain.GrantLifecycle;

/**
 * Isolation below the application layer: the engine's queries run with the user's tenants, the job
 * executor's work for one tenant writes only that tenant's rows, and two tenants' users racing on
 * the same ids never get or change each other's rows.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("probes")
class TenantIsolationIT {

    @Deployment(testable = false)
    static WebArchive app() {
        return Deployments.app()
                .addClasses(EngineTenantProbe.class, TxProbeResource.class, TxProbeSteps.class, TxProbeWork.class)
                .addAsResource("it-probe/tx-probe.bpmn");
    }

    @ArquillianResource
    URL app;

    @Test
    void engineQueriesOfHistoryStatisticsAndDiagramsSeeOnlyTheUsersTenants() {
        long proposal = Slice.submittedProposal(app, "NP", "Engine probe: returnee pharmacists", "1000");
        Slice.screen(app, "NP", proposal, "ACCEPT");
        String instance = Database.string("SELECT proc_inst_id_ FROM act_hi_procinst WHERE business_key_ = ? "
                + "AND super_process_instance_id_ IS NULL", Long.toString(proposal));

        JsonObject own = engineAs("np.coordinator", "NP", instance);
        JsonObject foreign = engineAs("sn.coordinator", "SN", instance);

        for (String query : List.of("runtimeInstances", "executions", "variables", "tasks", "jobs", "historicInstances",
                "historicActivities", "historicTasks")) {
            assertThat(own.getJsonNumber(query).longValue()).as("NP sees its own " + query).isPositive();
            assertThat(foreign.getJsonNumber(query).longValue()).as("SN sees NP's " + query).isZero();
        }
        // the engine's lean history level (ADR 17) writes no variable history: none of NP's exists to be seen
        for (String query : List.of("historicVariables", "historicDetails")) {
            assertThat(own.getJsonNumber(query).longValue()).as("NP's " + query + " at the lean level").isZero();
            assertThat(foreign.getJsonNumber(query).longValue()).as("SN sees NP's " + query).isZero();
        }
        assertThat(foreign.getJsonNumber("userOperations").longValue()).as("NP's user operation log").isZero();
        assertThat(foreign.get("activeActivityIds")).as("the diagram's active steps").isEqualTo(refused());
        assertThat(foreign.get("variablesOfInstance")).isEqualTo(refused());
        assertThat(own.getJsonNumber("activeActivityIds").intValue()).isPositive();

        // statistics count only the tenant's own instances: the model's activity statistics split by tenant
        assertThat(Database.count("SELECT COUNT(*) FROM act_ru_execution WHERE tenant_id_ NOT IN ('NP', 'SN')"))
                .as("only Nepal and Senegal run lifecycles in the tests").isZero();
        assertThat(foreign.getJsonNumber("activityStatistics").longValue() + own.getJsonNumber("activityStatistics")
                .longValue()).isEqualTo(own.getJsonNumber("activityStatisticsOfAll").longValue());
        assertThat(own.getJsonNumber("activityStatistics").longValue()).isPositive();
        long snRunning = Database.count("SELECT COUNT(*) FROM act_ru_execution WHERE id_ = proc_inst_id_ AND tenant_id_ = 'SN'");
        long allRunning = Database.count("SELECT COUNT(*) FROM act_ru_execution WHERE id_ = proc_inst_id_");
        assertThat(allRunning).isGreaterThan(snRunning);
        assertThat(foreign.getJsonNumber("visibleInstances").longValue()).isEqualTo(snRunning);
        assertThat(foreign.getJsonNumber("definitionStatistics").longValue()).isEqualTo(snRunning);

        // and through the API, whichever tenant the path names
        for (String tenant : List.of("NP", "SN")) {
            Api.Reply diagram = Api.as(app, "sn.coordinator").get("api/v1/tenants/" + tenant + "/proposals/" + proposal + "/diagram");
            assertThat(diagram.status()).isEqualTo(404);
            assertThat(diagram.body()).doesNotContain("bpmn", GrantLifecycle.DECLARE_CONFLICT);
        }
    }

    @Test
    void theJobExecutorsWorkForOneTenantWritesOnlyThatTenantsRows() {
        long nepal = Slice.submittedProposal(app, "NP", "Job probe: Nepal", "1000");
        long senegal = Slice.submittedProposal(app, "SN", "Job probe: Senegal", "1000000");
        String overdue = "SELECT COUNT(*) FROM audit_entry WHERE action = 'SCREENING_OVERDUE' AND subject_id = ? AND tenant_id = ?";
        long snAuditBefore = Database.count("SELECT COUNT(*) FROM audit_entry WHERE tenant_id = 'SN'");

        String nepalTimer = dueNow(nepal);
        Slice.waitFor(() -> Database.count("SELECT COUNT(*) FROM act_ru_job WHERE id_ = ?", nepalTimer) == 0,
                Duration.ofSeconds(60), "the Nepali timer");
        assertThat(Database.count(overdue, nepal, "NP")).isEqualTo(1);
        assertThat(Database.count("SELECT COUNT(*) FROM audit_entry WHERE tenant_id = 'SN'"))
                .as("a Nepali job wrote nothing of Senegal's").isEqualTo(snAuditBefore);

        // two countries' timers at once, on whatever executor threads: each writes in its own tenant
        long nepalAgain = Slice.submittedProposal(app, "NP", "Job probe: Nepal again", "1000");
        String[] timers = {dueNow(nepalAgain), dueNow(senegal)};
        for (String timer : timers) {
            Slice.waitFor(() -> Database.count("SELECT COUNT(*) FROM act_ru_job WHERE id_ = ?", timer) == 0,
                    Duration.ofSeconds(60), "the timers");
        }
        assertThat(Database.count(overdue, nepalAgain, "NP")).isEqualTo(1);
        assertThat(Database.count(overdue, senegal, "SN")).isEqualTo(1);
        assertThat(Database.count("SELECT COUNT(*) FROM audit_entry WHERE subject_id IN (?, ?, ?) AND "
                + "((subject_id IN (?, ?) AND tenant_id <> 'NP') OR (subject_id = ? AND tenant_id <> 'SN'))",
                nepal, nepalAgain, senegal, nepal, nepalAgain, senegal)).as("rows written in the wrong tenant").isZero();
        assertThat(Database.count("SELECT COUNT(*) FROM act_hi_actinst a JOIN act_hi_procinst p ON p.proc_inst_id_ = "
                + "a.proc_inst_id_ WHERE p.business_key_ IN (?, ?, ?) AND a.tenant_id_ IS DISTINCT FROM p.tenant_id_",
                Long.toString(nepal), Long.toString(nepalAgain), Long.toString(senegal))).as("engine history in the wrong tenant").isZero();
    }

    @Test
    void twoTenantsRacingOnTheSameIdsNeverMeetEachOthersRows() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Api> users = Map.of("NP", Api.as(app, "np.applicant"), "SN", Api.as(app, "sn.applicant"));
        List<long[]> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            for (String tenant : List.of("NP", "SN")) {
                Api.Reply created = users.get(tenant).post("api/v1/tenants/" + tenant + "/proposals",
                        ProbeRules.draft(tenant + " race " + run));
                ids.add(new long[] {created.json().getJsonNumber("id").longValue(), tenant.equals("NP") ? 0 : 1});
            }
        }
        ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Integer> statuses = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<java.util.concurrent.Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            done.add(pool.submit(() -> {
                start.await();
                ThreadLocalRandom random = ThreadLocalRandom.current();
                for (int i = 0; i < 40; i++) {
                    String caller = random.nextBoolean() ? "NP" : "SN";
                    String named = random.nextInt(4) == 0 ? (caller.equals("NP") ? "SN" : "NP") : caller;
                    long[] target = ids.get(random.nextInt(ids.size()));
                    String owner = target[1] == 0 ? "NP" : "SN";
                    String path = "api/v1/tenants/" + named + "/proposals/" + target[0];
                    Api.Reply reply = random.nextBoolean() ? users.get(caller).get(path)
                            : users.get(caller).put(path, ProbeRules.draft(owner + " race " + run));
                    statuses.add(reply.status());
                    boolean mayReach = caller.equals(owner) && named.equals(caller);
                    int expected = mayReach ? 200 : 404;
                    if (reply.status() != expected || mayReach && !reply.body().contains(owner + " race " + run)
                            || !mayReach && reply.body().contains(" race ")) {
                        wrong.add(caller + " " + path + " -> " + reply.status() + " " + reply.body());
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (var f : done) {
            f.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();

        assertThat(wrong).as("answers of the wrong tenant, or wrong status").isEmpty();
        assertThat(statuses).contains(200, 404);
        assertThat(Database.count("SELECT COUNT(*) FROM proposal WHERE title LIKE ? AND title NOT LIKE tenant_id || ' race %'",
                "% race " + run)).as("rows written across tenants").isZero();
        assertThat(Database.count("SELECT COUNT(*) FROM proposal WHERE title LIKE ?", "% race " + run)).isEqualTo(8);
    }

    private JsonObject engineAs(String user, String tenant, String instance) {
        Api.Reply reply = Api.as(app, "np.coordinator").get("api/v1/it-engine-probe?user=" + user + "&tenant=" + tenant
                + "&instance=" + instance + "&groups=" + tenant + "-coordinator");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private String dueNow(long proposal) {
        return Api.as(app, "np.coordinator").post("api/v1/it-probe/due-now?proposal=" + proposal, null).json()
                .getString("jobId");
    }

    private static JsonValue refused() {
        return jakarta.json.Json.createValue("refused");
    }
}
