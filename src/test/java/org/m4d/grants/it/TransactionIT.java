package org.m4d.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.m4d.grants.it.probe.PersistenceProbe;
import org.m4d.grants.it.probe.TxProbeResource;
import org.m4d.grants.it.probe.TxProbeSteps;
import org.m4d.grants.it.probe.TxProbeWork;
import org.m4d.grants.workflow.domain.GrantLifecycle;

/**
 * One transaction per workflow step, on Payara Micro and PostgreSQL: engine state and JPA rows
 * commit or roll back together, on request threads and on the job executor's. Every check reads
 * the database through a separate JDBC connection, so it sees only what was committed.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("probes")
class TransactionIT {

    private static final String AUDIT_ROWS = "SELECT COUNT(*) FROM audit_entry WHERE action = 'TX_PROBE' AND detail = ?";
    private static final String INSTANCES = "SELECT COUNT(*) FROM act_hi_procinst WHERE business_key_ = ?";

    @Deployment(testable = false)
    static WebArchive app() {
        return Deployments.app()
                .addClasses(TxProbeResource.class, TxProbeSteps.class, TxProbeWork.class, PersistenceProbe.class)
                .addAsResource("it-probe/tx-probe.bpmn");
    }

    @ArquillianResource
    URL app;

    private Api probe() {
        return Api.as(app, "np.coordinator");
    }

    private static String marker() {
        return "probe-" + UUID.randomUUID();
    }

    @Test
    void a_stepBegunOutsideAnyContainerTransactionIsCommitted() {
        String marker = marker();
        JsonObject reply = probe().post("api/v1/it-probe/outside-transaction?marker=" + marker, null).json();

        assertThat(reply.getBoolean("noTransactionBefore")).isTrue();
        assertThat(Database.count(AUDIT_ROWS, marker)).isEqualTo(1);
        assertThat(Database.count("SELECT COUNT(*) FROM act_ru_execution WHERE proc_inst_id_ = ? AND business_key_ = ?",
                reply.getString("instanceId"), marker)).isEqualTo(1);
        assertThat(Database.count("SELECT COUNT(*) FROM act_ru_task WHERE proc_inst_id_ = ? AND tenant_id_ = 'NP'",
                reply.getString("instanceId"))).isEqualTo(1);
    }

    @Test
    void b_anExceptionAfterAnEngineCallAndAJpaWriteRollsBackBoth() {
        String marker = marker();
        JsonObject reply = probe().post("api/v1/it-probe/rollback?marker=" + marker, null).json();

        assertThat(reply.getBoolean("failed")).isTrue();
        // inside the transaction: the direct JPA write, the engine step's JPA write and the instance
        assertThat(reply.getJsonNumber("auditRowsSeen").longValue()).isEqualTo(2);
        assertThat(reply.getJsonNumber("instancesSeen").longValue()).isEqualTo(1);
        // after it: nothing
        assertThat(Database.count(AUDIT_ROWS, marker)).isZero();
        assertThat(Database.count(INSTANCES, marker)).isZero();
        assertThat(Database.count("SELECT COUNT(*) FROM act_ru_execution WHERE business_key_ = ?", marker)).isZero();
    }

    @Test
    void c_aTimerFiredStepCommitsEngineStateAndJpaRowTogether() {
        long proposal = Slice.submittedProposal(app, "NP", "Timer probe: returnee teachers", "1000");
        JsonObject reply = probe().post("api/v1/it-probe/due-now?proposal=" + proposal, null).json();
        String timer = reply.getString("jobId");
        String instance = reply.getString("instanceId");

        Slice.waitFor(() -> Database.count("SELECT COUNT(*) FROM act_ru_job WHERE id_ = ?", timer) == 0,
                Duration.ofSeconds(60), "the job executor to fire the timer");

        assertThat(Database.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'SCREENING_OVERDUE' "
                + "AND subject_id = ? AND tenant_id = 'NP'", proposal)).isEqualTo(1);
        assertThat(Database.count("SELECT COUNT(*) FROM act_hi_actinst WHERE proc_inst_id_ = ? AND act_id_ = ? "
                + "AND end_time_ IS NOT NULL", instance, GrantLifecycle.REMIND_COORDINATOR)).isEqualTo(1);
        assertThat(Database.count("SELECT COUNT(*) FROM act_ru_task WHERE proc_inst_id_ = ? AND task_def_key_ = ?",
                instance, GrantLifecycle.SCREEN_ELIGIBILITY)).as("the timer does not interrupt screening").isEqualTo(1);
    }

    @Test
    void d_aFailingAsyncStepLeavesAnIncidentAndNoHalfWrittenData() {
        String marker = marker();
        String instance = probe().post("api/v1/it-probe/failing-async?marker=" + marker, null).json()
                .getString("instanceId");

        Slice.waitFor(() -> Database.count("SELECT COUNT(*) FROM act_ru_incident WHERE proc_inst_id_ = ? "
                + "AND incident_type_ = 'failedJob'", instance) == 1, Duration.ofSeconds(90), "the incident");

        assertThat(Database.count("SELECT COUNT(*) FROM act_ru_job WHERE process_instance_id_ = ? AND retries_ = 0",
                instance)).isEqualTo(1);
        assertThat(Database.count(AUDIT_ROWS, marker)).as("the failed attempts' JPA writes").isZero();
        assertThat(Database.string("SELECT exception_msg_ FROM act_ru_job WHERE process_instance_id_ = ?", instance))
                .contains("Probe failure after a JPA write");
    }

    @Test
    void f_aJobStepFailingAtCommitRollsBackItsEngineStateAndItsJpaWriteTogether() {
        String marker = marker();
        String instance = probe().post("api/v1/it-probe/fails-at-commit?marker=" + marker, null).json()
                .getString("instanceId");
        String heldTasks = "SELECT COUNT(*) FROM act_ru_task WHERE proc_inst_id_ = ? AND task_def_key_ = 'commitHold'";

        Slice.waitFor(() -> Database.count("SELECT COUNT(*) FROM act_ru_incident WHERE proc_inst_id_ = ? "
                        + "AND incident_type_ = 'failedJob'", instance) == 1 || Database.count(heldTasks, instance) > 0,
                Duration.ofSeconds(90), "the incident, or the step's engine state committed without it");

        JsonArray seen = probe().get("api/v1/it-probe/transactions-seen?marker=" + marker).array();
        assertThat(seen).as("database transactions of the engine's connection, again, and of EclipseLink's")
                .hasSize(3).allMatch(id -> id.equals(seen.get(0)));
        assertThat(Database.count(heldTasks, instance)).as("the step's engine state after it failed").isZero();
        assertThat(Database.count("SELECT COUNT(*) FROM act_ru_variable WHERE proc_inst_id_ = ? AND name_ = 'probeWrite'",
                instance)).isZero();
        assertThat(Database.count("SELECT COUNT(*) FROM act_ru_job WHERE process_instance_id_ = ? AND retries_ = 0",
                instance)).as("the job, kept for a retry until its retries ran out").isEqualTo(1);
        assertThat(Database.count(AUDIT_ROWS, marker)).as("the failed attempts' JPA writes").isZero();
    }

    @Test
    void e_aThousandJobExecutorStepsLeaveNoSessionIdleInTransactionAndNothingStuck() {
        String marker = marker();
        int instances = 250;
        long started = System.nanoTime();
        probe().post("api/v1/it-probe/chain?instances=" + instances + "&marker=" + marker, null);

        Slice.waitFor(() -> Database.count("SELECT COUNT(*) FROM act_hi_procinst WHERE business_key_ = ? "
                + "AND end_time_ IS NOT NULL", marker) == instances, Duration.ofMinutes(5), "all chains to complete");
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("TransactionIT: %d job-executor steps (JPA write each) in %.1f s, %.0f steps/s%n",
                instances * 4, seconds, instances * 4 / seconds);

        assertThat(Database.count(AUDIT_ROWS, marker)).isEqualTo(instances * 4L);
        assertThat(Database.count("SELECT COUNT(*) FROM act_ru_job j JOIN act_ru_execution e ON e.id_ = j.process_instance_id_ "
                + "WHERE e.business_key_ = ?", marker)).isZero();
        assertThat(Database.count("SELECT COUNT(*) FROM act_ru_incident i JOIN act_hi_procinst p "
                + "ON p.proc_inst_id_ = i.proc_inst_id_ WHERE p.business_key_ = ?", marker)).isZero();
        assertThat(Database.count("SELECT COUNT(*) FROM pg_stat_activity WHERE state LIKE 'idle in transaction%'"))
                .isZero();
        assertThat(Database.count("SELECT COUNT(*) FROM act_ru_job WHERE lock_owner_ IS NOT NULL "
                + "AND lock_exp_time_ < now() - interval '1 minute'")).as("jobs stuck under an expired lock").isZero();

        // the job executor is still alive afterwards
        c_aTimerFiredStepCommitsEngineStateAndJpaRowTogether();
    }

    /*
     * Below the application layer: the tenant filter of the persistence unit holds for native SQL,
     * bulk JPQL and the cache (docs/adr/0003, 0011).
     */

    @Test
    void g_nativeSqlIsRefusedInATenantsPersistenceContext() {
        JsonObject reply = probe().post("api/v1/it-probe/persistence/native?tenant=NP", null).json();
        assertThat(reply.getBoolean("refused")).as("EclipseLink refuses native SQL in a multitenant unit: " + reply)
                .isTrue();
    }

    @Test
    void h_bulkJpqlTouchesOnlyTheTenantsRows() {
        Slice.submittedProposal(app, "NP", "Bulk probe NP", "1000");
        Slice.submittedProposal(app, "SN", "Bulk probe SN", "1000000");
        long np = Database.count("SELECT COUNT(*) FROM proposal WHERE tenant_id = 'NP'");
        long all = Database.count("SELECT COUNT(*) FROM proposal");
        assertThat(all).isGreaterThan(np);
        int touched = probe().post("api/v1/it-probe/persistence/bulk?tenant=NP", null).json().getInt("touched");
        assertThat(touched).as("an UPDATE without a WHERE in NP's context").isEqualTo((int) np);
    }

    @Test
    void i_anObjectLoadedForOneTenantIsNotFoundForAnother() {
        long id = Slice.submittedProposal(app, "NP", "Cache probe NP", "1000");
        for (int round = 0; round < 3; round++) {
            JsonObject owner = probe().post("api/v1/it-probe/persistence/find?tenant=NP&id=" + id, null).json();
            JsonObject other = probe().post("api/v1/it-probe/persistence/find?tenant=SN&id=" + id, null).json();
            assertThat(owner.getBoolean("found")).isTrue();
            assertThat(owner.getJsonNumber("counted").longValue()).isEqualTo(1);
            assertThat(other.getBoolean("found")).as("find() in SN after NP loaded it").isFalse();
            assertThat(other.getJsonNumber("counted").longValue()).isZero();
        }
    }

    @Test
    void j_switchingCountryInOneTransactionDoesNotServeTheOtherCountrysLoadedObject() {
        long id = Slice.submittedProposal(app, "NP", "Switch probe NP", "1000");
        JsonObject reply = probe().post("api/v1/it-probe/persistence/switch?owner=NP&other=SN&id=" + id, null).json();
        assertThat(reply.getBoolean("ownerFound")).as("NP loads its own proposal: " + reply).isTrue();
        assertThat(reply.getBoolean("otherFound")).as("SN in the same transaction, after NP loaded it").isFalse();
        assertThat(reply.getBoolean("ownerFoundAgain")).as("back in NP").isTrue();
    }

    @Test
    void k_tenantOwnedDataWithNoTenantContextFailsNamingTheMissingCountry() {
        long id = Slice.submittedProposal(app, "NP", "No-context probe NP", "1000");
        JsonObject reply = probe().post("api/v1/it-probe/persistence/no-context?id=" + id, null).json();
        assertThat(reply.getBoolean("failed")).as("a repository used with no country: " + reply).isTrue();
        assertThat(reply.getString("message")).isEqualTo("No country is set for this request or job: "
                + "tenant-owned data can only be used inside a tenant context");
    }

    @Test
    void l_aReadInATransactionRunsOnTheTransactionsConnection() {
        Slice.submittedProposal(app, "NP", "Read probe NP", "1000");
        JsonObject reply = probe().post("api/v1/it-probe/persistence/read-in-transaction?tenant=NP", null).json();
        assertThat(reply.getJsonNumber("readsInTheTransaction").longValue())
                .as("sessions idle in a transaction after its read: " + reply).isEqualTo(1);
    }
}
