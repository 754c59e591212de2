package org.m4d.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.m4d.grants.workflow.domain.GrantLifecycle;

/**
 * Calls for proposals through the REST API on Payara Micro and PostgreSQL (ADR 31): a coordinator
 * opens a call for Nepal with an envelope, a first grant fits it and is approved in the country, a
 * second request that would take the approved past the envelope goes to pmu; the figures count each
 * amount in dollars at the rate of its own date; a submission after the close is refused with the
 * date; bad input is refused with nothing written; other countries do not see the call.
 */
@ExtendWith(SharedApp.class)
class CallsIT {

    private static final String CALLS = "api/v1/tenants/NP/calls";

    @AppUrl
    URL app;

    private static String call(String title, String opens, String closes, String envelopes) {
        return "{\"phaseId\":\"M4D-III\",\"title\":\"" + title + "\",\"opensOn\":\"" + opens + "\",\"closesOn\":\""
                + closes + "\",\"envelopes\":[" + envelopes + "]}";
    }

    private static String envelope(String country, String usd) {
        return "{\"country\":\"" + country + "\",\"amountUsd\":" + usd + "}";
    }

    private static long calls() {
        return Database.count("SELECT COUNT(*) FROM call_for_proposals") * 1000
                + Database.count("SELECT COUNT(*) FROM call_envelope");
    }

    private long opened(String user, String title, String envelopes) {
        Api.Reply reply = Api.as(app, user).post(CALLS, call(title, LocalDate.now().minusDays(1).toString(),
                LocalDate.now().plusDays(60).toString(), envelopes));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().getJsonNumber("id").longValue();
    }

    /** A draft of Nepal's applicant for the call, for a low-risk partner. */
    private long draft(long call, String title, String amount) {
        Api.Reply created = Api.as(app, "np.applicant").post("api/v1/tenants/NP/proposals", "{\"title\":\"" + title
                + "\",\"sector\":\"EDUCATION\",\"leadActor\":\"NATIONAL_INSTITUTION\",\"requestedAmount\":" + amount
                + ",\"partnerId\":" + Slice.lowRiskPartner("NP") + ",\"callId\":" + call + "}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    /** Answers the summary the calls opened here ask by default (ADR 34), then submits. */
    private void submit(long proposal) {
        Api.Reply answered = Api.as(app, "np.applicant").put("api/v1/tenants/NP/proposals/" + proposal + "/answers",
                "{\"answers\":[{\"section\":\"SUMMARY\",\"text\":\"Schools for returnees' children.\"}]}");
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        Api.Reply submitted = Api.as(app, "np.applicant").post("api/v1/tenants/NP/proposals/" + proposal + "/submit", null);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
    }


    private static void update(String sql, Object... params) {
        try (Connection connection = Database.connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anApprovalBeyondTheEnvelopeGoesToPmuAndTheFiguresCountInDollarsAtTheRatesOfTheirDates() {
        String token = UUID.randomUUID().toString().substring(0, 8);
        long call = opened("np.coordinator", "Envelope " + token, envelope("NP", "1000"));

        // a first grant of 10,000 NPR (well within USD 1,000), approved in the country, half of it paid
        long first = draft(call, "Envelope " + token + " first", "10000");
        submit(first);
        Slice.screen(app, "NP", first, "ACCEPT");
        Slice.reviewByBothAgencies(app, "NP", first, 4);
        Api.Reply approved = Slice.complete(Api.as(app, "np.coordinator"), "NP", GrantLifecycle.APPROVE_GRANT, first,
                "{\"decision\":\"ACCEPT\"}");
        assertThat(approved.status()).as(approved.body()).isEqualTo(204);
        Slice.waitFor(() -> Database.count("SELECT COUNT(*) FROM grant_agreement WHERE proposal_id = ?", first) == 1
                ? true : null, Duration.ofSeconds(60), "the first grant's agreement");
        Api finance = Api.as(app, "np.finance");
        assertThat(Slice.complete(finance, "NP", GrantLifecycle.SET_TRANCHE_PLAN, first,
                "{\"modality\":\"DIRECT_CASH_TRANSFER\",\"percentages\":[100]}").status()).isEqualTo(204);
        Slice.advanceAuthorised(app, "NP", first);
        Api.Reply paid = finance.post("api/v1/tenants/NP/proposals/" + first + "/grant/disbursements",
                "{\"amount\":5000,\"date\":\"" + LocalDate.now() + "\",\"reference\":\"" + token + "-PAY\"}");
        assertThat(paid.status()).as(paid.body()).isEqualTo(200);

        // a second request of 200,000 NPR would take the approved past USD 1,000: pmu approves it
        long second = draft(call, "Envelope " + token + " second", "200000");
        submit(second);
        Slice.screen(app, "NP", second, "ACCEPT");
        Slice.reviewByBothAgencies(app, "NP", second, 4);
        String pmuTask = Slice.taskFor(Api.as(app, "pmu"), "NP", GrantLifecycle.APPROVE_GRANT, second);
        assertThat(pmuTask).isNotNull();
        assertThat(Api.as(app, "np.coordinator").get("api/v1/tenants/NP/tasks/" + pmuTask).status())
                .as("not the country's to approve").isEqualTo(404);
        assertThat(Database.string("SELECT text_ FROM act_ru_variable WHERE name_ = 'approvalAuthority' AND proc_inst_id_ = "
                + "(SELECT process_instance_id FROM proposal WHERE id = ?)", second)).isEqualTo("global");

        BigDecimal firstRequested = Database.usd("SELECT requested_amount || ' ' || usd_rate FROM proposal WHERE id = ?", first);
        BigDecimal secondRequested = Database.usd("SELECT requested_amount || ' ' || usd_rate FROM proposal WHERE id = ?", second);
        BigDecimal firstApproved = Database.usd("SELECT approved_amount || ' ' || usd_rate FROM grant_agreement WHERE proposal_id = ?",
                first);
        BigDecimal firstPaid = Database.usd("SELECT d.amount || ' ' || d.usd_rate FROM disbursement d JOIN grant_agreement g "
                + "ON g.id = d.grant_id WHERE g.proposal_id = ?", first);
        JsonObject figures = Api.as(app, "np.coordinator").get(CALLS + "/" + call + "/figures").json();
        System.out.printf("Call %d in NP: envelope %s, requested %s, approved %s, disbursed %s, left %s (USD)%n", call,
                figures.get("envelopeUsd"), figures.get("requestedUsd"), figures.get("approvedUsd"),
                figures.get("disbursedUsd"), figures.get("remainingUsd"));
        assertThat(figures.getJsonNumber("envelopeUsd").bigDecimalValue()).isEqualByComparingTo("1000");
        assertThat(figures.getJsonNumber("requestedUsd").bigDecimalValue())
                .isEqualByComparingTo(firstRequested.add(secondRequested));
        assertThat(figures.getJsonNumber("approvedUsd").bigDecimalValue()).isEqualByComparingTo(firstApproved);
        assertThat(figures.getJsonNumber("disbursedUsd").bigDecimalValue()).isEqualByComparingTo(firstPaid);
        assertThat(figures.getJsonNumber("remainingUsd").bigDecimalValue())
                .isEqualByComparingTo(new BigDecimal("1000").subtract(firstApproved));
        assertThat(firstApproved.add(secondRequested)).as("the second would go beyond").isGreaterThan(new BigDecimal("1000"));
    }

    @Test
    void aSubmissionAfterTheCallClosedIsRefusedWithTheDateAndTheDraftStays() {
        String token = UUID.randomUUID().toString().substring(0, 8);
        long call = opened("np.coordinator", "Closing " + token, envelope("NP", "50000"));
        long draft = draft(call, "Closing " + token + " late", "1000");
        LocalDate yesterday = LocalDate.now().minusDays(1);
        // the call's last day passes (calls are never changed through the application)
        update("UPDATE call_for_proposals SET closes_on = ? WHERE id = ?", java.sql.Date.valueOf(yesterday), call);

        Api.Reply late = Api.as(app, "np.applicant").post("api/v1/tenants/NP/proposals/" + draft + "/submit", null);

        assertThat(late.status()).as(late.body()).isEqualTo(422);
        assertThat(late.contentType()).startsWith("application/problem+json");
        assertThat(late.json().getString("detail")).isEqualTo("The call \"Closing " + token + "\" closed on " + yesterday);
        assertThat(Database.string("SELECT state FROM proposal WHERE id = ?", draft)).isEqualTo("DRAFT");
        assertThat(Database.string("SELECT process_instance_id FROM proposal WHERE id = ?", draft)).isNull();
        // and the call no longer takes new drafts
        Api.Reply another = Api.as(app, "np.applicant").post("api/v1/tenants/NP/proposals", "{\"title\":\"Closing "
                + token + " new\",\"sector\":\"EDUCATION\",\"leadActor\":\"OTHER\",\"requestedAmount\":1,\"callId\":" + call + "}");
        assertThat(another.status()).as(another.body()).isEqualTo(422);
        assertThat(Database.count("SELECT COUNT(*) FROM proposal WHERE title = ?", "Closing " + token + " new")).isZero();
    }

    @Test
    void aCloseBeforeTheOpeningAnEnvelopeBelowZeroOrAnotherCountrysEnvelopeIsRefusedWithNothingWritten() {
        long before = calls();
        Api coordinator = Api.as(app, "np.coordinator");

        Api.Reply reversed = coordinator.post(CALLS, call("Reversed", "2026-06-30", "2026-06-01", envelope("NP", "1")));
        assertThat(reversed.status()).as(reversed.body()).isEqualTo(422);
        assertThat(reversed.contentType()).startsWith("application/problem+json");
        assertThat(reversed.json().getString("detail")).isEqualTo("The call closes (2026-06-01) before it opens (2026-06-30)");

        Api.Reply negative = coordinator.post(CALLS, call("Negative", "2026-06-01", "2026-06-30", envelope("NP", "-0.01")));
        assertThat(negative.status()).as(negative.body()).isEqualTo(400);
        assertThat(negative.contentType()).startsWith("application/problem+json");
        assertThat(negative.body()).contains("An envelope is zero or more US dollars");

        assertThat(coordinator.post(CALLS, call("Senegal too", "2026-06-01", "2026-06-30",
                envelope("NP", "1") + "," + envelope("SN", "1"))).status()).as("not a member of Senegal").isEqualTo(404);
        assertThat(Api.as(app, "np.applicant").post(CALLS, call("Applicant", "2026-06-01", "2026-06-30",
                envelope("NP", "1"))).status()).isEqualTo(403);
        assertThat(calls()).isEqualTo(before);
    }

    @Test
    void aCallForSeveralCountriesShowsEachCountryOnlyItsEnvelopeAndOtherCountriesNothing() {
        String token = UUID.randomUUID().toString().substring(0, 8);
        long call = opened("pmu", "Two countries " + token, envelope("NP", "777777.77") + "," + envelope("SN", "123456.78"));

        Api.Reply senegal = Api.as(app, "sn.applicant").get("api/v1/tenants/SN/calls/" + call);
        assertThat(senegal.status()).as(senegal.body()).isEqualTo(200);
        assertThat(senegal.json().getString("country")).isEqualTo("SN");
        assertThat(senegal.json().getJsonNumber("envelopeUsd").bigDecimalValue()).isEqualByComparingTo("123456.78");
        assertThat(senegal.body()).doesNotContain("777777");
        assertThat(Api.as(app, "sn.applicant").get("api/v1/tenants/SN/calls").body()).contains("Two countries " + token)
                .doesNotContain("777777");
        assertThat(Api.as(app, "np.applicant").get(CALLS + "/" + call).json().getJsonNumber("envelopeUsd")
                .bigDecimalValue()).isEqualByComparingTo("777777.77");

        long nepalOnly = opened("np.coordinator", "Nepal only " + token, envelope("NP", "10"));
        for (String path : new String[] {"api/v1/tenants/SN/calls/" + nepalOnly, "api/v1/tenants/NP/calls/" + nepalOnly,
                "api/v1/tenants/SN/calls/" + nepalOnly + "/figures"}) {
            Api.Reply foreign = Api.as(app, "sn.coordinator").get(path);
            assertThat(foreign.status()).as(path).isEqualTo(404);
            assertThat(foreign.body()).doesNotContain("Nepal only");
        }
        assertThat(Api.as(app, "sn.coordinator").get("api/v1/tenants/SN/calls").body()).doesNotContain("Nepal only");
    }
}
