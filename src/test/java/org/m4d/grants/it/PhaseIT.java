package org.m4d.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The programme's phases through the REST API on Payara Micro and PostgreSQL: Phase III as the
 * migration left it, pmu adding a phase with its outcomes, countries and indicators, every other
 * role refused, and a phase that breaks a rule refused with nothing written. The phases added here
 * lie far in the future, so that the phase in force for the other tests stays Phase III.
 */
@ExtendWith(SharedApp.class)
class PhaseIT {

    private static final String PHASES = "api/v1/programme/phases";

    @AppUrl
    URL app;

    private static String phase(String id, String start, String end, String countries, int indicatorOutcome) {
        return "{\"id\":\"" + id + "\",\"name\":\"Phase " + id + "\",\"donor\":\"Swiss Agency for Development and Cooperation (SDC)\","
                + "\"startDate\":\"" + start + "\",\"endDate\":\"" + end + "\","
                + "\"outcomes\":[\"Migrants access services\",\"Local governments plan for migration\"],"
                + "\"eligibleCountries\":[" + countries + "],"
                + "\"indicators\":[{\"outcome\":" + indicatorOutcome + ",\"name\":\"Officials trained\",\"unit\":\"people\"},"
                + "{\"outcome\":1,\"name\":\"Migrants reached\",\"unit\":\"people\"}]}";
    }

    private static String written() {
        return Database.count("SELECT COUNT(*) FROM programme_phase") + "/" + Database.count("SELECT COUNT(*) FROM phase_outcome")
                + "/" + Database.count("SELECT COUNT(*) FROM phase_country") + "/"
                + Database.count("SELECT COUNT(*) FROM programme_indicator");
    }

    private static List<String> strings(JsonObject object, String member) {
        return object.getJsonArray(member).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    @Test
    void phaseThreeIsDataReadByEveryUserOfEveryCountry() {
        for (String user : List.of("np.applicant", "bd.applicant", "sn.finance", "observer")) {
            Api.Reply reply = Api.as(app, user).get(PHASES);
            assertThat(reply.status()).as(user).isEqualTo(200);
            JsonObject three = reply.array().getValuesAs(JsonObject.class).stream()
                    .filter(p -> p.getString("id").equals("M4D-III")).findFirst().orElseThrow();
            assertThat(three.getString("name")).isEqualTo("Phase III");
            assertThat(three.getString("programme")).isEqualTo("M4D");
            assertThat(three.getString("startDate")).isEqualTo("2019-11-01");
            assertThat(three.getString("endDate")).isEqualTo("2023-10-31");
            assertThat(strings(three, "eligibleCountries")).containsExactly("EC", "MA", "NP", "RS", "SN", "TN");
            assertThat(three.getJsonArray("outcomes")).hasSize(3);
            assertThat(three.getJsonArray("outcomes").getJsonObject(2).getString("title")).isEqualTo("Global, regional and "
                    + "national understanding of the development benefits of migration-sensitive policies is enhanced and"
                    + " more countries adopt migration-related policies.");
            assertThat(three.getJsonArray("indicators").getValuesAs(JsonObject.class).stream()
                    .map(i -> i.getInt("outcome") + " " + i.getString("name") + " (" + i.getString("unit") + ")"))
                    .contains("3 Migration-sensitive policies or plans adopted (policies)", "2 Officials trained (people)",
                            "1 Migrants and community members reached (people)")
                    .hasSize(9);
        }
    }

    @Test
    void pmuAddsAPhaseThatEveryUserThenReads() {
        Api.Reply added = Api.as(app, "pmu").post(PHASES, phase("M4D-API", "2081-01-01", "2084-12-31", "\"np\",\"BD\"", 2));

        assertThat(added.status()).as(added.body()).isEqualTo(201);
        JsonObject phase = added.json();
        assertThat(phase.getString("id")).isEqualTo("M4D-API");
        assertThat(strings(phase, "eligibleCountries")).containsExactly("BD", "NP");
        assertThat(phase.getJsonArray("outcomes").getJsonObject(1).getString("title"))
                .isEqualTo("Local governments plan for migration");
        assertThat(phase.getJsonArray("indicators").getJsonObject(1).getString("name")).isEqualTo("Officials trained");
        assertThat(phase.getJsonArray("indicators").getJsonObject(1).getInt("outcome")).isEqualTo(2);
        assertThat(Database.count("SELECT COUNT(*) FROM programme_indicator WHERE phase_id = 'M4D-API'")).isEqualTo(2);
        assertThat(Database.count("SELECT COUNT(*) FROM phase_country WHERE phase_id = 'M4D-API'")).isEqualTo(2);
        Api.Reply read = Api.as(app, "bd.applicant").get(PHASES + "/M4D-API");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().getString("endDate")).isEqualTo("2084-12-31");
    }

    @Test
    void noRoleButPmuAddsAPhase() {
        String before = written();
        for (String user : List.of("observer", "np.coordinator", "np.admin")) {
            Api.Reply refused = Api.as(app, user).post(PHASES, phase("M4D-NO", "2070-01-01", "2070-12-31", "\"NP\"", 2));
            assertThat(refused.status()).as(user).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        assertThat(written()).isEqualTo(before);
    }

    @Test
    void aPhaseBreakingARuleIsRefusedWithItsReasonAndNothingWritten() {
        Api pmu = Api.as(app, "pmu");
        String before = written();

        expectRefused(pmu.post(PHASES, phase("M4D-OVER", "2023-06-01", "2026-12-31", "\"NP\"", 2)),
                "The dates 2023-06-01 to 2026-12-31 overlap Phase III (2019-11-01 to 2023-10-31)");
        expectRefused(pmu.post(PHASES, phase("M4D-REV", "2075-12-31", "2075-01-01", "\"NP\"", 2)),
                "The phase ends (2075-01-01) before it starts (2075-12-31)");
        expectRefused(pmu.post(PHASES, phase("M4D-ZZ", "2075-01-01", "2075-12-31", "\"NP\",\"ZZ\"", 2)),
                "Unknown country code: ZZ");
        expectRefused(pmu.post(PHASES, phase("M4D-OUT", "2075-01-01", "2075-12-31", "\"NP\"", 3)),
                "The indicator \"Officials trained\" names outcome 3, which Phase M4D-OUT does not have");

        assertThat(written()).isEqualTo(before);
        assertThat(Database.count("SELECT COUNT(*) FROM programme_phase WHERE id IN ('M4D-OVER', 'M4D-REV', 'M4D-ZZ', 'M4D-OUT')"))
                .isZero();
    }

    private static void expectRefused(Api.Reply reply, String detail) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(422);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().getString("detail")).isEqualTo(detail);
    }
}
