package org.m4d.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.m4d.grants.it.probe.IncidentProbeResource;
import org.m4d.grants.it.probe.IncidentProbeSteps;

/**
 * Incidents without Cockpit (issue 13) on Payara Micro and PostgreSQL: a step the job executor
 * runs fails until its retries are spent; the incident is listed for Nepal's administrator with
 * its error, readiness says degraded, Retry after the cause is fixed lets the case go on; a failed
 * reminder is resolved and its step stays open. The probe processes are test-only, hence a
 * deployment of its own (tagged probes).
 */
@ExtendWith(ArquillianExtension.class)
@Tag("probes")
class IncidentsIT {

    private static final String ERROR = "Incident probe: the partner system is down";

    @Deployment(testable = false)
    static WebArchive app() {
        return Deployments.app().addClasses(IncidentProbeResource.class, IncidentProbeSteps.class)
                .addAsResource("it-probe/incident-probe.bpmn");
    }

    @ArquillianResource
    URL app;

    /** A business key no other test uses: a proposal id far above the demo's. */
    private static String key() {
        return Long.toString(ThreadLocalRandom.current().nextLong(900_000_000L, 999_999_999L));
    }

    private String start(String process, String key) {
        return Api.as(app, "np.coordinator").post("api/v1/incident-probe/start?process=" + process + "&key=" + key, null)
                .json().getString("instanceId");
    }

    /** Nepal's failed jobs of one business key, as its administrator lists them. */
    private List<JsonObject> listed(String key) {
        Api.Reply reply = Api.as(app, "np.admin").get("api/v1/tenants/NP/incidents");
        assertThat(reply.status()).isEqualTo(200);
        return reply.array().getValuesAs(JsonObject.class).stream()
                .filter(j -> j.get("proposalId") instanceof JsonNumber proposal && proposal.toString().equals(key))
                .toList();
    }

    private static boolean isIncident(List<JsonObject> jobs) {
        return jobs.size() == 1 && jobs.get(0).getString("kind").equals("INCIDENT");
    }

    private JsonObject incidentsCheck(String path) throws Exception {
        JsonArray checks = Api.anonymous(new URL(app, "/")).get(path).json().getJsonArray("checks");
        return checks.getValuesAs(JsonObject.class).stream().filter(c -> c.getString("name").equals("incidents"))
                .findFirst().orElseThrow();
    }

    @Test
    void aFailingStepIsListedWithItsErrorAndRetryLetsTheCaseGoOn() throws Exception {
        String key = key();
        long started = System.nanoTime();
        String instance = start("incidentProbeStep", key);

        Slice.waitFor(() -> isIncident(listed(key)), Duration.ofSeconds(60), "the incident to be listed");
        double listedAfter = (System.nanoTime() - started) / 1e9;
        JsonObject job = listed(key).get(0);
        assertThat(job.getString("country")).isEqualTo("NP");
        assertThat(job.getString("activity")).isEqualTo("callPartnerSystem");
        assertThat(job.getString("error")).isEqualTo(ERROR);
        assertThat(job.getInt("retries")).isZero();
        assertThat(job.getBoolean("resolvable")).isFalse();
        String id = job.getString("id");

        // readiness stays UP and says degraded, with the engine's number of incidents; so does /health
        for (String path : List.of("health/ready", "health")) {
            JsonObject check = incidentsCheck(path);
            assertThat(check.getString("status")).isEqualTo("UP");
            assertThat(check.getJsonObject("data").getString("state")).isEqualTo("degraded");
            // Payara writes a check's data as strings
            assertThat(check.getJsonObject("data").getString("incidents"))
                    .isEqualTo(Long.toString(Database.count("SELECT COUNT(*) FROM act_ru_incident")));
        }
        // the page shows it with its error and a Retry button
        Api.Reply page = WebSession.signIn(app, "np.admin").get("app/admin/incidents.xhtml");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<span class=\"error\">" + ERROR + "</span>",
                "<code class=\"activity\">callPartnerSystem</code>");
        // another country's administrator does not find Nepal; a coordinator may not
        assertThat(Api.as(app, "sn.admin").get("api/v1/tenants/NP/incidents").status()).isEqualTo(404);
        assertThat(Api.as(app, "sn.admin").post("api/v1/tenants/NP/incidents/" + id + "/retry", null).status())
                .isEqualTo(404);
        assertThat(Api.as(app, "np.coordinator").post("api/v1/tenants/NP/incidents/" + id + "/retry", null).status())
                .isEqualTo(403);
        // the case waits for this step: it cannot be resolved
        Api.Reply resolve = Api.as(app, "np.admin").post("api/v1/tenants/NP/incidents/" + id + "/resolve", null);
        assertThat(resolve.status()).isEqualTo(422);
        assertThat(resolve.contentType()).startsWith("application/problem+json");
        assertThat(resolve.json().getString("detail")).isEqualTo("Only a failed reminder can be resolved without "
                + "running it: this job's case waits for it, so fix its cause and retry it");

        assertThat(Api.as(app, "np.coordinator").post("api/v1/incident-probe/fix?key=" + key, null).status())
                .isEqualTo(200);
        long retried = System.nanoTime();
        Api.Reply retry = Api.as(app, "np.admin").post("api/v1/tenants/NP/incidents/" + id + "/retry", null);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json().getString("kind")).isEqualTo("INCIDENT");

        Slice.waitFor(() -> Database.count("SELECT COUNT(*) FROM act_ru_task WHERE proc_inst_id_ = ? "
                + "AND task_def_key_ = 'afterCall'", instance) == 1, Duration.ofSeconds(60), "the case to go on");
        double goneOnAfter = (System.nanoTime() - retried) / 1e9;
        System.out.printf("IncidentsIT: incident listed %.1f s after the start; case went on %.1f s after Retry%n",
                listedAfter, goneOnAfter);
        assertThat(listed(key)).isEmpty();
        assertThat(Database.count("SELECT COUNT(*) FROM act_ru_incident WHERE proc_inst_id_ = ?", instance)).isZero();
        assertThat(Database.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'INCIDENT_RETRIED' AND tenant_id = 'NP' "
                + "AND subject_type = 'JOB' AND subject_id = ? AND actor = 'np.admin'", Long.parseLong(key))).isEqualTo(1);
    }

    @Test
    void aFailedReminderIsResolvedAndItsStepStaysOpen() {
        String key = key();
        String instance = start("incidentProbeReminder", key);

        Slice.waitFor(() -> isIncident(listed(key)), Duration.ofSeconds(60), "the reminder's incident to be listed");
        JsonObject job = listed(key).get(0);
        assertThat(job.getString("activity")).isEqualTo("remindReviewer");
        assertThat(job.getString("error")).isEqualTo(ERROR);
        assertThat(job.getBoolean("resolvable")).isTrue();

        Api.Reply resolve = Api.as(app, "pmu").post("api/v1/tenants/NP/incidents/" + job.getString("id") + "/resolve", null);
        assertThat(resolve.status()).isEqualTo(200);

        assertThat(listed(key)).isEmpty();
        assertThat(Database.count("SELECT COUNT(*) FROM act_ru_incident WHERE proc_inst_id_ = ?", instance)).isZero();
        assertThat(Database.count("SELECT COUNT(*) FROM act_ru_task WHERE proc_inst_id_ = ? "
                + "AND task_def_key_ = 'waitForReview'", instance)).isEqualTo(1);
        assertThat(Database.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'INCIDENT_RESOLVED' AND tenant_id = 'NP' "
                + "AND subject_id = ? AND actor = 'pmu'", Long.parseLong(key))).isEqualTo(1);
        Api.Reply again = Api.as(app, "pmu").post("api/v1/tenants/NP/incidents/" + job.getString("id") + "/resolve", null);
        assertThat(again.status()).as("a job resolved already").isEqualTo(404);
    }
}
