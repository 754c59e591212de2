package org.m4d.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.time.LocalDate;
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
    void aProposalGoesFromSubmissionThroughScreeningToDisbursement() {
        long id = Slice.submittedProposal(app, "NP", "Recognition of foreign qualifications", "500000.00");
        Api coordinator = Api.as(app, "np.coordinator");
        Api finance = Api.as(app, "np.finance");

        String screening = Slice.taskFor(coordinator, "NP", GrantLifecycle.SCREEN_ELIGIBILITY, id);
        Api.Reply claimed = coordinator.post("api/v1/tenants/NP/tasks/" + screening + "/claim", null);
        assertThat(claimed.status()).isEqualTo(200);
        assertThat(claimed.json().getString("assignee")).isEqualTo("np.coordinator");
        assertThat(coordinator.post("api/v1/tenants/NP/tasks/" + screening + "/complete",
                "{\"eligible\":true,\"comment\":\"Fits outcome 2\"}").status()).isEqualTo(204);

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
                        "SCREENED_ELIGIBLE by np.coordinator", "GRANT_AGREEMENT_CREATED by np.coordinator",
                        "DISBURSEMENT_RECORDED by np.finance", "DISBURSING by np.finance");
        assertThat(Database.count("SELECT COUNT(*) FROM disbursement d JOIN grant_agreement g ON g.id = d.grant_id "
                + "WHERE g.proposal_id = ? AND d.amount = 200000", id)).isEqualTo(1);
        assertThat(Database.string("SELECT state_ FROM act_hi_procinst WHERE business_key_ = ? AND tenant_id_ = 'NP'",
                Long.toString(id))).isEqualTo("COMPLETED");
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
                "{\"title\":\"Returnee skills\",\"sector\":\"EMPLOYMENT\",\"requestedAmount\":1000}");
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
                "{\"title\":\"Not mine to propose\",\"sector\":\"HEALTH\",\"requestedAmount\":10}");
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
                .extracting(e -> e.getString("field")).contains("title", "requestedAmount");

        assertThat(applicant.post("api/v1/tenants/SN/proposals", "{\"title\": ").status()).isEqualTo(400);
        assertThat(applicant.post("api/v1/tenants/SN/proposals",
                "{\"title\":\"x\",\"sector\":\"HEALTH\",\"requestedAmount\":1,\"budget\":2}").status()).isEqualTo(400);
        assertThat(applicant.post("api/v1/tenants/SN/proposals",
                "{\"title\":\"x\",\"sector\":\"SPACE\",\"requestedAmount\":1}").status()).isEqualTo(400);

        Api.Reply francs = applicant.post("api/v1/tenants/SN/proposals",
                "{\"title\":\"Centimes\",\"sector\":\"HEALTH\",\"requestedAmount\":1000.5}");
        assertThat(francs.status()).isEqualTo(422);
        assertThat(francs.json().getString("detail")).isEqualTo("XOF amounts have no decimals");
        assertThat(Database.count("SELECT COUNT(*) FROM proposal WHERE title IN ('x', 'Centimes')")).isZero();
    }
}
