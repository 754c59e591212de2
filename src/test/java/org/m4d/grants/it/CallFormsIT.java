package org.m4d.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.m4d.grants.workflow.domain.GrantLifecycle;

/**
 * A form per call through the REST API on Payara Micro and PostgreSQL (issue 14, ADR 34): a
 * coordinator opens a call with three sections, one of them free; the applicant writes answers,
 * an answer over its word limit is refused naming its section with nothing written, a required
 * section missing blocks submission, and the answer changed for the revision round leaves round 1's
 * text readable. A bad form is refused with nothing written.
 */
@ExtendWith(SharedApp.class)
class CallFormsIT {

    private static final String CALLS = "api/v1/tenants/NP/calls";

    @AppUrl
    URL app;

    private static String call(String title, String sections) {
        return "{\"phaseId\":\"M4D-III\",\"title\":\"" + title + "\",\"opensOn\":\"" + LocalDate.now().minusDays(1)
                + "\",\"closesOn\":\"" + LocalDate.now().plusDays(60) + "\",\"envelopes\":[{\"country\":\"NP\","
                + "\"amountUsd\":100000}],\"sections\":[" + sections + "]}";
    }

    /** The summary (at most 10 words), the risks with a question of the call's own in English, and a free section. */
    private static final String THREE_SECTIONS = "{\"key\":\"SUMMARY\",\"required\":true,\"wordLimit\":10,\"shortForm\":true},"
            + "{\"key\":\"RISKS\",\"questionEn\":\"What could stop the clinics?\",\"required\":true,\"wordLimit\":30},"
            + "{\"questionEn\":\"Who will run the clinics after the grant?\",\"questionFr\":\"Qui fera tourner les"
            + " cliniques après la subvention ?\",\"questionEs\":\"¿Quién gestionará las clínicas después de la"
            + " subvención?\",\"helpEn\":\"Name the institution\",\"required\":false,\"wordLimit\":20}";

    private static String answers(String... sectionsAndTexts) {
        StringBuilder json = new StringBuilder("{\"answers\":[");
        for (int i = 0; i < sectionsAndTexts.length; i += 2) {
            json.append(i == 0 ? "" : ",").append("{\"section\":\"").append(sectionsAndTexts[i])
                    .append("\",\"text\":\"").append(sectionsAndTexts[i + 1]).append("\"}");
        }
        return json.append("]}").toString();
    }

    private static List<String> texts(JsonObject form) {
        return form.getJsonArray("sections").getValuesAs(JsonObject.class).stream()
                .map(s -> s.getString("section") + "=" + s.getString("text") + "@" + s.getInt("round")).toList();
    }

    @Test
    void answersAreCheckedRequiredToSubmitAndKeptPerReviewRound() {
        String token = UUID.randomUUID().toString().substring(0, 8);
        Api coordinator = Api.as(app, "np.coordinator");
        Api applicant = Api.as(app, "np.applicant");

        Api.Reply opened = coordinator.post(CALLS, call("Forms " + token, THREE_SECTIONS));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        long call = opened.json().getJsonNumber("id").longValue();
        List<JsonObject> sections = opened.json().getJsonArray("sections").getValuesAs(JsonObject.class);
        assertThat(sections).extracting(s -> s.getString("code") + " " + s.getBoolean("required") + " "
                + s.getInt("wordLimit")).containsExactly("SUMMARY true 10", "RISKS true 30", "FREE_3 false 20");
        assertThat(sections.get(0).getJsonObject("question").getString("fr"))
                .isEqualTo("Résumez la proposition : ce qu'elle fera, où, avec qui et pour qui.");
        assertThat(sections.get(1).getJsonObject("question").getString("en")).isEqualTo("What could stop the clinics?");
        assertThat(sections.get(2).getJsonObject("question").getString("es"))
                .isEqualTo("¿Quién gestionará las clínicas después de la subvención?");

        Api.Reply created = applicant.post("api/v1/tenants/NP/proposals", "{\"title\":\"Forms " + token
                + "\",\"sector\":\"HEALTH\",\"leadActor\":\"NATIONAL_INSTITUTION\",\"requestedAmount\":500000,"
                + "\"partnerId\":" + Slice.lowRiskPartner("NP") + ",\"callId\":" + call + "}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        String answersPath = "api/v1/tenants/NP/proposals/" + id + "/answers";

        // round 1: the summary and the free section
        Api.Reply written = applicant.put(answersPath, answers("SUMMARY", "Clinics for returnees in Province 1.",
                "FREE_3", "The municipality"));
        assertThat(written.status()).as(written.body()).isEqualTo(200);
        assertThat(texts(written.json())).containsExactly("SUMMARY=Clinics for returnees in Province 1.@1", "RISKS=@1",
                "FREE_3=The municipality@1");

        // eleven words against a limit of ten: refused naming the section, and the risks given with it are not written
        Api.Reply over = applicant.put(answersPath, answers("RISKS", "Floods.",
                "SUMMARY", "one two three four five six seven eight nine ten eleven"));
        assertThat(over.status()).as(over.body()).isEqualTo(422);
        assertThat(over.contentType()).startsWith("application/problem+json");
        assertThat(over.json().getString("detail")).isEqualTo("The answer to SUMMARY has 11 words; its limit is 10");
        assertThat(Database.count("SELECT COUNT(*) FROM proposal_answer WHERE proposal_id = ?", id)).isEqualTo(2);
        assertThat(Database.string("SELECT text FROM proposal_answer WHERE proposal_id = ? AND section_code = 'SUMMARY'",
                id)).isEqualTo("Clinics for returnees in Province 1.");

        // the risks are required: no submission without them
        Api.Reply refused = applicant.post("api/v1/tenants/NP/proposals/" + id + "/submit", null);
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().getString("detail"))
                .isEqualTo("Answer the required sections before submitting: RISKS (What could stop the clinics?)");
        assertThat(Database.string("SELECT state FROM proposal WHERE id = ?", id)).isEqualTo("DRAFT");
        assertThat(Database.string("SELECT process_instance_id FROM proposal WHERE id = ?", id)).isNull();

        assertThat(applicant.put(answersPath, answers("RISKS", "Floods in the monsoon.")).status()).isEqualTo(200);
        Api.Reply submitted = applicant.post("api/v1/tenants/NP/proposals/" + id + "/submit", null);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(applicant.put(answersPath, answers("RISKS", "Too late.")).status()).isEqualTo(422);

        // returned for revision: the summary changed for round 2 leaves round 1's text readable
        Api.Reply returned = Slice.complete(coordinator, "NP", GrantLifecycle.SCREEN_ELIGIBILITY, id,
                "{\"decision\":\"REVISE\",\"comment\":\"Say which clinics\"}");
        assertThat(returned.status()).as(returned.body()).isEqualTo(204);
        Api.Reply revised = applicant.put(answersPath, answers("SUMMARY", "Three clinics for returnees in Province 1."));
        assertThat(revised.status()).as(revised.body()).isEqualTo(200);
        assertThat(revised.json().getInt("round")).isEqualTo(2);
        Api.Reply resubmitted = Slice.complete(applicant, "NP", GrantLifecycle.REVISE_PROPOSAL, id, "{\"title\":\"Forms "
                + token + "\",\"sector\":\"HEALTH\",\"leadActor\":\"NATIONAL_INSTITUTION\",\"requestedAmount\":500000}");
        assertThat(resubmitted.status()).as(resubmitted.body()).isEqualTo(204);

        Api.Reply read = coordinator.get(answersPath);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        JsonObject now = read.json();
        assertThat(now.getInt("currentRound")).isEqualTo(2);
        assertThat(texts(now)).containsExactly("SUMMARY=Three clinics for returnees in Province 1.@2",
                "RISKS=Floods in the monsoon.@1", "FREE_3=The municipality@1");
        Api.Reply readRoundOne = coordinator.get(answersPath + "?round=1");
        assertThat(readRoundOne.status()).as(readRoundOne.body()).isEqualTo(200);
        JsonObject roundOne = readRoundOne.json();
        assertThat(texts(roundOne)).containsExactly("SUMMARY=Clinics for returnees in Province 1.@1",
                "RISKS=Floods in the monsoon.@1", "FREE_3=The municipality@1");
        assertThat(Database.count("SELECT COUNT(*) FROM proposal_answer WHERE proposal_id = ? AND section_code = 'SUMMARY'",
                id)).isEqualTo(2);
        // another country does not see the proposal's answers
        assertThat(Api.as(app, "sn.coordinator").get("api/v1/tenants/SN/proposals/" + id + "/answers").status())
                .isEqualTo(404);
    }

    @Test
    void aWordLimitOfZeroOrAFreeSectionWithoutItsQuestionIsRefusedWithNothingWritten() {
        long calls = Database.count("SELECT COUNT(*) FROM call_for_proposals");
        long sections = Database.count("SELECT COUNT(*) FROM call_section");
        Api coordinator = Api.as(app, "np.coordinator");

        Api.Reply zero = coordinator.post(CALLS, call("Zero words",
                "{\"key\":\"SUMMARY\",\"required\":true,\"wordLimit\":0}"));
        Api.Reply noQuestion = coordinator.post(CALLS, call("No question",
                "{\"key\":\"SUMMARY\",\"required\":true},{\"questionEn\":\"Budget?\",\"questionFr\":\"\",\"wordLimit\":50}"));

        assertThat(zero.status()).as(zero.body()).isEqualTo(422);
        assertThat(zero.contentType()).startsWith("application/problem+json");
        assertThat(zero.json().getString("detail")).isEqualTo("The word limit of section 1 must be 1 to 10000, not 0");
        assertThat(noQuestion.status()).as(noQuestion.body()).isEqualTo(422);
        assertThat(noQuestion.json().getString("detail"))
                .isEqualTo("Section 2 needs its question in English, French and Spanish");
        assertThat(Database.count("SELECT COUNT(*) FROM call_for_proposals")).isEqualTo(calls);
        assertThat(Database.count("SELECT COUNT(*) FROM call_section")).isEqualTo(sections);
    }
}
