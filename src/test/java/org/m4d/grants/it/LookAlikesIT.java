package org.m4d.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.m4d.grants.workflow.domain.GrantLifecycle;

/**
 * Duplicate screening (issue 14, docs/adr/0036) on Payara Micro and PostgreSQL, through the API: of
 * three Nepali proposals, the one for the same partner and the one with a similar title, a shared
 * municipality and overlapping dates are listed with their reasons, the unrelated one is not, nor
 * is Senegal's proposal with the very same title and places (a draft: Senegal's are compared
 * only among themselves, drafts not at all); coordinators and the programme unit
 * read the list, others 403 or 404, and the screening task's page shows it; bad places are 422 problem+json with nothing written.
 */
@ExtendWith(SharedApp.class)
class LookAlikesIT {

    private static final String NP = "api/v1/tenants/NP/proposals";

    @AppUrl
    URL app;

    private final String token = "LA" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();

    private static String body(String title, Long partner, String places, String start, String end) {
        String profile = start == null ? "" : ",\"profile\":{\"startDate\":\"" + start + "\",\"endDate\":\"" + end + "\"}";
        return "{\"title\":\"" + title + "\",\"sector\":\"EDUCATION\",\"leadActor\":\"NATIONAL_INSTITUTION\","
                + "\"requestedAmount\":20000,\"partnerId\":" + partner + ",\"places\":" + places + profile + "}";
    }

    /** Creates and submits a proposal as the country's applicant; its id. */
    private long submitted(String tenant, String body) {
        Api applicant = Api.as(app, tenant.toLowerCase() + ".applicant");
        Api.Reply created = applicant.post("api/v1/tenants/" + tenant + "/proposals", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        Api.Reply submitted = applicant.post("api/v1/tenants/" + tenant + "/proposals/" + id + "/submit", null);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        return id;
    }

    private long newPartner(String name) {
        Api.Reply created = Api.as(app, "np.coordinator").post("api/v1/tenants/NP/partners",
                "{\"name\":\"" + name + "\",\"type\":\"NGO_CSO\",\"vendorNumber\":\"" + token + "-V\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    @Test
    void theSamePartnerAndASimilarTitleInTheSamePlacesAndTimeAreListedWithTheirReasonsAndNothingElse() {
        long partner = newPartner(token + " Youth Network");
        long otherPartner = Slice.lowRiskPartner("NP");
        String kirtipur = "[{\"region\":\"Bagmati\",\"municipality\":\"Kirtipur\"},"
                + "{\"region\":\"Bagmati\",\"municipality\":\"Lalitpur\"}]";
        long subject = submitted("NP", body(token + " Youth skills training in Kirtipur", partner, kirtipur,
                "2021-01-01", "2022-06-30"));
        long samePartner = submitted("NP", body(token + " Solar water pumps for hill farms", partner, "[]", null, null));
        long similar = submitted("NP", body(token + " Youth skill training for Kirtipur", otherPartner,
                "[{\"region\":\" Bāgmati \",\"municipality\":\"KIRTIPUR\"}]", "2022-01-01", "2022-12-31"));
        long unrelated = submitted("NP", body(token + " Market stalls for women vendors", otherPartner,
                "[{\"region\":\"Koshi\",\"municipality\":\"Biratnagar\"}]", "2021-01-01", "2022-06-30"));
        Api.Reply senegaleseDraft = Api.as(app, "sn.applicant").post("api/v1/tenants/SN/proposals",
                body(token + " Youth skills training in Kirtipur", null, kirtipur, "2021-01-01", "2022-06-30"));
        assertThat(senegaleseDraft.status()).as(senegaleseDraft.body()).isEqualTo(201);
        long senegalese = senegaleseDraft.json().getJsonNumber("id").longValue();

        Api.Reply reply = Api.as(app, "np.coordinator").get(NP + "/" + subject + "/look-alikes");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        List<JsonObject> alike = reply.array().getValuesAs(JsonObject.class);
        System.out.printf("Look-alikes of proposal %d: %s%n", subject, reply.body());

        assertThat(alike).extracting(a -> a.getJsonNumber("id").longValue()).containsExactly(similar, samePartner)
                .doesNotContain(unrelated, senegalese, subject);
        JsonObject first = alike.get(0);
        assertThat(first.getString("title")).isEqualTo(token + " Youth skill training for Kirtipur");
        assertThat(first.getString("state")).isEqualTo("SUBMITTED");
        assertThat(first.getJsonNumber("callId")).isNotNull();
        assertThat(first.getString("callTitle")).isNotBlank();
        List<JsonObject> reasons = first.getJsonArray("reasons").getValuesAs(JsonObject.class);
        assertThat(reasons).extracting(r -> r.getString("reason"))
                .containsExactly("SIMILAR_TITLE", "OVERLAPPING_PLACES", "OVERLAPPING_DATES");
        assertThat(reasons.get(0).getInt("percent")).isEqualTo(86);
        assertThat(reasons.get(1).getJsonArray("places").getValuesAs(JsonObject.class))
                .extracting(p -> p.getString("region") + "/" + p.getString("municipality"))
                .containsExactly("Bāgmati/KIRTIPUR");
        assertThat(reasons.get(2).getString("from")).isEqualTo("2022-01-01");
        assertThat(reasons.get(2).getString("to")).isEqualTo("2022-06-30");
        List<JsonObject> second = alike.get(1).getJsonArray("reasons").getValuesAs(JsonObject.class);
        assertThat(second).extracting(r -> r.getString("reason")).containsExactly("SAME_PARTNER");

        // the programme unit reads it too; Senegal's coordinator and Nepal's other roles do not
        Api.Reply pmu = Api.as(app, "pmu").get(NP + "/" + subject + "/look-alikes");
        assertThat(pmu.status()).as(pmu.body()).isEqualTo(200);
        assertThat(pmu.array()).hasSize(2);
        Api.Reply foreign = Api.as(app, "sn.coordinator").get(NP + "/" + subject + "/look-alikes");
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.contentType()).startsWith("application/problem+json");
        Api.Reply viaOwnCountry = Api.as(app, "sn.coordinator")
                .get("api/v1/tenants/SN/proposals/" + subject + "/look-alikes");
        assertThat(viaOwnCountry.status()).isEqualTo(404);
        Api.Reply applicant = Api.as(app, "np.applicant").get(NP + "/" + subject + "/look-alikes");
        assertThat(applicant.status()).isEqualTo(403);
        assertThat(applicant.contentType()).startsWith("application/problem+json");
        // Senegal's twin sees nothing of Nepal
        Api.Reply senegal = Api.as(app, "sn.coordinator").get("api/v1/tenants/SN/proposals/" + senegalese + "/look-alikes");
        assertThat(senegal.status()).as(senegal.body()).isEqualTo(200);
        assertThat(senegal.array().getValuesAs(JsonObject.class)).extracting(a -> a.getString("title"))
                .noneMatch(t -> t.startsWith(token));

        // the screening task's page shows them to the coordinator, with their reasons
        String task = Slice.taskFor(Api.as(app, "np.coordinator"), "NP", GrantLifecycle.SCREEN_ELIGIBILITY, subject);
        Api.Reply page = WebSession.signIn(app, "np.coordinator").get("app/task.xhtml?tenant=NP&id=" + task);
        assertThat(page.status()).isEqualTo(200);
        String panel = page.body().substring(page.body().indexOf("id=\"lookAlikes\""),
                page.body().indexOf("id=\"screening\""));
        assertThat(panel).contains(">" + token + " Youth skill training for Kirtipur</a>",
                ">" + token + " Solar water pumps for hill farms</a>", "<li>Similar title (86%)</li>",
                "<li>Same partner</li>", "Phase III: standing call")
                .doesNotContain(token + " Market stalls for women vendors");

        // the proposal carries its places as given, trimmed
        JsonObject read = Api.as(app, "np.coordinator").get(NP + "/" + similar).json();
        assertThat(read.getJsonArray("places").getValuesAs(JsonObject.class))
                .extracting(p -> p.getString("region") + "/" + p.getString("municipality"))
                .containsExactly("Bāgmati/KIRTIPUR");
    }

    @Test
    void proposalsOfACallWhoseSummariesAreAlmostTheSameAreListedForTheirSummary() {
        Api.Reply opened = Api.as(app, "np.coordinator").post("api/v1/tenants/NP/calls", "{\"phaseId\":\"M4D-III\","
                + "\"title\":\"" + token + " summaries call\",\"opensOn\":\"" + java.time.LocalDate.now().minusDays(1)
                + "\",\"closesOn\":\"" + java.time.LocalDate.now().plusDays(30) + "\",\"envelopes\":[{\"country\":\"NP\","
                + "\"amountUsd\":50000}],\"sections\":[{\"key\":\"SUMMARY\",\"required\":true,\"wordLimit\":80}]}");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        long call = opened.json().getJsonNumber("id").longValue();
        long first = withSummary(call, token + " Cold stores for apple growers",
                "Three cold stores run by returnee cooperatives keep the apple harvest of Jumla for the winter market.");
        long second = withSummary(call, token + " Market days in the hills",
                "Three cold stores run by returnee cooperatives keep the apple harvests of Jumla for winter markets.");
        long third = withSummary(call, token + " Literacy circles for mothers",
                "Evening literacy circles for mothers of migrant workers in Dhanusha, led by local teachers.");

        Api.Reply reply = Api.as(app, "np.coordinator").get(NP + "/" + first + "/look-alikes");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        List<JsonObject> alike = reply.array().getValuesAs(JsonObject.class);
        System.out.printf("Look-alikes by summary of proposal %d: %s%n", first, reply.body());
        assertThat(alike).extracting(a -> a.getJsonNumber("id").longValue()).containsExactly(second)
                .doesNotContain(third, first);
        List<JsonObject> reasons = alike.get(0).getJsonArray("reasons").getValuesAs(JsonObject.class);
        assertThat(reasons).extracting(r -> r.getString("reason")).containsExactly("SIMILAR_SUMMARY");
        // Dice of the character bigrams of the two summaries, spaces and punctuation left out: 94 % (rounded down)
        assertThat(reasons.get(0).getInt("percent")).isEqualTo(94);
    }

    /** A proposal of Nepal for the call, its summary answered, submitted; its id. */
    private long withSummary(long call, String title, String summary) {
        Api applicant = Api.as(app, "np.applicant");
        Api.Reply created = applicant.post("api/v1/tenants/NP/proposals", "{\"title\":\"" + title
                + "\",\"sector\":\"EDUCATION\",\"leadActor\":\"NATIONAL_INSTITUTION\",\"requestedAmount\":20000,"
                + "\"callId\":" + call + "}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        Api.Reply answered = applicant.put("api/v1/tenants/NP/proposals/" + id + "/answers",
                "{\"answers\":[{\"section\":\"SUMMARY\",\"text\":\"" + summary + "\"}]}");
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        Api.Reply submitted = applicant.post("api/v1/tenants/NP/proposals/" + id + "/submit", null);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        return id;
    }

    @Test
    void badPlacesAre422WithNothingWritten() {
        Api applicant = Api.as(app, "np.applicant");
        String title = token + " places probe";
        String twentyOne = IntStream.rangeClosed(1, 21)
                .mapToObj(i -> "{\"region\":\"Bagmati\",\"municipality\":\"Ward " + i + "\"}")
                .collect(Collectors.joining(",", "[", "]"));
        List<String> bad = List.of(
                "[{\"region\":\"Bagmati\",\"municipality\":\"  \"}]",
                "[{\"region\":\"Bagmati\"}]",
                "[{\"region\":\"" + "r".repeat(101) + "\",\"municipality\":\"Kirtipur\"}]",
                "[{\"region\":\"Bagmati\",\"municipality\":\"Kirtipur\"},{\"region\":\"BAGMATI\",\"municipality\":\"kirtipur \"}]",
                twentyOne);
        for (String places : bad) {
            Api.Reply created = applicant.post(NP, body(title, null, places, null, null));
            assertThat(created.status()).as(places + ": " + created.body()).isEqualTo(422);
            assertThat(created.contentType()).startsWith("application/problem+json");
        }
        assertThat(Database.count("SELECT COUNT(*) FROM proposal WHERE title = ?", title)).isZero();

        Api.Reply draft = applicant.post(NP, body(title, null, "[{\"region\":\"Bagmati\",\"municipality\":\"Kirtipur\"}]",
                null, null));
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        long id = draft.json().getJsonNumber("id").longValue();
        for (String places : bad) {
            Api.Reply changed = applicant.put(NP + "/" + id, body(title + " changed", null, places, null, null));
            assertThat(changed.status()).as(places + ": " + changed.body()).isEqualTo(422);
        }
        JsonObject stored = applicant.get(NP + "/" + id).json();
        assertThat(stored.getString("title")).isEqualTo(title);
        assertThat(stored.getJsonArray("places").getValuesAs(JsonObject.class))
                .extracting(p -> p.getString("region") + "/" + p.getString("municipality"))
                .containsExactly("Bagmati/Kirtipur");
        assertThat(Database.count("SELECT COUNT(*) FROM proposal_place WHERE proposal_id = ?", id)).isEqualTo(1);

        // no places given leave them as they are
        Api.Reply untouched = applicant.put(NP + "/" + id, "{\"title\":\"" + title + "\",\"sector\":\"EDUCATION\","
                + "\"leadActor\":\"NATIONAL_INSTITUTION\",\"requestedAmount\":20000}");
        assertThat(untouched.status()).as(untouched.body()).isEqualTo(200);
        assertThat(untouched.json().getJsonArray("places")).hasSize(1);
    }
}
