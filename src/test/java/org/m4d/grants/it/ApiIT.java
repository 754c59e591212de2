package org.m4d.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.m4d.grants.workflow.domain.GrantLifecycle;

/**
 * The thin slice through the REST API on Payara Micro and PostgreSQL: the lifecycle, tenant
 * isolation, role checks, the disbursement ceiling and problem+json for bad input.
 */
@ExtendWith(ArquillianExtension.class)
class ApiIT {

    @Deployment(testable = false)
    static WebArchive app() {
        return Deployments.app();
    }

    @ArquillianResource
    URL app;

    @Test
    void healthIsUpAndTheAppRunsOnPostgres() {
        Api.Reply health = Api.anonymous(app).get("health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().getString("status")).isEqualTo("UP");
        assertThat(Database.count("SELECT COUNT(*) FROM tenant")).isEqualTo(11);
        assertThat(Database.count("SELECT COUNT(*) FROM tenant WHERE grant_eligible")).isEqualTo(6);
        assertThat(Database.count("SELECT COUNT(*) FROM act_re_procdef WHERE key_ = ?", GrantLifecycle.PROCESS_KEY))
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void theApiNeedsAUserAndAnswersProblemJson() {
        Api.Reply anonymous = Api.anonymous(app).get("api/v1/me");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");

        Api.Reply wrongPassword = Api.as(app, "np.applicant", "not-the-password").get("api/v1/me");
        assertThat(wrongPassword.status()).isEqualTo(401);

        JsonObject me = Api.as(app, "np.coordinator").get("api/v1/me").json();
        assertThat(me.getString("username")).isEqualTo("np.coordinator");
        assertThat(me.getJsonArray("tenants").getValuesAs(JsonString::getString)).containsExactly("NP");
    }

    @Test
    void aProposalGoesFromSubmissionThroughScreeningReviewAndApprovalToDisbursement() {
        long id = Slice.submittedProposal(app, "NP", "Recognition of foreign qualifications", "500000.00");
        Api coordinator = Api.as(app, "np.coordinator");
        Api finance = Api.as(app, "np.finance");

        String screening = Slice.taskFor(coordinator, "NP", GrantLifecycle.SCREEN_ELIGIBILITY, id);
        Api.Reply claimed = coordinator.post("api/v1/tenants/NP/tasks/" + screening + "/claim", null);
        assertThat(claimed.status()).isEqualTo(200);
        assertThat(claimed.json().getString("assignee")).isEqualTo("np.coordinator");
        assertThat(coordinator.post("api/v1/tenants/NP/tasks/" + screening + "/complete",
                "{\"decision\":\"ACCEPT\",\"comment\":\"Fits outcome 2\"}").status()).isEqualTo(204);

        Slice.reviewByBothAgencies(app, "NP", id, 4);
        JsonObject reviewed = Api.as(app, "np.applicant").get("api/v1/tenants/NP/proposals/" + id).json();
        assertThat(reviewed.getString("state")).isEqualTo("AWAITING_APPROVAL");
        assertThat(coordinator.get("api/v1/tenants/NP/proposals/" + id + "/reviews").array()).hasSize(2);
        assertThat(Api.as(app, "np.applicant").get("api/v1/tenants/NP/proposals/" + id + "/reviews").status())
                .as("applicants do not read the reviews").isEqualTo(403);
        // 500,000 NPR is about USD 3,774 and well scored: the country approves
        assertThat(Slice.complete(coordinator, "NP", GrantLifecycle.APPROVE_GRANT, id,
                "{\"decision\":\"ACCEPT\"}").status()).isEqualTo(204);

        // the grant agreement is created by the job executor; then finance gets the task
        String disbursement = Slice.taskFor(finance, "NP", GrantLifecycle.RECORD_DISBURSEMENT, id);
        String today = LocalDate.now().toString();

        Api.Reply tooMuch = finance.post("api/v1/tenants/NP/tasks/" + disbursement + "/complete",
                "{\"amount\":500000.01,\"date\":\"" + today + "\",\"reference\":\"NP-PAY-1\"}");
        assertThat(tooMuch.status()).isEqualTo(422);
        assertThat(tooMuch.contentType()).startsWith("application/problem+json");
        assertThat(tooMuch.json().getString("detail")).contains("above the approved 500000.00 NPR");
        assertThat(Database.count("SELECT COUNT(*) FROM disbursement d JOIN grant_agreement g ON g.id = d.grant_id "
                + "WHERE g.proposal_id = ?", id)).isZero();
        assertThat(Database.count("SELECT COUNT(*) FROM act_ru_task WHERE id_ = ?", disbursement)).isEqualTo(1);

        assertThat(finance.post("api/v1/tenants/NP/tasks/" + disbursement + "/complete",
                "{\"amount\":200000,\"date\":\"" + today + "\",\"reference\":\"NP-PAY-1\"}").status()).isEqualTo(204);
        Api.Reply again = finance.post("api/v1/tenants/NP/tasks/" + disbursement + "/complete",
                "{\"amount\":1,\"date\":\"" + today + "\",\"reference\":\"NP-PAY-2\"}");
        assertThat(again.status()).as("a task completed meanwhile").isEqualTo(409);

        JsonObject proposal = Api.as(app, "np.applicant").get("api/v1/tenants/NP/proposals/" + id).json();
        assertThat(proposal.getString("state")).isEqualTo("DISBURSED");
        assertThat(proposal.getJsonObject("grant").getJsonNumber("disbursed").bigDecimalValue())
                .isEqualByComparingTo("200000.00");
        assertThat(proposal.getJsonObject("grant").getJsonNumber("remaining").bigDecimalValue())
                .isEqualByComparingTo("300000.00");
        assertThat(proposal.getJsonArray("history").getValuesAs(JsonObject.class))
                .extracting(h -> h.getString("action") + " by " + h.getString("actor"))
                .containsExactly("CREATED by np.applicant", "SUBMITTED by np.applicant",
                        "SCREENED_ELIGIBLE by np.coordinator",
                        "NO_CONFLICT_DECLARED by np.reviewer.iom", "REVIEW_SCORED by np.reviewer.iom",
                        "NO_CONFLICT_DECLARED by np.reviewer.undp", "REVIEW_SCORED by np.reviewer.undp",
                        "REVIEWS_COMPLETE by system", "APPROVED by np.coordinator",
                        "GRANT_AGREEMENT_CREATED by np.coordinator",
                        "DISBURSEMENT_RECORDED by np.finance", "DISBURSING by np.finance");
        assertThat(Database.count("SELECT COUNT(*) FROM disbursement d JOIN grant_agreement g ON g.id = d.grant_id "
                + "WHERE g.proposal_id = ? AND d.amount = 200000", id)).isEqualTo(1);
        assertThat(Database.string("SELECT state_ FROM act_hi_procinst WHERE business_key_ = ? AND tenant_id_ = 'NP'",
                Long.toString(id))).isEqualTo("COMPLETED");
        assertThat(Database.string("SELECT d.text_ FROM act_hi_dec_out d JOIN act_hi_decinst i ON i.id_ = d.dec_inst_id_ "
                + "JOIN act_hi_procinst p ON p.proc_inst_id_ = i.proc_inst_id_ WHERE p.business_key_ = ?",
                Long.toString(id))).as("the decision is kept in history").isEqualTo("country");
    }

    @Test
    void parallelDisbursementsNeverTogetherExceedTheGrant() throws Exception {
        long id = Slice.approvedGrant(app, "NP", "Concurrency probe: skills passports", "100000");
        Api finance = Api.as(app, "np.finance");
        String path = "api/v1/tenants/NP/proposals/" + id + "/grant/disbursements";
        int requests = 16;
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            String body = "{\"amount\":10000,\"date\":\"" + LocalDate.now() + "\",\"reference\":\"PAR-" + i + "\"}";
            statuses.add(pool.submit(() -> {
                start.await();
                return finance.post(path, body).status();
            }));
        }
        start.countDown();
        List<Integer> results = new ArrayList<>();
        for (Future<Integer> status : statuses) {
            results.add(status.get(120, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(results).filteredOn(s -> s == 200).hasSize(10);
        assertThat(results).filteredOn(s -> s == 422).hasSize(6);
        assertThat(Database.string("SELECT SUM(d.amount) FROM disbursement d JOIN grant_agreement g ON g.id = d.grant_id "
                + "WHERE g.proposal_id = ?", id)).isEqualTo("100000.000");
    }

    @Test
    void aRetriedDisbursementRecordsOnceAndAReversalCorrectsIt() {
        long id = Slice.approvedGrant(app, "NP", "Ledger probe: returnee health workers", "50000");
        Api finance = Api.as(app, "np.finance");
        String ledger = "api/v1/tenants/NP/proposals/" + id + "/grant";
        String body = "{\"amount\":20000,\"date\":\"" + LocalDate.now() + "\",\"reference\":\"NP-TT-77\"}";

        JsonObject first = finance.postWithHeader(ledger + "/disbursements", body, "Idempotency-Key", "retry-" + id).json();
        JsonObject retried = finance.postWithHeader(ledger + "/disbursements", body, "Idempotency-Key", "retry-" + id).json();
        assertThat(retried.getJsonNumber("id").longValue()).isEqualTo(first.getJsonNumber("id").longValue());
        assertThat(finance.get(ledger).json().getJsonNumber("disbursed").bigDecimalValue()).isEqualByComparingTo("20000");

        String reversal = ledger + "/disbursements/" + first.getJsonNumber("id").longValue() + "/reversal";
        assertThat(finance.post(reversal, "{}").status()).as("a reversal needs a reason").isEqualTo(422);
        JsonObject reversed = finance.post(reversal, "{\"reason\":\"Paid to the wrong account\"}").json();
        assertThat(reversed.getString("kind")).isEqualTo("REVERSAL");
        assertThat(reversed.getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("-20000");
        assertThat(finance.post(reversal, "{\"reason\":\"again\"}").status()).isEqualTo(409);

        JsonObject grant = finance.get(ledger).json();
        assertThat(grant.getJsonNumber("disbursed").bigDecimalValue()).isEqualByComparingTo("0");
        assertThat(grant.getJsonArray("ledger")).hasSize(2);
        assertThat(finance.post(ledger + "/disbursements",
                "{\"amount\":50000,\"date\":\"" + LocalDate.now() + "\",\"reference\":\"NP-TT-78\"}").status())
                .isEqualTo(200);
        assertThat(Api.as(app, "np.applicant").post(ledger + "/disbursements", body).status())
                .as("only finance disburses").isEqualTo(403);
        assertThat(Api.as(app, "sn.finance").get(ledger).status()).isEqualTo(404);
    }

    @Test
    void aLocallyLedProposalIsEndorsedThenALargeGrantIsApprovedGlobally() {
        // 40,000,000 XOF is about USD 66,000: social security above USD 100,000 would go global, this does not;
        // 200,000,000 XOF (about USD 330,000) goes to the global programme unit
        long id = Slice.submittedProposal(app, "SN", "Social protection for returnees in Ziguinchor", "200000000",
                "LOCAL_AUTHORITY");
        assertThat(Slice.complete(Api.as(app, "sn.focal"), "SN", GrantLifecycle.NATIONAL_ENDORSEMENT, id,
                "{\"endorsed\":true,\"comment\":\"In line with the national migration policy\"}").status())
                .isEqualTo(204);
        Slice.screen(app, "SN", id, "ACCEPT");
        Slice.reviewByBothAgencies(app, "SN", id, 4);

        Api coordinator = Api.as(app, "sn.coordinator");
        assertThat(coordinator.get("api/v1/tenants/SN/tasks").array().getValuesAs(JsonObject.class))
                .noneMatch(t -> t.getString("key").equals(GrantLifecycle.APPROVE_GRANT));
        Api pmu = Api.as(app, "pmu");
        assertThat(Slice.complete(pmu, "SN", GrantLifecycle.APPROVE_GRANT, id,
                "{\"decision\":\"REVISE\",\"comment\":\"Split into two phases\"}").status()).isEqualTo(204);

        // the applicant revises: a smaller first phase, now led nationally, goes round again
        Api applicant = Api.as(app, "sn.applicant");
        assertThat(Slice.complete(applicant, "SN", GrantLifecycle.REVISE_PROPOSAL, id,
                "{\"title\":\"Social protection for returnees, phase 1\",\"sector\":\"SOCIAL_SECURITY\","
                        + "\"leadActor\":\"NATIONAL_INSTITUTION\",\"requestedAmount\":40000000}").status())
                .isEqualTo(204);
        JsonObject revised = applicant.get("api/v1/tenants/SN/proposals/" + id).json();
        assertThat(revised.getString("state")).isEqualTo("SUBMITTED");
        assertThat(revised.getInt("reviewRound")).isEqualTo(2);
        assertThat(revised.getJsonArray("waitingIn").getValuesAs(JsonString::getString))
                .containsExactly(GrantLifecycle.SCREEN_ELIGIBILITY);
    }

    @Test
    void aReviewerWithAConflictIsNotOfferedTheReviewAgain() {
        long id = Slice.submittedProposal(app, "NP", "Conflict probe: diaspora investment desk", "90000");
        Slice.screen(app, "NP", id, "ACCEPT");
        Api conflicted = Api.as(app, "np.reviewer.undp");
        String task = Slice.taskFor(conflicted, "NP", GrantLifecycle.DECLARE_CONFLICT, id);

        Api.Reply noStatement = conflicted.post("api/v1/tenants/NP/tasks/" + task + "/complete", "{\"conflict\":true}");
        assertThat(noStatement.status()).isEqualTo(422);
        assertThat(conflicted.post("api/v1/tenants/NP/tasks/" + task + "/complete",
                "{\"conflict\":true,\"statement\":\"My brother runs the partner NGO\"}").status()).isEqualTo(204);

        String again = Slice.taskFor(Api.as(app, "np.reviewer.undp2"), "NP", GrantLifecycle.DECLARE_CONFLICT, id);
        assertThat(again).isNotEqualTo(task);
        assertThat(conflicted.get("api/v1/tenants/NP/tasks").array().getValuesAs(JsonObject.class))
                .noneMatch(t -> t.getString("id").equals(again));
        assertThat(conflicted.post("api/v1/tenants/NP/tasks/" + again + "/claim", null).status()).isEqualTo(404);
        assertThat(Api.as(app, "np.reviewer.iom").post("api/v1/tenants/NP/tasks/" + again + "/claim", null).status())
                .as("an IOM reviewer cannot take the UNDP review").isEqualTo(404);
        assertThat(Database.count("SELECT COUNT(*) FROM conflict_declaration WHERE proposal_id = ? AND conflict", id))
                .isEqualTo(1);
    }

    @Test
    void theApplicantWithdrawsBeforeApprovalAndTheLifecycleEnds() {
        long id = Slice.submittedProposal(app, "NP", "Withdrawn: returnee nurses", "120000");
        Slice.screen(app, "NP", id, "ACCEPT");
        Api applicant = Api.as(app, "np.applicant");

        Api.Reply withdrawn = applicant.post("api/v1/tenants/NP/proposals/" + id + "/withdraw",
                "{\"reason\":\"Funded by the municipality instead\"}");
        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.json().getString("state")).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.json().getJsonArray("waitingIn")).isEmpty();
        assertThat(Database.count("SELECT COUNT(*) FROM act_hi_actinst a JOIN act_hi_procinst p "
                + "ON p.proc_inst_id_ = a.proc_inst_id_ WHERE p.business_key_ = ? AND a.act_id_ = ? "
                + "AND p.end_time_ IS NOT NULL", Long.toString(id), GrantLifecycle.PROPOSAL_WITHDRAWN)).isEqualTo(1);
        assertThat(applicant.post("api/v1/tenants/NP/proposals/" + id + "/withdraw", "{}").status()).isEqualTo(422);
    }

    @Test
    void usersOfAnotherTenantGet404ForEverything() {
        long id = Slice.submittedProposal(app, "NP", "Migrant health desks in Kathmandu", "75000");
        String screening = Slice.taskFor(Api.as(app, "np.coordinator"), "NP", GrantLifecycle.SCREEN_ELIGIBILITY, id);
        Api senegal = Api.as(app, "sn.coordinator");

        for (String path : new String[] {
                "api/v1/tenants/NP/proposals/" + id, "api/v1/tenants/SN/proposals/" + id,
                "api/v1/tenants/NP/proposals", "api/v1/tenants/NP/tasks", "api/v1/tenants/NP/tasks/" + screening,
                "api/v1/tenants/SN/tasks/" + screening}) {
            Api.Reply reply = senegal.get(path);
            assertThat(reply.status()).as(path).isEqualTo(404);
            assertThat(reply.body()).as(path).doesNotContain("Kathmandu");
        }
        for (String path : new String[] {
                "api/v1/tenants/NP/tasks/" + screening + "/claim", "api/v1/tenants/SN/tasks/" + screening + "/claim",
                "api/v1/tenants/SN/tasks/" + screening + "/complete", "api/v1/tenants/NP/proposals/" + id + "/submit"}) {
            assertThat(senegal.post(path, "{\"eligible\":true}").status()).as(path).isEqualTo(404);
        }
        assertThat(senegal.get("api/v1/tenants/SN/tasks").array().getValuesAs(JsonObject.class))
                .noneMatch(t -> t.getString("id").equals(screening));
        assertThat(Database.string("SELECT assignee_ FROM act_ru_task WHERE id_ = ?", screening)).isNull();
    }

    @Test
    void aKnowledgeSharingCountryCannotSubmit() {
        Api applicant = Api.as(app, "bd.applicant");
        Api.Reply created = applicant.post("api/v1/tenants/BD/proposals",
                "{\"title\":\"Returnee skills\",\"sector\":\"EMPLOYMENT\",\"leadActor\":\"OTHER\",\"requestedAmount\":1000}");
        assertThat(created.status()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();

        Api.Reply submitted = applicant.post("api/v1/tenants/BD/proposals/" + id + "/submit", null);
        assertThat(submitted.status()).isEqualTo(422);
        assertThat(submitted.json().getString("detail")).contains("knowledge sharing only");
        assertThat(Database.string("SELECT state FROM proposal WHERE id = ?", id)).isEqualTo("DRAFT");
        assertThat(Database.count("SELECT COUNT(*) FROM act_hi_procinst WHERE business_key_ = ?", Long.toString(id)))
                .isZero();
    }

    @Test
    void aRoleMissingInTheOwnTenantIsForbidden() {
        Api.Reply reply = Api.as(app, "np.finance").post("api/v1/tenants/NP/proposals",
                "{\"title\":\"Not mine to propose\",\"sector\":\"HEALTH\",\"leadActor\":\"OTHER\",\"requestedAmount\":10}");
        assertThat(reply.status()).isEqualTo(403);
        assertThat(Database.count("SELECT COUNT(*) FROM proposal WHERE title = 'Not mine to propose'")).isZero();
    }

    @Test
    void badInputGetsProblemJsonWithFieldsAndNothingIsSaved() {
        Api applicant = Api.as(app, "sn.applicant");
        Api.Reply missing = applicant.post("api/v1/tenants/SN/proposals", "{\"sector\":\"HEALTH\",\"requestedAmount\":-5}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).contains("title", "leadActor", "requestedAmount");

        assertThat(applicant.post("api/v1/tenants/SN/proposals", "{\"title\": ").status()).isEqualTo(400);
        assertThat(applicant.post("api/v1/tenants/SN/proposals",
                "{\"title\":\"x\",\"sector\":\"HEALTH\",\"leadActor\":\"OTHER\",\"requestedAmount\":1,\"budget\":2}").status()).isEqualTo(400);
        assertThat(applicant.post("api/v1/tenants/SN/proposals",
                "{\"title\":\"x\",\"sector\":\"SPACE\",\"leadActor\":\"OTHER\",\"requestedAmount\":1}").status()).isEqualTo(400);

        Api.Reply francs = applicant.post("api/v1/tenants/SN/proposals",
                "{\"title\":\"Centimes\",\"sector\":\"HEALTH\",\"leadActor\":\"OTHER\",\"requestedAmount\":1000.5}");
        assertThat(francs.status()).isEqualTo(422);
        assertThat(francs.json().getString("detail")).isEqualTo("XOF amounts have no decimals");
        assertThat(Database.count("SELECT COUNT(*) FROM proposal WHERE title IN ('x', 'Centimes')")).isZero();
    }
}
