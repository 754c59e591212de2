package org.m4d.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The results framework through the API on Payara Micro and PostgreSQL: grant indicators linked to
 * the phase's outcomes and programme indicators, a link outside the phase refused with nothing
 * written, and two grants in two countries reporting, rolled up exactly per country and for the
 * programme (figures compared before and after, as other tests' grants share the database).
 */
@ExtendWith(SharedApp.class)
class ResultsIT {

    @AppUrl
    URL app;

    private ResultsFixtures fx() {
        return new ResultsFixtures(app);
    }

    private static JsonObject row(JsonObject results, String list, String country, Predicate<JsonObject> which) {
        return results.getJsonArray(list).getValuesAs(JsonObject.class).stream()
                .filter(r -> country == null ? !r.containsKey("country") || r.isNull("country")
                        : r.containsKey("country") && !r.isNull("country") && r.getString("country").equals(country))
                .filter(which).findFirst().orElse(null);
    }

    private static JsonObject indicatorRow(JsonObject results, String country, long programmeIndicator) {
        return row(results, "indicators", country, r -> r.getJsonNumber("programmeIndicatorId").longValue() == programmeIndicator);
    }

    private static JsonObject markerRow(JsonObject results, String country, String marker, String value) {
        return row(results, "markers", country, r -> r.getString("marker").equals(marker) && r.getString("value").equals(value));
    }

    /** A figure of a row, zero where the row does not exist yet. */
    private static BigDecimal figure(JsonObject row, String name) {
        return row == null ? BigDecimal.ZERO : row.getJsonNumber(name).bigDecimalValue();
    }

    private BigDecimal approvedUsd(String tenant, long id) {
        JsonObject grant = fx().results("pmu", "api/v1/tenants/" + tenant + "/proposals/" + id + "/grant");
        return grant.getJsonNumber("approvedAmount").bigDecimalValue()
                .divide(grant.getJsonNumber("usdRate").bigDecimalValue(), 2, RoundingMode.HALF_UP);
    }

    @Test
    void aLinkOutsideTheProposalsPhaseIsRefusedAndNothingIsWritten() {
        JsonObject before = fx().results("pmu", "api/v1/results");
        String phase = before.getString("phaseId");
        int outcomes = fx().results("pmu", "api/v1/programme/phases/" + phase).getJsonArray("outcomes").size();
        ResultsFixtures.Target first = fx().catalogue(phase).get(0);
        int otherOutcome = first.outcome() == 1 ? 2 : 1;
        Api applicant = Api.as(app, "np.applicant");
        String title = "Results probe " + System.nanoTime();

        Api.Reply anotherPhase = applicant.post("api/v1/tenants/NP/proposals", "{\"title\":\"" + title
                + "\",\"sector\":\"EMPLOYMENT\",\"leadActor\":\"NATIONAL_INSTITUTION\",\"requestedAmount\":1000,"
                + "\"profile\":{\"indicators\":[{\"name\":\"Plans adopted\",\"target\":3,\"outcome\":" + (outcomes + 1) + "}]}}");
        Api.Reply anotherOutcome = applicant.post("api/v1/tenants/NP/proposals", "{\"title\":\"" + title
                + "\",\"sector\":\"EMPLOYMENT\",\"leadActor\":\"NATIONAL_INSTITUTION\",\"requestedAmount\":1000,"
                + "\"profile\":{\"indicators\":[{\"name\":\"Plans adopted\",\"target\":3,\"outcome\":" + otherOutcome
                + ",\"programmeIndicatorId\":" + first.id() + "}]}}");

        assertThat(anotherPhase.status()).isEqualTo(422);
        assertThat(anotherPhase.contentType()).startsWith("application/problem+json");
        assertThat(anotherPhase.json().getString("detail")).isEqualTo("Indicator \"Plans adopted\" is linked to outcome "
                + (outcomes + 1) + ", which is not an outcome of the proposal's phase " + phase);
        assertThat(anotherOutcome.status()).isEqualTo(422);
        assertThat(anotherOutcome.json().getString("detail")).isEqualTo("Indicator \"Plans adopted\" is linked to "
                + "programme indicator " + first.id() + ", which is not one of outcome " + otherOutcome + " of phase " + phase);
        assertThat(Database.count("SELECT COUNT(*) FROM proposal WHERE title = ?", title)).isZero();
    }

    @Test
    void twoGrantsReportingAddUpPerCountryAndForTheProgramme() {
        JsonObject before = fx().results("pmu", "api/v1/results");
        List<ResultsFixtures.Target> catalogue = fx().catalogue(before.getString("phaseId"));
        ResultsFixtures.Target trained = catalogue.get(0);
        ResultsFixtures.Target reached = catalogue.get(catalogue.size() - 1);
        Map<String, BigDecimal> was = Map.of(
                "programme.linked", figure(indicatorRow(before, null, trained.id()), "linked"),
                "programme.reporting", figure(indicatorRow(before, null, trained.id()), "reporting"),
                "programme.target", figure(indicatorRow(before, null, trained.id()), "target"),
                "programme.actual", figure(indicatorRow(before, null, trained.id()), "actual"),
                "NP.actual", figure(indicatorRow(before, "NP", trained.id()), "actual"),
                "SN.actual", figure(indicatorRow(before, "SN", trained.id()), "actual"),
                "reached.actual", figure(indicatorRow(before, null, reached.id()), "actual"),
                "gender2.proposals", figure(markerRow(before, null, "GENDER_MARKER", "2"), "proposals"),
                "gender2.usd", figure(markerRow(before, null, "GENDER_MARKER", "2"), "approvedUsd"));

        long nepal = fx().proposal("NP", "Results: officials trained in Kathmandu", "500000", 2,
                ResultsFixtures.indicator("Officials trained in Kathmandu", trained, 40) + ","
                        + ResultsFixtures.indicator("Returnees reached", reached, 300));
        long senegal = fx().proposal("SN", "Results: officials trained in Dakar", "2000000", 2,
                ResultsFixtures.indicator("Officials trained in Dakar", trained, 30));
        fx().grantReady("NP", nepal, "250000");
        fx().grantReady("SN", senegal, "1000000");
        // Nepal's first report is returned by finance and does not count; the one sent again, accepted, does
        fx().report("NP", nepal, "{\"name\":\"Officials trained in Kathmandu\",\"actual\":25},"
                + "{\"name\":\"Returnees reached\",\"actual\":100}", false);
        JsonObject returned = fx().results("pmu", "api/v1/results");
        assertThat(figure(indicatorRow(returned, null, trained.id()), "actual")).isEqualByComparingTo(was.get("programme.actual"));
        fx().report("NP", nepal, "{\"name\":\"Officials trained in Kathmandu\",\"actual\":28},"
                + "{\"name\":\"Returnees reached\",\"actual\":150}", true);
        fx().report("SN", senegal, "{\"name\":\"Officials trained in Dakar\",\"actual\":12}", true);

        JsonObject after = fx().results("pmu", "api/v1/results");
        JsonObject programme = indicatorRow(after, null, trained.id());
        assertThat(programme.getString("indicator")).isEqualTo(trained.name());
        assertThat(figure(programme, "linked").subtract(was.get("programme.linked"))).isEqualByComparingTo("2");
        assertThat(figure(programme, "reporting").subtract(was.get("programme.reporting"))).isEqualByComparingTo("2");
        assertThat(figure(programme, "target").subtract(was.get("programme.target"))).isEqualByComparingTo("70");
        assertThat(figure(programme, "actual").subtract(was.get("programme.actual"))).isEqualByComparingTo("40");
        assertThat(figure(indicatorRow(after, "NP", trained.id()), "actual").subtract(was.get("NP.actual")))
                .isEqualByComparingTo("28");
        assertThat(figure(indicatorRow(after, "SN", trained.id()), "actual").subtract(was.get("SN.actual")))
                .isEqualByComparingTo("12");
        assertThat(figure(indicatorRow(after, null, reached.id()), "actual").subtract(was.get("reached.actual")))
                .isEqualByComparingTo("150");
        JsonObject gender = markerRow(after, null, "GENDER_MARKER", "2");
        assertThat(figure(gender, "proposals").subtract(was.get("gender2.proposals"))).isEqualByComparingTo("2");
        assertThat(figure(gender, "approvedUsd").subtract(was.get("gender2.usd")))
                .isEqualByComparingTo(approvedUsd("NP", nepal).add(approvedUsd("SN", senegal)));
    }

    @Test
    void aCountrysResultsAreItsMembersAlone() {
        JsonObject nepal = fx().results("np.coordinator", "api/v1/tenants/NP/results");
        JsonObject own = fx().results("sn.applicant", "api/v1/results");

        assertThat(nepal.getJsonArray("countries").getString(0)).isEqualTo("NP");
        assertThat(nepal.getJsonArray("countries")).hasSize(1);
        assertThat(own.getJsonArray("countries")).hasSize(1);
        assertThat(own.getJsonArray("countries").getString(0)).isEqualTo("SN");
        assertThat(Api.as(app, "sn.coordinator").get("api/v1/tenants/NP/results").status()).isEqualTo(404);
        assertThat(fx().results("pmu", "api/v1/results").getJsonArray("countries")).hasSize(11);
    }

    @Test
    void aPhaseThatRequiresTheGenderMarkerRefusesASubmissionWithoutIt() {
        String phase = fx().results("pmu", "api/v1/results").getString("phaseId");
        String required = "api/v1/programme/phases/" + phase + "/required-markers";
        String before = fx().results("pmu", required).getJsonArray("markers").toString();
        Api pmu = Api.as(app, "pmu");
        Api applicant = Api.as(app, "np.applicant");
        String body = "{\"title\":\"Results: markers required\",\"sector\":\"HEALTH\",\"leadActor\":\"NATIONAL_INSTITUTION\","
                + "\"requestedAmount\":1000,\"partnerId\":" + Slice.lowRiskPartner("NP") + ",\"profile\":{\"outcomes\":[1]@gender@}}";
        long id = applicant.post("api/v1/tenants/NP/proposals", body.replace("@gender@", "")).json()
                .getJsonNumber("id").longValue();
        try {
            Api.Reply set = pmu.put(required, "{\"markers\":[\"GENDER_MARKER\",\"OUTCOME\"]}");
            assertThat(set.status()).as(set.body()).isEqualTo(200);
            assertThat(Api.as(app, "np.coordinator").put(required, "{\"markers\":[]}").status()).isEqualTo(403);

            Api.Reply refused = applicant.post("api/v1/tenants/NP/proposals/" + id + "/submit", null);
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.json().getString("detail")).isEqualTo("Before submitting, give the proposal's gender marker");
            assertThat(Database.string("SELECT state FROM proposal WHERE id = ?", id)).isEqualTo("DRAFT");

            assertThat(applicant.put("api/v1/tenants/NP/proposals/" + id, body.replace("@gender@", ",\"genderMarker\":1"))
                    .status()).isEqualTo(200);
            Api.Reply submitted = applicant.post("api/v1/tenants/NP/proposals/" + id + "/submit", null);
            assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
            assertThat(Database.string("SELECT state FROM proposal WHERE id = ?", id)).isEqualTo("SUBMITTED");
        } finally {
            assertThat(pmu.put(required, "{\"markers\":" + before + "}").status()).isEqualTo(200);
        }
    }
}
