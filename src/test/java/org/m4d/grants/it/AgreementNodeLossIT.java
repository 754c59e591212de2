package org.m4d.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.m4d.grants.workflow.domain.GrantLifecycle;

/**
 * Issue 13, third fault: a node killed ({@code kill -9}) while the asynchronous grant agreement step
 * runs in its job. The step is made slow on the first node only, through the test-only
 * {@code M4D_TEST_AGREEMENT_DELAY_MILLIS}; the kill comes once the job is locked by that node and the
 * agreement is not yet written. The job's transaction never commits, so its lock stays until it
 * expires; a second node then takes the job and the agreement exists exactly once.
 *
 * <p>Both nodes run with a short {@code M4D_JOB_LOCK_TIME} (20 s): the lock's expiry is set by the node
 * that takes the job, so the dead node's lock lapses 20 s after it took the job (the default is 5 minutes).
 */
class AgreementNodeLossIT {

    private static final Duration START = Duration.ofSeconds(240);
    /** The nodes' job lock time. */
    private static final String LOCK_TIME = "PT20S";
    /** The lock time and a margin for the second node's acquisition. */
    private static final Duration LOCK_EXPIRY = Duration.ofSeconds(20 + 100);
    private static final String AGREEMENT_JOBS = "SELECT count(*) FROM act_ru_job j JOIN act_ru_jobdef d "
            + "ON j.job_def_id_ = d.id_ WHERE d.act_id_ = 'createGrantAgreement'";

    @Test
    void aNodeKilledWhileTheAgreementJobRunsLeavesItToAnotherNodeAndTheAgreementExistsOnce() throws Exception {
        try (FaultDatabase db = FaultDatabase.start("agreement")) {
            db.create("m4d");
            long proposal;
            long killedAt;
            try (NodeProcess a = NodeProcess.start("agreement-a", db.url("m4d"),
                    Map.of("M4D_TEST_AGREEMENT_DELAY_MILLIS", "600000", "M4D_JOB_LOCK_TIME", LOCK_TIME)).awaitReady(START)) {
                // through the API only: this database is the test's own, not the run's that the fixtures read
                long partner = PartnerGrants.significantPartner(a.url(), "Agreement partner");
                Api applicant = Api.as(a.url(), "np.applicant");
                Api.Reply created = applicant.post("api/v1/tenants/NP/proposals", "{\"title\":\"Agreement under a node loss\","
                        + "\"sector\":\"EDUCATION\",\"leadActor\":\"NATIONAL_INSTITUTION\",\"requestedAmount\":100000,"
                        + "\"partnerId\":" + partner + "}");
                assertThat(created.status()).as(created.body()).isEqualTo(201);
                proposal = created.json().getJsonNumber("id").longValue();
                assertThat(applicant.post("api/v1/tenants/NP/proposals/" + proposal + "/submit", null).status()).isEqualTo(200);
                Slice.screen(a.url(), "NP", proposal, "ACCEPT");
                Slice.reviewByBothAgencies(a.url(), "NP", proposal, 4);
                Api.Reply approved = Slice.complete(Api.as(a.url(), "np.coordinator"), "NP", GrantLifecycle.APPROVE_GRANT,
                        proposal, "{\"decision\":\"ACCEPT\"}");
                assertThat(approved.status()).as(approved.body()).isEqualTo(204);

                // the job runs on node A: locked by it, the agreement not yet written
                Slice.waitFor(() -> db.count("m4d", AGREEMENT_JOBS + " AND j.lock_owner_ IS NOT NULL") == 1,
                        Duration.ofSeconds(60), "the agreement job locked by node A");
                Thread.sleep(2_000);
                assertThat(agreements(db, proposal)).as("agreements while the job runs").isZero();
                a.kill();
                killedAt = System.nanoTime();
                assertThat(a.alive()).isFalse();
            }
            assertThat(agreements(db, proposal)).as("agreements after the kill").isZero();
            assertThat(db.count("m4d", AGREEMENT_JOBS + " AND j.lock_owner_ IS NOT NULL"))
                    .as("the job still locked by the dead node").isEqualTo(1);

            try (NodeProcess b = NodeProcess.start("agreement-b", db.url("m4d"),
                    Map.of("M4D_JOB_LOCK_TIME", LOCK_TIME)).awaitReady(START)) {
                Slice.waitFor(() -> agreements(db, proposal) == 1, LOCK_EXPIRY, "the agreement made by node B");
                double seconds = (System.nanoTime() - killedAt) / 1e9;
                Slice.waitFor(() -> db.count("m4d", AGREEMENT_JOBS) == 0, Duration.ofSeconds(30), "the job done");
                assertThat(agreements(db, proposal)).as("agreements").isEqualTo(1);
                assertThat(db.count("m4d", "SELECT count(*) FROM grant_agreement")).as("agreements in all").isEqualTo(1);
                // the lifecycle went on past the agreement: the tranche plan is now finance's to set
                Api.Reply tasks = Api.as(b.url(), "np.finance").get("api/v1/tenants/NP/tasks");
                assertThat(tasks.status()).isEqualTo(200);
                assertThat(tasks.array().stream().map(t -> t.asJsonObject())
                        .filter(t -> t.getJsonNumber("proposalId").longValue() == proposal)
                        .map(t -> t.getString("key")).toList()).containsExactly(GrantLifecycle.SET_TRANCHE_PLAN);
                System.out.printf("Agreement node loss: node A killed while its job ran (locked, no agreement); "
                        + "node B made the agreement %.1f s after the kill; agreements %d; agreement jobs left %d%n",
                        seconds, agreements(db, proposal), db.count("m4d", AGREEMENT_JOBS));
            }
        }
    }

    private static long agreements(FaultDatabase db, long proposal) {
        return db.count("m4d", "SELECT count(*) FROM grant_agreement WHERE proposal_id = ?", proposal);
    }
}
