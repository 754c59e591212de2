package org.m4d.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.m4d.grants.workflow.domain.GrantAmendment;

/**
 * Grant amendments through the API on Payara Micro and PostgreSQL: each kind requested, decided
 * by the right people from their inboxes and in force as the agreement's next version; bad
 * requests refused with nothing written; the ledger within the version in force under concurrency.
 */
@ExtendWith(SharedApp.class)
class AmendmentIT {

    private static final String ACCEPT = "{\"decision\":\"ACCEPT\"}";

    @AppUrl
    URL app;

    private static String grant(long id) {
        return "api/v1/tenants/NP/proposals/" + id + "/grant";
    }

    private Api.Reply ask(String user, long id, String body) {
        return Api.as(app, user).post(grant(id) + "/amendments", body);
    }

    private void decide(String user, String task, long id) {
        Api.Reply reply = Slice.complete(Api.as(app, user), "NP", task, id, ACCEPT);
        assertThat(reply.status()).as(reply.body()).isEqualTo(204);
    }

    private JsonArray versions(long id) {
        return Api.as(app, "np.coordinator").get(grant(id) + "/versions").array();
    }

    private static long amendments(long id) {
        return Database.count("SELECT COUNT(*) FROM grant_amendment a JOIN grant_agreement g ON g.id = a.grant_id "
                + "WHERE g.proposal_id = ?", id);
    }

    @Test
    void anExtensionAndALargeRevisionAreApprovedFromTheInboxAsVersions2And3() {
        long id = Slice.approvedGrantWithBudget(app, "NP", "Amendment probe: diaspora bonds",
                new String[] {"Outreach=600000", "Training=400000"}, "60,40");
        assertThat(versions(id)).hasSize(1);

        Api.Reply asked = ask("np.applicant", id,
                "{\"kind\":\"NO_COST_EXTENSION\",\"reason\":\"Monsoon floods\",\"newEndDate\":\"2023-06-30\"}");
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        assertThat(asked.json().getString("status")).isEqualTo("REQUESTED");
        decide("np.coordinator", GrantAmendment.REVIEW_AMENDMENT, id);

        Api.Reply revision = ask("np.applicant", id, "{\"kind\":\"BUDGET_REVISION\",\"reason\":\"More training\","
                + "\"lines\":[{\"description\":\"Outreach\",\"amount\":400000},{\"description\":\"Training\",\"amount\":600000}]}");
        assertThat(revision.status()).as(revision.body()).isEqualTo(201);
        decide("np.coordinator", GrantAmendment.REVIEW_AMENDMENT, id);
        decide("np.coordinator2", GrantAmendment.APPROVE_AMENDMENT, id);

        JsonArray versions = versions(id);
        assertThat(versions).hasSize(3);
        assertThat(versions.getJsonObject(0).getString("endDate")).isEqualTo("2023-02-28");
        assertThat(versions.getJsonObject(1).getString("endDate")).isEqualTo("2023-06-30");
        JsonArray lines = versions.getJsonObject(2).getJsonArray("lines");
        assertThat(lines.getJsonObject(0).getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("400000");
        assertThat(lines.getJsonObject(1).getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("600000");
        JsonArray amendments = Api.as(app, "np.applicant").get(grant(id) + "/amendments").array();
        assertThat(amendments.getJsonObject(1).getString("status")).isEqualTo("APPROVED");
        assertThat(amendments.getJsonObject(1).getString("decidedBy")).isEqualTo("np.coordinator2");
        List<String> history = Api.as(app, "np.applicant").get("api/v1/tenants/NP/proposals/" + id).json()
                .getJsonArray("history").stream().map(h -> ((JsonObject) h).getString("action")).toList();
        assertThat(history).containsSubsequence("AMENDMENT_REQUESTED", "AMENDMENT_REVIEWED", "AMENDMENT_APPLIED",
                "AMENDMENT_REQUESTED", "AMENDMENT_REVIEWED", "AMENDMENT_DECIDED", "AMENDMENT_APPLIED");
    }

    @Test
    void anIncreaseAboveTheCountryCeilingIsPmusAndTheTranchesAndCeilingFollowIt() {
        long id = Slice.approvedGrantWithBudget(app, "NP", "Amendment probe: migrant health",
                new String[] {"Clinics=1000000"}, "60,40");
        Api.Reply asked = ask("np.coordinator", id,
                "{\"kind\":\"AMOUNT_CHANGE\",\"reason\":\"A second province\",\"newAmount\":40000000}");
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        Api.Reply ownReview = Slice.complete(Api.as(app, "np.coordinator"), "NP", GrantAmendment.REVIEW_AMENDMENT, id,
                ACCEPT);
        assertThat(ownReview.status()).as("the coordinator who asked does not review it").isEqualTo(403);
        decide("np.coordinator2", GrantAmendment.REVIEW_AMENDMENT, id);
        Api.Reply byCoordinator = Api.as(app, "np.coordinator").get("api/v1/tenants/NP/tasks");
        assertThat(byCoordinator.array().stream().map(t -> ((JsonObject) t).getString("key")))
                .as("USD 299,626 is above the country's ceiling").doesNotContain(GrantAmendment.APPROVE_AMENDMENT);
        decide("pmu", GrantAmendment.APPROVE_AMENDMENT, id);

        JsonObject grant = Api.as(app, "np.finance").get(grant(id)).json();
        assertThat(grant.getJsonNumber("approvedAmount").bigDecimalValue()).isEqualByComparingTo("40000000");
        assertThat(grant.getJsonArray("tranches").getJsonObject(0).getJsonNumber("amount").bigDecimalValue())
                .isEqualByComparingTo("24000000");
        assertThat(grant.getJsonArray("tranches").getJsonObject(1).getJsonNumber("amount").bigDecimalValue())
                .isEqualByComparingTo("16000000");
        Api finance = Api.as(app, "np.finance");
        String today = LocalDate.now().toString();
        Api.Reply aboveTranche = finance.post(grant(id) + "/disbursements", "{\"amount\":24000000.01,\"date\":\"" + today
                + "\",\"reference\":\"INC-0\"}");
        assertThat(aboveTranche.status()).isEqualTo(422);
        assertThat(Database.count("SELECT COUNT(*) FROM disbursement d JOIN grant_agreement g ON g.id = d.grant_id"
                + " WHERE g.proposal_id = ?", id)).isZero();
        assertThat(aboveTranche.json().getString("detail")).as("the ceiling is the amended tranche")
                .isEqualTo("Disbursing 24000000.01 NPR would exceed tranche 1 of 24000000.00 NPR; at most 24000000.00 NPR"
                        + " remains in it");
        // the advance finance authorised before the increase still caps what is advanced from the tranche
        assertThat(finance.post(grant(id) + "/disbursements", "{\"amount\":600000,\"date\":\"" + today
                + "\",\"reference\":\"INC-1\"}").status()).isEqualTo(200);
        Api.Reply over = finance.post(grant(id) + "/disbursements", "{\"amount\":0.01,\"date\":\"" + today
                + "\",\"reference\":\"INC-2\"}");
        assertThat(over.status()).isEqualTo(422);
        assertThat(over.json().getString("detail"))
                .isEqualTo("Advancing 0.01 NPR would pay more than the 600000.00 NPR authorised; at most 0.00 NPR remains");
    }

    @Test
    void badAmendmentsAreRefusedWithAProblemAndNothingWritten() {
        long id = Slice.approvedGrantWithBudget(app, "NP", "Amendment probe: refused requests",
                new String[] {"Outreach=600000", "Training=400000"}, "100");
        assertThat(Api.as(app, "np.finance").post(grant(id) + "/disbursements", "{\"amount\":100000,\"date\":\""
                + LocalDate.now() + "\",\"reference\":\"BAD-1\"}").status()).isEqualTo(200);

        expectRefused(id, 422, "{\"kind\":\"AMOUNT_CHANGE\",\"reason\":\"Cut\",\"newAmount\":99999.99}",
                "The new amount 99999.99 NPR is below the 100000.00 NPR already disbursed");
        expectRefused(id, 422, "{\"kind\":\"NO_COST_EXTENSION\",\"reason\":\"Late\",\"newEndDate\":\"2024-11-01\"}",
                "The new end date is outside any phase of the programme: at the latest 2024-10-31");
        expectRefused(id, 422, "{\"kind\":\"NO_COST_EXTENSION\",\"reason\":\"Late\",\"newEndDate\":\"2020-01-01\"}",
                "The new end date must be after 2023-02-28");
        expectRefused(id, 422, "{\"kind\":\"BUDGET_REVISION\",\"reason\":\"Shift\",\"lines\":[{\"description\":"
                + "\"Outreach\",\"amount\":500000},{\"description\":\"Training\",\"amount\":400000}]}",
                "A budget revision moves money between lines: the lines must add up to 1000000.00 NPR, not 900000.00 NPR");
        expectRefused(id, 400, "{\"kind\":\"EVERYTHING\",\"reason\":\"x\"}", null);
        expectRefused(id, 400, "{\"kind\":\"AMOUNT_CHANGE\",\"reason\":\" \",\"newAmount\":2000000}", null);
        assertThat(Database.count("SELECT COUNT(*) FROM act_hi_procinst p JOIN act_re_procdef d ON d.id_ = p.proc_def_id_"
                + " WHERE p.business_key_ = ? AND d.key_ = 'grantAmendment'", Long.toString(id))).isZero();
    }

    private void expectRefused(long id, int status, String body, String detail) {
        Api.Reply reply = ask("np.applicant", id, body);
        assertThat(reply.status()).as(body + " " + reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        if (detail != null) {
            assertThat(reply.json().getString("detail")).isEqualTo(detail);
        }
        assertThat(amendments(id)).as(body).isZero();
    }

    @Test
    void parallelDisbursementsAndADecreaseKeepTheLedgerWithinTheVersionInForce() throws Exception {
        long id = Slice.approvedGrantWithBudget(app, "NP", "Amendment probe: concurrent decrease",
                new String[] {"Works=100000"}, "100");
        assertThat(ask("np.applicant", id, "{\"kind\":\"AMOUNT_CHANGE\",\"reason\":\"Smaller site\",\"newAmount\":60000}")
                .status()).isEqualTo(201);
        String review = Slice.taskFor(Api.as(app, "np.coordinator"), "NP", GrantAmendment.REVIEW_AMENDMENT, id);
        Api finance = Api.as(app, "np.finance");
        int payments = 8;
        ExecutorService pool = Executors.newFixedThreadPool(payments + 1);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> statuses = new ArrayList<>();
        statuses.add(pool.submit(() -> {
            start.await();
            return Api.as(app, "np.coordinator").post("api/v1/tenants/NP/tasks/" + review + "/complete", ACCEPT).status();
        }));
        for (int i = 0; i < payments; i++) {
            String body = "{\"amount\":10000,\"date\":\"" + LocalDate.now() + "\",\"reference\":\"DEC-" + i + "\"}";
            statuses.add(pool.submit(() -> {
                start.await();
                return finance.post(grant(id) + "/disbursements", body).status();
            }));
        }
        start.countDown();
        List<Integer> results = new ArrayList<>();
        for (Future<Integer> status : statuses) {
            results.add(status.get(120, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(results).allMatch(s -> s == 200 || s == 204 || s == 409 || s == 422);
        String approved = Database.string("SELECT approved_amount FROM grant_agreement WHERE proposal_id = ?", id);
        String disbursed = Database.string("SELECT COALESCE(SUM(d.amount), 0) FROM disbursement d JOIN grant_agreement g"
                + " ON g.id = d.grant_id WHERE g.proposal_id = ?", id);
        String tranche = Database.string("SELECT t.amount FROM tranche t JOIN grant_agreement g ON g.id = t.grant_id"
                + " WHERE g.proposal_id = ? AND t.tranche_number = 1", id);
        assertThat(new BigDecimal(disbursed)).isLessThanOrEqualTo(new BigDecimal(approved));
        assertThat(new BigDecimal(tranche)).isEqualByComparingTo(approved);
        String status = Database.string("SELECT a.status FROM grant_amendment a JOIN grant_agreement g ON g.id = a.grant_id"
                + " WHERE g.proposal_id = ?", id);
        if (results.get(0) == 204) {
            assertThat(status).isEqualTo("APPROVED");
            assertThat(approved).isEqualTo("60000.000");
        } else {
            assertThat(status).as("refused at approval: more than 60,000 was disbursed first").isEqualTo("REQUESTED");
            assertThat(approved).isEqualTo("100000.000");
        }
    }
}
