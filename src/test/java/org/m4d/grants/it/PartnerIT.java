package org.m4d.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Implementing partners through the REST API on Payara Micro and PostgreSQL: adding one, its
 * micro-assessments and the rating in force, who sees what, another country's partner, bad input
 * refused with nothing written, and a proposal made for a partner.
 */
@ExtendWith(SharedApp.class)
class PartnerIT {

    private static final String PARTNERS = "api/v1/tenants/NP/partners";

    @AppUrl
    URL app;

    private final String token = "P" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    private static String partner(String name, String type) {
        return "{\"name\":\"" + name + "\",\"type\":\"" + type + "\",\"registrationNumber\":\"REG-1\","
                + "\"vendorNumber\":\"V-77\",\"contactName\":\"Sita Gurung\",\"contactEmail\":\"sita@example.org\","
                + "\"contactPhone\":\"+977 1 4412345\"}";
    }

    private static String assessment(String rating, LocalDate on, String validUntil) {
        return "{\"rating\":\"" + rating + "\",\"assessedOn\":\"" + on + "\",\"assessor\":\"HACT firm\""
                + (validUntil == null ? "" : ",\"validUntil\":\"" + validUntil + "\"") + "}";
    }

    private long created(String name) {
        Api.Reply created = Api.as(app, "np.coordinator").post(PARTNERS, partner(name, "NGO_CSO"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    private static long rows(String sql, Object... params) {
        return Database.count(sql, params);
    }

    @Test
    void aCoordinatorAddsAPartnerFinanceAssessesItAndTheNewestValidAssessmentSetsTheRating() {
        Api coordinator = Api.as(app, "np.coordinator");
        Api.Reply created = coordinator.post(PARTNERS, partner(token + " Returnee Network", "NGO_CSO"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        assertThat(created.json().getString("rating")).isEqualTo("NOT_ASSESSED");
        assertThat(created.json().getString("vendorNumber")).isEqualTo("V-77");

        Api finance = Api.as(app, "np.finance");
        LocalDate today = LocalDate.now();
        Api.Reply high = finance.post(PARTNERS + "/" + id + "/assessments", assessment("HIGH", today.minusDays(10), null));
        assertThat(high.status()).as(high.body()).isEqualTo(201);
        assertThat(high.json().getString("validUntil")).isEqualTo(today.minusDays(10).plusYears(5).toString());
        assertThat(finance.post(PARTNERS + "/" + id + "/assessments", assessment("LOW", today.minusYears(2), null))
                .status()).isEqualTo(201);

        JsonObject read = finance.get(PARTNERS + "/" + id).json();
        assertThat(read.getString("rating")).isEqualTo("HIGH");
        assertThat(read.getJsonArray("assessments").getValuesAs(JsonObject.class))
                .extracting(a -> a.getString("rating") + " " + a.getString("recordedBy"))
                .containsExactly("HIGH np.finance", "LOW np.finance");
        assertThat(coordinator.get(PARTNERS + "/" + id + "/assessments").array()).hasSize(2);
        assertThat(rows("SELECT COUNT(*) FROM audit_entry WHERE subject_type = 'PARTNER' AND subject_id = ?", id))
                .isEqualTo(3);
    }

    @Test
    void anExpiredAssessmentLeavesThePartnerNotAssessed() {
        long id = created(token + " Expired");
        Api finance = Api.as(app, "np.finance");
        LocalDate longAgo = LocalDate.now().minusYears(3);
        assertThat(finance.post(PARTNERS + "/" + id + "/assessments",
                assessment("LOW", longAgo, longAgo.plusYears(1).toString())).status()).isEqualTo(201);

        assertThat(finance.get(PARTNERS + "/" + id).json().getString("rating")).isEqualTo("NOT_ASSESSED");
    }

    @Test
    void everyMemberListsNamesButOnlyTheReadersOfRatingsSeeThemAndTheDetails() {
        long id = created(token + " Listed");
        Api applicant = Api.as(app, "np.applicant");

        JsonObject line = applicant.get(PARTNERS).array().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
        assertThat(line.getString("name")).isEqualTo(token + " Listed");
        assertThat(line.containsKey("rating")).isFalse();
        Api.Reply details = applicant.get(PARTNERS + "/" + id);
        assertThat(details.status()).isEqualTo(403);
        assertThat(details.contentType()).startsWith("application/problem+json");
        assertThat(details.body()).doesNotContain("V-77");

        JsonObject observed = Api.as(app, "observer").get(PARTNERS).array().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
        assertThat(observed.getString("rating")).isEqualTo("NOT_ASSESSED");
        Api.Reply observerAdds = Api.as(app, "observer").post(PARTNERS, partner(token + " Observer's", "ACADEMIC"));
        assertThat(observerAdds.status()).isEqualTo(403);
        assertThat(rows("SELECT COUNT(*) FROM partner WHERE name = ?", token + " Observer's")).isZero();
    }

    @Test
    void theDemoHasTheHighRiskPartnerOfNepal() {
        List<JsonObject> nepal = Api.as(app, "np.finance").get(PARTNERS).array().getValuesAs(JsonObject.class);
        assertThat(nepal).filteredOn(p -> p.getString("name").equals("Nepal Diaspora Returnee Network"))
                .extracting(p -> p.getString("rating")).containsExactly("HIGH");
    }

    @Test
    void anotherCountrysPartnerIsNotFoundByAnyPath() {
        long id = created(token + " Nepali");
        Api senegal = Api.as(app, "sn.coordinator");

        for (String path : List.of(PARTNERS + "/" + id, "api/v1/tenants/SN/partners/" + id,
                "api/v1/tenants/SN/partners/" + id + "/assessments")) {
            Api.Reply reply = senegal.get(path);
            assertThat(reply.status()).as(path).isEqualTo(404);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.body()).doesNotContain(token);
        }
        Api.Reply assess = senegal.post("api/v1/tenants/SN/partners/" + id + "/assessments",
                assessment("LOW", LocalDate.now(), null));
        assertThat(assess.status()).isEqualTo(404);
        assertThat(rows("SELECT COUNT(*) FROM risk_assessment WHERE partner_id = ?", id)).isZero();
    }

    @Test
    void badInputIsRefusedWithAProblemAndNothingIsWritten() {
        long id = created(token + " Target");
        Api finance = Api.as(app, "np.finance");
        String assessments = PARTNERS + "/" + id + "/assessments";
        LocalDate today = LocalDate.now();

        expectRefused(finance.post(assessments, assessment("EXTREME", today, null)), 400);
        expectRefused(finance.post(assessments, assessment("NOT_ASSESSED", today, null)), 422);
        expectRefused(finance.post(assessments, assessment("LOW", today.plusDays(3), null)), 422);
        expectRefused(finance.post(assessments, assessment("LOW", today.minusDays(5), today.minusDays(6).toString())), 422);
        expectRefused(finance.post(assessments, "{\"rating\":\"LOW\",\"assessedOn\":\"" + today + "\",\"assessor\":\" \"}"),
                400);
        assertThat(rows("SELECT COUNT(*) FROM risk_assessment WHERE partner_id = ?", id)).isZero();

        long before = rows("SELECT COUNT(*) FROM partner WHERE tenant_id = 'NP'");
        expectRefused(finance.post(PARTNERS, partner(token + " Unknown type", "CHARITY")), 400);
        expectRefused(finance.post(PARTNERS, partner("  ", "NGO_CSO")), 400);
        Api.Reply duplicate = finance.post(PARTNERS, partner(token.toLowerCase() + " TARGET", "ACADEMIC"));
        expectRefused(duplicate, 409);
        assertThat(duplicate.json().getString("detail")).isEqualTo("The country already has a partner named " + token
                + " Target");
        expectRefused(finance.put(PARTNERS + "/" + id, partner(token + " Target", "CHARITY")), 400);
        assertThat(rows("SELECT COUNT(*) FROM partner WHERE tenant_id = 'NP'")).isEqualTo(before);
        assertThat(Database.string("SELECT type FROM partner WHERE id = ?", id)).isEqualTo("NGO_CSO");
    }

    private static void expectRefused(Api.Reply reply, int status) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.body()).doesNotContainPattern(CorpusCases.CLASS_NAME);
    }

    @Test
    void aProposalIsMadeForAPartnerOfItsCountryOnly() {
        long nepali = created(token + " For proposals");
        Api snCoordinator = Api.as(app, "sn.coordinator");
        long senegalese = snCoordinator.post("api/v1/tenants/SN/partners", partner(token + " Senegalese", "NGO_CSO"))
                .json().getJsonNumber("id").longValue();
        Api applicant = Api.as(app, "np.applicant");
        String draft = "{\"title\":\"" + token + " clinics\",\"sector\":\"HEALTH\",\"leadActor\":\"OTHER\","
                + "\"requestedAmount\":1000,\"partnerId\":%d}";

        Api.Reply made = applicant.post("api/v1/tenants/NP/proposals", draft.formatted(nepali));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        long proposal = made.json().getJsonNumber("id").longValue();
        JsonObject read = applicant.get("api/v1/tenants/NP/proposals/" + proposal).json();
        assertThat(read.getJsonNumber("partnerId").longValue()).isEqualTo(nepali);
        assertThat(read.getString("partnerName")).isEqualTo(token + " For proposals");
        assertThat(Database.count("SELECT partner_id FROM proposal WHERE id = ?", proposal)).isEqualTo(nepali);

        Api.Reply foreign = applicant.post("api/v1/tenants/NP/proposals",
                draft.replace(token + " clinics", token + " foreign").formatted(senegalese));
        expectRefused(foreign, 422);
        assertThat(foreign.body()).doesNotContain(token + " Senegalese");
        assertThat(rows("SELECT COUNT(*) FROM proposal WHERE title = ?", token + " foreign")).isZero();
    }
}
