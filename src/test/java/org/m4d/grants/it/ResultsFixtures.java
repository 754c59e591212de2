package org.m4d.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import org.m4d.grants.workflow.domain.GrantLifecycle;

/**
 * Grants whose indicators count towards the programme's indicators, taken through the API to an
 * accepted report: shared by the results tests through the API and in the browser.
 */
final class ResultsFixtures {

    private final URL app;

    ResultsFixtures(URL app) {
        this.app = app;
    }

    /** A programme indicator of the phase in force, as the results name it. */
    record Target(long id, int outcome, String name) {
    }

    JsonObject results(String user, String path) {
        Api.Reply reply = Api.as(app, user).get(path);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    static String indicator(String name, Target target, int targetValue) {
        return "{\"name\":\"" + name + "\",\"unit\":\"people\",\"baseline\":0,\"target\":" + targetValue
                + ",\"outcome\":" + target.outcome() + ",\"programmeIndicatorId\":" + target.id() + "}";
    }

    long proposal(String tenant, String title, String amount, int genderMarker, String indicators) {
        Api.Reply created = Api.as(app, tenant.toLowerCase() + ".applicant").post("api/v1/tenants/" + tenant + "/proposals",
                "{\"title\":\"" + title + "\",\"sector\":\"EMPLOYMENT\",\"leadActor\":\"NATIONAL_INSTITUTION\","
                        + "\"requestedAmount\":" + amount + ",\"partnerId\":" + Slice.lowRiskPartner(tenant)
                        + ",\"profile\":{\"genderMarker\":" + genderMarker + ",\"outcomes\":[1,2],\"indicators\":["
                        + indicators + "]}}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    /** Submitted, reviewed, approved, planned 50/50 and its first tranche paid: the report of tranche 2 is due. */
    void grantReady(String tenant, long id, String firstTranche) {
        String lower = tenant.toLowerCase();
        Api.Reply submitted = Api.as(app, lower + ".applicant").post("api/v1/tenants/" + tenant + "/proposals/" + id + "/submit", null);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        Slice.screen(app, tenant, id, "ACCEPT");
        Slice.reviewByBothAgencies(app, tenant, id, 4);
        assertThat(Slice.complete(Api.as(app, lower + ".coordinator"), tenant, GrantLifecycle.APPROVE_GRANT, id,
                "{\"decision\":\"ACCEPT\"}").status()).isEqualTo(204);
        assertThat(Slice.complete(Api.as(app, lower + ".finance"), tenant, GrantLifecycle.SET_TRANCHE_PLAN, id,
                "{\"modality\":\"DIRECT_CASH_TRANSFER\",\"percentages\":[50,50]}").status()).isEqualTo(204);
        Slice.advanceAuthorised(app, tenant, id);
        assertThat(Slice.complete(Api.as(app, lower + ".finance"), tenant, GrantLifecycle.RELEASE_TRANCHE, id,
                "{\"amount\":" + firstTranche + ",\"date\":\"" + LocalDate.now() + "\",\"reference\":\"RES-" + id + "\"}")
                .status()).isEqualTo(204);
    }

    void report(String tenant, long id, String actuals, boolean financeAccepts) {
        String lower = tenant.toLowerCase();
        Api.Reply sent = Slice.complete(Api.as(app, lower + ".applicant"), tenant, GrantLifecycle.SUBMIT_REPORTS, id,
                "{\"narrative\":\"Training and outreach\",\"periodStart\":\"2026-01-01\",\"periodEnd\":\""
                        + LocalDate.now() + "\",\"expenditure\":1000,\"indicatorActuals\":[" + actuals + "]}");
        assertThat(sent.status()).as(sent.body()).isEqualTo(204);
        assertThat(Slice.complete(Api.as(app, lower + ".coordinator"), tenant, GrantLifecycle.VERIFY_PROGRESS_REPORT, id,
                "{\"accepted\":true}").status()).isEqualTo(204);
        assertThat(Slice.complete(Api.as(app, lower + ".finance"), tenant, GrantLifecycle.VERIFY_FINANCIAL_REPORT, id,
                financeAccepts ? "{\"accepted\":true}" : "{\"accepted\":false,\"note\":\"Attach the receipts\"}")
                .status()).isEqualTo(204);
    }

    List<Target> catalogue(String phaseId) {
        return results("pmu", "api/v1/programme/phases/" + phaseId).getJsonArray("indicators")
                .getValuesAs(JsonObject.class).stream()
                .map(i -> new Target(i.getJsonNumber("id").longValue(), i.getInt("outcome"), i.getString("name"))).toList();
    }
}
