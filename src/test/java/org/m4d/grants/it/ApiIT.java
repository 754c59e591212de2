package org.m4d.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.m4d.grants.workflow.domain.GrantLifecycle;

/**
 * The thin slice through the REST API on Payara Micro and PostgreSQL: the lifecycle, tenant
 * isolation, role checks, the disbursement ceiling and problem+json for bad input.
 */
@ExtendWith(SharedApp.class)
class ApiIT {

    @AppUrl
    URL app;

    /** "name=STATUS" of each check of a MicroProfile Health answer. */
    private static List<String> checks(Api.Reply health) {
        return health.json().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .map(check -> check.getString("name") + "=" + check.getString("status")).toList();
    }

    @Test
    void healthIsUpAndTheAppRunsOnPostgres() throws Exception {
        Api server = Api.anonymous(new URL(app, "/"));
        Api.Reply health = server.get("health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().getString("status")).isEqualTo("UP");
        assertThat(checks(health)).containsExactlyInAnyOrder("database=UP", "engine=UP", "job-executor=UP", "incidents=UP",
                "application=UP");
        Api.Reply ready = server.get("health/ready");
        assertThat(ready.status()).isEqualTo(200);
        assertThat(checks(ready)).containsExactlyInAnyOrder("database=UP", "engine=UP", "job-executor=UP", "incidents=UP");
        assertThat(checks(server.get("health/live"))).containsExactly("application=UP");
        assertThat(Database.count("SELECT COUNT(*) FROM tenant")).isEqualTo(11);
        assertThat(Database.count("SELECT COUNT(*) FROM phase_country WHERE phase_id = 'M4D-III'")).isEqualTo(6);
        assertThat(Database.count("SELECT COUNT(*) FROM act_re_procdef WHERE key_ = ?", GrantLifecycle.PROCESS_KEY))
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void theServedOpenApiDocumentIsValidAndDescribesEveryRoute() throws IOException {
        Api.Reply served = Api.anonymous(app).get("/openapi");
        assertThat(served.status()).isEqualTo(200);
        // kept for linters outside the build, e.g. Redocly's
        Files.writeString(Path.of("target/openapi-served.yaml"), served.body());

        ApiDescription description = ApiDescription.parse(served.body());
        assertThat(description.validationMessages()).isEmpty();
        assertThat(description.gapsAgainst(Routes.restMethods())).isEmpty();
        assertThat(description.operations()).containsExactlyInAnyOrderElementsOf(Routes.restOperations().stream()
                .map(route -> route.replaceFirst(" ", " /api/v1/")).toList());
    }

    @Test
    void aProblemHasExactlyTheMembersTheDescriptionGivesIt() {
        ApiDescription description = ApiDescription.parse(Api.anonymous(app).get("/openapi").body());
        Api.Reply invalid = Api.as(app, "np.applicant").post("api/v1/tenants/NP/proposals",
                "{\"sector\":\"HEALTH\",\"leadActor\":\"OTHER\",\"requestedAmount\":1000}");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.contentType()).isEqualTo("application/problem+json");
        var schemas = description.api().getComponents().getSchemas();
        assertThat(invalid.json().keySet()).containsExactlyInAnyOrderElementsOf(
                schemas.get("Problem").getProperties().keySet());
        assertThat(invalid.json().getJsonArray("errors").getJsonObject(0).keySet())
                .containsExactlyInAnyOrderElementsOf(schemas.get("FieldError").getProperties().keySet());
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
    void aGrantRunsItsWholeLifecycleFromSubmissionToClosure() throws java.io.IOException {
        Api coordinator = Api.as(app, "np.coordinator");
        Api finance = Api.as(app, "np.finance");
        Api applicant = Api.as(app, "np.applicant");
        long id = applicant.post("api/v1/tenants/NP/proposals", "{\"title\":\"Recognition of foreign qualifications\","
                + "\"sector\":\"EDUCATION\",\"leadActor\":\"NATIONAL_INSTITUTION\",\"requestedAmount\":500000.00,"
                + "\"profile\":{\"indicators\":[{\"name\":\"Qualifications recognised\",\"unit\":\"people\","
                + "\"baseline\":0,\"target\":400}]},\"partnerId\":" + Slice.lowRiskPartner("NP") + "}")
                .json().getJsonNumber("id").longValue();
        assertThat(applicant.post("api/v1/tenants/NP/proposals/" + id + "/submit", null).status()).isEqualTo(200);
        String today = LocalDate.now().toString();

        String screening = Slice.taskFor(coordinator, "NP", GrantLifecycle.SCREEN_ELIGIBILITY, id);
        Api.Reply claimed = coordinator.post("api/v1/tenants/NP/tasks/" + screening + "/claim", null);
        assertThat(claimed.status()).isEqualTo(200);
        assertThat(claimed.json().getString("assignee")).isEqualTo("np.coordinator");
        assertThat(coordinator.post("api/v1/tenants/NP/tasks/" + screening + "/complete",
                "{\"decision\":\"ACCEPT\",\"comment\":\"Fits outcome 2\"}").status()).isEqualTo(204);

        JsonObject diagram = applicant.get("api/v1/tenants/NP/proposals/" + id + "/diagram").json();
        assertThat(diagram.getString("processKey")).isEqualTo(GrantLifecycle.PROCESS_KEY);
        assertThat(diagram.getString("xml")).as("the deployed model, diagram included")
                .isEqualTo(java.nio.file.Files.readString(java.nio.file.Path.of(GrantLifecycle.RESOURCE)));
        assertThat(diagram.getJsonArray("active").getValuesAs(JsonString::getString))
                .containsExactly(GrantLifecycle.DECLARE_CONFLICT);
        assertThat(diagram.getJsonArray("completed").getValuesAs(JsonString::getString))
                .contains(GrantLifecycle.SCREEN_ELIGIBILITY);
        assertThat(Api.as(app, "sn.coordinator").get("api/v1/tenants/NP/proposals/" + id + "/diagram").status())
                .isEqualTo(404);

        Slice.reviewByBothAgencies(app, "NP", id, 4);
        JsonObject reviewed = applicant.get("api/v1/tenants/NP/proposals/" + id).json();
        assertThat(reviewed.getString("state")).isEqualTo("AWAITING_APPROVAL");
        assertThat(coordinator.get("api/v1/tenants/NP/proposals/" + id + "/reviews").array()).hasSize(2);
        assertThat(applicant.get("api/v1/tenants/NP/proposals/" + id + "/reviews").status())
                .as("applicants do not read the reviews").isEqualTo(403);
        // 500,000 NPR is about USD 3,774 and well scored: the country approves
        assertThat(Slice.complete(coordinator, "NP", GrantLifecycle.APPROVE_GRANT, id,
                "{\"decision\":\"ACCEPT\"}").status()).isEqualTo(204);

        // the job executor creates the agreement; finance plans 40/40/20, which opens tranche 1
        assertThat(Slice.complete(finance, "NP", GrantLifecycle.SET_TRANCHE_PLAN, id,
                "{\"modality\":\"DIRECT_CASH_TRANSFER\",\"percentages\":[40,40]}").status()).as("not 100%").isEqualTo(422);
        assertThat(Slice.complete(finance, "NP", GrantLifecycle.SET_TRANCHE_PLAN, id,
                "{\"modality\":\"DIRECT_CASH_TRANSFER\",\"percentages\":[40,40,20]}").status()).isEqualTo(204);
        String grant = "api/v1/tenants/NP/proposals/" + id + "/grant";

        Api.Reply tooMuch = finance.post(grant + "/disbursements",
                "{\"amount\":200000.01,\"date\":\"" + today + "\",\"reference\":\"NP-PAY-1\"}");
        assertThat(tooMuch.status()).isEqualTo(422);
        assertThat(tooMuch.contentType()).startsWith("application/problem+json");
        assertThat(tooMuch.json().getString("detail"))
                .isEqualTo("Disbursing 200000.01 NPR would exceed tranche 1 of 200000.00 NPR; at most 200000.00 NPR remains in it");
        assertThat(Database.count("SELECT COUNT(*) FROM disbursement d JOIN grant_agreement g ON g.id = d.grant_id "
                + "WHERE g.proposal_id = ?", id)).isZero();
        // the partner requests the advance on a FACE form; finance authorises part of it, and no more is paid
        assertThat(finance.post(grant + "/disbursements", "{\"amount\":1,\"date\":\"" + today
                + "\",\"reference\":\"NP-PAY-0\"}").json().getString("detail")).isEqualTo("Tranche 1 is an advance: the"
                + " partner must first request it on a FACE form and finance authorise it");
        assertThat(Slice.complete(applicant, "NP", GrantLifecycle.REQUEST_ADVANCE, id, "{\"periodStart\":\"2026-01-01\","
                + "\"periodEnd\":\"2026-06-30\",\"lines\":[{\"description\":\"Credential desk\",\"amount\":120000},"
                + "{\"description\":\"Outreach\",\"amount\":80000}]}").status()).isEqualTo(204);
        assertThat(Slice.complete(finance, "NP", GrantLifecycle.AUTHORISE_ADVANCE, id,
                "{\"authorisedAmounts\":[120000,30000]}").status()).isEqualTo(204);
        assertThat(Slice.complete(finance, "NP", GrantLifecycle.RELEASE_TRANCHE, id, "{\"amount\":150000.01,\"date\":\""
                + today + "\",\"reference\":\"NP-PAY-1\"}").json().getString("detail"))
                .isEqualTo("Advancing 150000.01 NPR would pay more than the 150000.00 NPR authorised; at most 150000.00 NPR remains");
        assertThat(Slice.complete(finance, "NP", GrantLifecycle.RELEASE_TRANCHE, id, "{\"amount\":150000,\"date\":\""
                + today + "\",\"reference\":\"NP-PAY-1\"}").status()).isEqualTo(204);
        assertThat(finance.post(grant + "/disbursements", "{\"amount\":1,\"date\":\"" + today
                + "\",\"reference\":\"late\"}").json().getString("detail")).isEqualTo("No tranche of this grant is open for "
                + "disbursement: a tranche opens when the plan is set (the first) or when its reports are accepted (the others)");

        // tranche 2: reports, returned once by finance, then accepted by both
        String reports = "{\"narrative\":\"Credential desk open in Kathmandu; 120 applications processed\","
                + "\"beneficiariesReached\":120,\"periodStart\":\"2026-01-01\",\"periodEnd\":\"" + today
                + "\",\"expenditure\":140000,\"indicatorActuals\":[{\"name\":\"Qualifications recognised\",\"actual\":120}]}";
        assertThat(Slice.complete(applicant, "NP", GrantLifecycle.SUBMIT_REPORTS, id,
                reports.replace("Qualifications recognised", "Smiles")).json().getString("detail"))
                .isEqualTo("\"Smiles\" is not an indicator of this proposal's results framework");
        assertThat(Slice.complete(applicant, "NP", GrantLifecycle.SUBMIT_REPORTS, id,
                reports.replace("140000", "150000.01")).status()).as("more than authorised").isEqualTo(422);
        assertThat(Slice.complete(applicant, "NP", GrantLifecycle.SUBMIT_REPORTS, id, reports).status()).isEqualTo(204);
        assertThat(Slice.complete(coordinator, "NP", GrantLifecycle.VERIFY_PROGRESS_REPORT, id,
                "{\"accepted\":true}").status()).isEqualTo(204);
        assertThat(Slice.complete(finance, "NP", GrantLifecycle.VERIFY_FINANCIAL_REPORT, id,
                "{\"accepted\":false,\"note\":\"Attach the bank statement\"}").status()).isEqualTo(204);
        assertThat(Slice.complete(applicant, "NP", GrantLifecycle.SUBMIT_REPORTS, id, reports).status()).isEqualTo(204);
        assertThat(Slice.complete(coordinator, "NP", GrantLifecycle.VERIFY_PROGRESS_REPORT, id,
                "{\"accepted\":true}").status()).isEqualTo(204);
        assertThat(Slice.complete(finance, "NP", GrantLifecycle.VERIFY_FINANCIAL_REPORT, id,
                "{\"accepted\":true}").status()).isEqualTo(204);
        Slice.advanceAuthorised(app, "NP", id);
        assertThat(finance.post(grant + "/disbursements", "{\"amount\":200000,\"date\":\"" + today
                + "\",\"reference\":\"NP-PAY-2\"}").status()).isEqualTo(200);
        assertThat(Slice.complete(finance, "NP", GrantLifecycle.RELEASE_TRANCHE, id, "{}").status()).isEqualTo(204);

        // tranche 3
        assertThat(Slice.complete(applicant, "NP", GrantLifecycle.SUBMIT_REPORTS, id,
                reports.replace("140000", "300000")).status()).isEqualTo(204);
        assertThat(Slice.complete(coordinator, "NP", GrantLifecycle.VERIFY_PROGRESS_REPORT, id,
                "{\"accepted\":true}").status()).isEqualTo(204);
        assertThat(Slice.complete(finance, "NP", GrantLifecycle.VERIFY_FINANCIAL_REPORT, id,
                "{\"accepted\":true}").status()).isEqualTo(204);
        Slice.advanceAuthorised(app, "NP", id);
        assertThat(Slice.complete(finance, "NP", GrantLifecycle.RELEASE_TRANCHE, id, "{\"amount\":100000,\"date\":\""
                + today + "\",\"reference\":\"NP-PAY-3\"}").status()).isEqualTo(204);

        assertThat(Slice.complete(applicant, "NP", GrantLifecycle.SUBMIT_FINAL_REPORT, id,
                reports.replace("140000", "450000")).status()).isEqualTo(204);
        assertThat(Slice.complete(coordinator, "NP", GrantLifecycle.CLOSE_GRANT, id,
                "{\"note\":\"Results achieved; 50,000 NPR unspent\",\"summary\":\"Credential desk for returnees\","
                        + "\"lessons\":\"Involve the municipality from the first month\"}").status()).isEqualTo(204);

        JsonObject proposal = applicant.get("api/v1/tenants/NP/proposals/" + id).json();
        assertThat(proposal.getString("state")).isEqualTo("CLOSED");
        assertThat(applicant.get("api/v1/tenants/NP/proposals/" + id + "/diagram").json().getString("processKey"))
                .as("an approved grant is shown in its implementation").isEqualTo(GrantLifecycle.IMPLEMENTATION_KEY);
        assertThat(proposal.getJsonArray("waitingIn")).isEmpty();
        JsonObject closed = finance.get(grant).json();
        assertThat(closed.getJsonNumber("disbursed").bigDecimalValue()).isEqualByComparingTo("450000.00");
        assertThat(closed.getString("modality")).isEqualTo("DIRECT_CASH_TRANSFER");
        assertThat(closed.getJsonArray("tranches").getValuesAs(JsonObject.class)).extracting(t -> t.getString("status"))
                .containsExactly("RELEASED", "RELEASED", "RELEASED");
        assertThat(closed.getJsonArray("reports").getJsonObject(0).getJsonArray("indicatorActuals").getJsonObject(0)
                .getJsonNumber("actual").intValue()).isEqualTo(120);
        assertThat(closed.getJsonArray("ledger")).hasSize(3);
        assertThat(coordinator.get("api/v1/tenants/NP/proposals/" + id).json().getJsonArray("history")
                .getValuesAs(JsonObject.class))
                .extracting(h -> h.getString("action"))
                .containsSubsequence("CREATED", "SUBMITTED", "SCREENED_ELIGIBLE", "REVIEW_SCORED", "REVIEWS_COMPLETE",
                        "APPROVED", "GRANT_AGREEMENT_CREATED", "TRANCHE_PLAN_SET", "TRANCHE_OPENED",
                        "DISBURSEMENT_RECORDED", "TRANCHE_RELEASED", "REPORTS_SUBMITTED", "FINANCIAL_REPORT_RETURNED",
                        "REPORTS_SUBMITTED", "FINANCIAL_REPORT_ACCEPTED", "TRANCHE_OPENED", "TRANCHE_RELEASED",
                        "FINAL_REPORT_SUBMITTED", "GRANT_CLOSED");
        assertThat(Database.string("SELECT status FROM grant_agreement WHERE proposal_id = ?", id)).isEqualTo("CLOSED");
        assertThat(Database.count("SELECT COUNT(*) FROM act_hi_procinst WHERE business_key_ = ? AND state_ = 'COMPLETED'",
                Long.toString(id))).as("the lifecycle and its implementation").isEqualTo(2);
        assertThat(Database.string("SELECT d.text_ FROM act_hi_dec_out d JOIN act_hi_decinst i ON i.id_ = d.dec_inst_id_ "
                + "JOIN act_hi_procinst p ON p.proc_inst_id_ = i.proc_inst_id_ WHERE p.business_key_ = ?",
                Long.toString(id))).as("the decision is kept in history").isEqualTo("country");
        assertThat(coordinator.post("api/v1/tenants/NP/tasks/" + screening + "/complete", "{\"decision\":\"ACCEPT\"}")
                .status()).as("a task completed long ago").isEqualTo(409);
        long entry = closed.getJsonArray("ledger").getJsonObject(0).getJsonNumber("id").longValue();
        Api.Reply reversal = finance.post(grant + "/disbursements/" + entry + "/reversal", "{\"reason\":\"too late\"}");
        assertThat(reversal.status()).isEqualTo(422);
        assertThat(reversal.json().getString("detail")).isEqualTo("The grant is closed; its ledger can no longer change");
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
        Api.Reply otherBody = finance.postWithHeader(ledger + "/disbursements", body.replace("20000", "20001"),
                "Idempotency-Key", "retry-" + id);
        assertThat(otherBody.status()).as("the same key for another disbursement").isEqualTo(422);
        assertThat(otherBody.contentType()).startsWith("application/problem+json");
        assertThat(otherBody.json().getString("detail"))
                .isEqualTo("This Idempotency-Key was used for a different disbursement; a new disbursement needs a new key");
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
    void idsWrittenInOtherDigitsThanAsciiAreNoIds() {
        Api applicant = Api.as(app, "np.applicant");
        long id = applicant.post("api/v1/tenants/NP/proposals", "{\"title\":\"Digits probe\",\"sector\":\"HEALTH\","
                + "\"leadActor\":\"OTHER\",\"requestedAmount\":1000}").json().getJsonNumber("id").longValue();
        assertThat(applicant.get("api/v1/tenants/NP/proposals/" + id).status()).isEqualTo(200);
        for (String digits : new String[] {fullwidth(Long.toString(id)), arabicIndic(Long.toString(id))}) {
            Api.Reply reply = applicant.get("api/v1/tenants/NP/proposals/" + java.net.URLEncoder.encode(digits,
                    java.nio.charset.StandardCharsets.UTF_8));
            assertThat(reply.status()).as(digits).isEqualTo(404);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.json().getString("detail")).isEqualTo("No such resource");
        }
        Api.Reply max = Api.as(app, "np.coordinator").get("api/v1/tenants/NP/tasks?max="
                + java.net.URLEncoder.encode(fullwidth("5"), java.nio.charset.StandardCharsets.UTF_8));
        assertThat(max.status()).isEqualTo(400);
        assertThat(max.contentType()).startsWith("application/problem+json");
        assertThat(max.json().getString("detail")).isEqualTo("Query parameter max: A number is written with digits, "
                + "at most 18 before the decimal point and 6 after it");
    }

    @Test
    void theInboxPageCountsInAsciiDigitsOnly() {
        WebSession coordinator = WebSession.signIn(app, "np.coordinator");
        Api.Reply third = coordinator.get("app/inbox.xhtml?page=2");
        assertThat(third.status()).isEqualTo(200);
        Matcher pager = Pattern.compile("<nav class=\"pager\"[^>]*>.*?<span>([^<]*)</span>", Pattern.DOTALL)
                .matcher(third.body());
        assertThat(pager.find()).as("the pager").isTrue();
        assertThat(pager.group(1)).isEqualTo("Page 3");
        for (String digits : new String[] {fullwidth("2"), arabicIndic("2")}) {
            assertThat(coordinator.get("app/inbox.xhtml?page=" + URLEncoder.encode(digits, StandardCharsets.UTF_8))
                    .status()).as(digits).isEqualTo(404);
        }
    }

    static String fullwidth(String ascii) {
        return ascii.chars().mapToObj(c -> String.valueOf((char) ('\uFF10' + c - '0'))).collect(java.util.stream.Collectors.joining());
    }

    static String arabicIndic(String ascii) {
        return ascii.chars().mapToObj(c -> String.valueOf((char) ('\u0660' + c - '0'))).collect(java.util.stream.Collectors.joining());
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
        assertThat(withdrawn.json().getString("withdrawalReason")).isEqualTo("Funded by the municipality instead");
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
    void aDeniedRequestIsRecordedInTheAuditTrailOfTheUsersOwnCountry() {
        long id = Slice.submittedProposal(app, "NP", "Remittance literacy in Pokhara", "40000");
        String denied = "SELECT COUNT(*) FROM audit_entry WHERE tenant_id = 'SN' AND actor = 'sn.coordinator' "
                + "AND action = 'ACCESS_DENIED' AND subject_type = 'ACCESS' AND to_state = '404' "
                + "AND detail = 'ProposalResource.get: country NP'";
        long before = Database.count(denied);

        assertThat(Api.as(app, "sn.coordinator").get("api/v1/tenants/NP/proposals/" + id).status()).isEqualTo(404);

        assertThat(Database.count(denied)).isEqualTo(before + 1);
        assertThat(Database.count("SELECT COUNT(*) FROM audit_entry WHERE tenant_id = 'NP' AND actor = 'sn.coordinator'"))
                .isZero();
    }

    @Test
    void draftsCanBeEditedAndDeletedButNotOnceSubmitted() {
        Api applicant = Api.as(app, "np.applicant");
        String body = "{\"title\":\"Draft probe\",\"sector\":\"HEALTH\",\"leadActor\":\"OTHER\",\"requestedAmount\":1000}";
        long id = applicant.post("api/v1/tenants/NP/proposals", body).json().getJsonNumber("id").longValue();
        String path = "api/v1/tenants/NP/proposals/" + id;

        Api.Reply edited = applicant.put(path, body.replace("Draft probe", "Draft probe, edited").replace("1000", "1500"));
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.json().getString("title")).isEqualTo("Draft probe, edited");
        assertThat(edited.json().getJsonNumber("requestedAmount").bigDecimalValue()).isEqualByComparingTo("1500");
        assertThat(applicant.delete(path).status()).isEqualTo(204);
        assertThat(applicant.get(path).status()).isEqualTo(404);

        long submitted = Slice.submittedProposal(app, "NP", "Submitted probe", "1000");
        assertThat(applicant.put("api/v1/tenants/NP/proposals/" + submitted, body).status()).isEqualTo(422);
        assertThat(applicant.delete("api/v1/tenants/NP/proposals/" + submitted).status()).isEqualTo(422);
        assertThat(Api.as(app, "sn.applicant").delete("api/v1/tenants/NP/proposals/" + submitted).status()).isEqualTo(404);
    }

    @Test
    void aProposalCarriesItsFullProfileWithClearMessagesForBadValues() {
        Api applicant = Api.as(app, "np.applicant");
        String profile = "{\"level\":\"LOCAL\",\"outcomes\":[1,2],\"interventionAreas\":[\"RECOGNITION_OF_QUALIFICATIONS\"],"
                + "\"sdgTargets\":[\"10.7\",\"8.8\"],\"gcmObjectives\":[18],\"genderMarker\":2,\"covidRecovery\":true,"
                + "\"partners\":[\"DIASPORA\",\"PRIVATE_SECTOR\"],\"beneficiaries\":{\"migrantsWomen\":300,"
                + "\"migrantsMen\":200,\"familiesWomen\":150,\"familiesMen\":100,\"hostWomen\":50,\"hostMen\":50},"
                + "\"budgetLines\":[{\"description\":\"Assessment centre\",\"amount\":600000},"
                + "{\"description\":\"Outreach to returnees\",\"amount\":400000}],\"coFinancing\":250000,"
                + "\"startDate\":\"2020-03-01\",\"endDate\":\"2023-02-28\",\"indicators\":[{\"name\":"
                + "\"Qualifications recognised\",\"unit\":\"people\",\"baseline\":0,\"target\":500}]}";
        String body = "{\"title\":\"Profile probe: skills passports\",\"sector\":\"EMPLOYMENT\","
                + "\"leadActor\":\"LOCAL_AUTHORITY\",\"requestedAmount\":1000000,\"profile\":" + profile + "}";

        Api.Reply created = applicant.post("api/v1/tenants/NP/proposals", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonObject stored = created.json().getJsonObject("profile");
        assertThat(stored.getInt("genderMarker")).isEqualTo(2);
        assertThat(stored.getJsonArray("budgetLines")).hasSize(2);
        assertThat(stored.getJsonArray("indicators").getJsonObject(0).getString("name")).isEqualTo("Qualifications recognised");
        assertThat(stored.getJsonObject("beneficiaries").getInt("migrantsWomen")).isEqualTo(300);

        Api.Reply outside = applicant.post("api/v1/tenants/NP/proposals", body.replace("2023-02-28", "2024-02-28"));
        assertThat(outside.status()).isEqualTo(422);
        assertThat(outside.json().getString("detail"))
                .isEqualTo("The initiative must run within the programme, from 2019-11-01 to 2023-10-31");
        Api.Reply sums = applicant.post("api/v1/tenants/NP/proposals", body.replace("\"amount\":400000", "\"amount\":300000"));
        assertThat(sums.status()).isEqualTo(422);
        assertThat(sums.json().getString("detail"))
                .isEqualTo("The budget lines add up to 900000.00 NPR, not the requested 1000000.00 NPR");
        Api.Reply marker = applicant.post("api/v1/tenants/NP/proposals", body.replace("\"genderMarker\":2", "\"genderMarker\":3")
                .replace("\"coFinancing\":250000", "\"coFinancing\":-1"));
        assertThat(marker.status()).isEqualTo(400);
        assertThat(marker.json().getJsonArray("errors").getValuesAs(JsonObject.class)).extracting(e -> e.getString("message"))
                .containsExactlyInAnyOrder("The gender marker is 0, 1 or 2", "Co-financing cannot be negative");
        Api.Reply gcm = applicant.post("api/v1/tenants/NP/proposals", body.replace("\"gcmObjectives\":[18]", "\"gcmObjectives\":[24]"));
        assertThat(gcm.status()).isEqualTo(422);
        assertThat(gcm.json().getString("detail")).isEqualTo("The Global Compact for Migration has objectives 1 to 23");
        assertThat(Database.count("SELECT COUNT(*) FROM proposal WHERE title = 'Profile probe: skills passports'"))
                .isEqualTo(1);
    }

    @Test
    void theInboxFiltersByKindAndAssignmentAndPagesWithoutCounting() {
        long first = Slice.submittedProposal(app, "NP", "Inbox probe one", "1000");
        long second = Slice.submittedProposal(app, "NP", "Inbox probe two", "1000");
        Api coordinator = Api.as(app, "np.coordinator");
        String claimed = Slice.taskFor(coordinator, "NP", GrantLifecycle.SCREEN_ELIGIBILITY, first);
        coordinator.post("api/v1/tenants/NP/tasks/" + claimed + "/claim", null);

        List<JsonObject> screening = coordinator.get("api/v1/tenants/NP/tasks?key=screenEligibility&max=200").array()
                .getValuesAs(JsonObject.class);
        assertThat(screening).isNotEmpty().allMatch(t -> t.getString("key").equals(GrantLifecycle.SCREEN_ELIGIBILITY));
        assertThat(coordinator.get("api/v1/tenants/NP/tasks?assigned=me").array().getValuesAs(JsonObject.class))
                .extracting(t -> t.getString("id")).contains(claimed);
        assertThat(coordinator.get("api/v1/tenants/NP/tasks?assigned=nobody&max=200").array().getValuesAs(JsonObject.class))
                .extracting(t -> t.getString("id")).doesNotContain(claimed)
                .contains(Slice.taskFor(coordinator, "NP", GrantLifecycle.SCREEN_ELIGIBILITY, second));
        assertThat(coordinator.get("api/v1/tenants/NP/tasks?max=1").array()).hasSize(1);
        Api.Reply bogus = coordinator.get("api/v1/tenants/NP/tasks?assigned=everyone");
        assertThat(bogus.status()).isEqualTo(400);
        assertThat(bogus.json().getString("detail")).isEqualTo("assigned is me or nobody");
    }

    @Test
    void onlyTheApplicantWhoCreatedAProposalActsOnIt() {
        Api owner = Api.as(app, "np.applicant");
        Api other = Api.as(app, "np.applicant2");
        String body = "{\"title\":\"Owner probe\",\"sector\":\"HEALTH\",\"leadActor\":\"OTHER\",\"requestedAmount\":1000}";
        long id = owner.post("api/v1/tenants/NP/proposals", body).json().getJsonNumber("id").longValue();
        String path = "api/v1/tenants/NP/proposals/" + id;

        assertThat(other.put(path, body.replace("Owner probe", "Hijacked")).status()).isEqualTo(403);
        assertThat(other.delete(path).status()).isEqualTo(403);
        assertThat(other.post(path + "/submit", null).status()).isEqualTo(403);
        assertThat(owner.post(path + "/submit", null).status()).isEqualTo(200);
        assertThat(other.post(path + "/withdraw", "{\"reason\":\"not mine\"}").status()).isEqualTo(403);
        assertThat(Database.string("SELECT state FROM proposal WHERE id = ?", id)).isEqualTo("SUBMITTED");
        assertThat(Database.string("SELECT title FROM proposal WHERE id = ?", id)).isEqualTo("Owner probe");
    }

    @Test
    void aReviewerReadsAProposalOnlyAfterDeclaringNoConflict() {
        long id = Slice.submittedProposal(app, "NP", "Reviewer probe: diaspora bonds", "50000");
        Slice.screen(app, "NP", id, "ACCEPT");
        Api reviewer = Api.as(app, "np.reviewer.iom");

        assertThat(reviewer.get("api/v1/tenants/NP/proposals/" + id).status()).isEqualTo(403);
        assertThat(reviewer.get("api/v1/tenants/NP/proposals").array().getValuesAs(JsonObject.class))
                .noneMatch(p -> p.getJsonNumber("id").longValue() == id);
        assertThat(Slice.complete(reviewer, "NP", GrantLifecycle.DECLARE_CONFLICT, id, "{\"conflict\":false}").status())
                .isEqualTo(204);
        assertThat(reviewer.get("api/v1/tenants/NP/proposals/" + id).status()).isEqualTo(200);
        assertThat(Slice.complete(reviewer, "NP", GrantLifecycle.SCORE_PROPOSAL, id, Slice.scores(3)).status())
                .isEqualTo(204);
        Api undp = Api.as(app, "np.reviewer.undp");
        assertThat(Slice.complete(undp, "NP", GrantLifecycle.DECLARE_CONFLICT, id, "{\"conflict\":false}").status())
                .isEqualTo(204);
        assertThat(undp.get("api/v1/tenants/NP/proposals/" + id + "/reviews").array())
                .as("the other agency's scores stay hidden from a reviewer").isEmpty();
        assertThat(Api.as(app, "np.coordinator").get("api/v1/tenants/NP/proposals/" + id + "/reviews").array()).hasSize(1);
    }

    @Test
    void aTaskClaimedBySomeoneElseIsAConflictNotAMissingTask() {
        long id = Slice.submittedProposal(app, "NP", "Claim probe", "1000");
        String task = Slice.taskFor(Api.as(app, "np.coordinator"), "NP", GrantLifecycle.SCREEN_ELIGIBILITY, id);
        assertThat(Api.as(app, "np.coordinator").post("api/v1/tenants/NP/tasks/" + task + "/claim", null).status())
                .isEqualTo(200);

        Api.Reply second = Api.as(app, "np.coordinator2").post("api/v1/tenants/NP/tasks/" + task + "/claim", null);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().getString("detail")).isEqualTo("This task is claimed by np.coordinator");
        assertThat(Api.as(app, "np.coordinator2").get("api/v1/tenants/NP/proposals/" + id + "/grant").status())
                .as("no grant yet").isEqualTo(404);
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
        assertThat(submitted.json().getString("detail"))
                .isEqualTo("This country takes part in knowledge sharing only and cannot submit grant proposals");
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
        // titles of their own: other test classes share the database
        String x = "x " + java.util.UUID.randomUUID();
        String centimes = "Centimes " + java.util.UUID.randomUUID();
        Api.Reply missing = applicant.post("api/v1/tenants/SN/proposals", "{\"sector\":\"HEALTH\",\"requestedAmount\":-5}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).contains("title", "leadActor", "requestedAmount");

        assertThat(applicant.post("api/v1/tenants/SN/proposals", "{\"title\": ").status()).isEqualTo(400);
        assertThat(applicant.post("api/v1/tenants/SN/proposals",
                "{\"title\":\"" + x + "\",\"sector\":\"HEALTH\",\"leadActor\":\"OTHER\",\"requestedAmount\":1,\"budget\":2}").status()).isEqualTo(400);
        assertThat(applicant.post("api/v1/tenants/SN/proposals",
                "{\"title\":\"" + x + "\",\"sector\":\"SPACE\",\"leadActor\":\"OTHER\",\"requestedAmount\":1}").status()).isEqualTo(400);

        Api.Reply francs = applicant.post("api/v1/tenants/SN/proposals",
                "{\"title\":\"" + centimes + "\",\"sector\":\"HEALTH\",\"leadActor\":\"OTHER\",\"requestedAmount\":1000.5}");
        assertThat(francs.status()).isEqualTo(422);
        assertThat(francs.json().getString("detail")).isEqualTo("XOF amounts have no decimals");
        assertThat(Database.count("SELECT COUNT(*) FROM proposal WHERE title IN (?, ?)", x, centimes)).isZero();
    }
}
