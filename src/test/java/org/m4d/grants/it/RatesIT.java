package org.m4d.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Dollar rates through the REST API on Payara Micro and PostgreSQL: who reads and enters which
 * currency's rates, the refusals with nothing written, and a grant whose proposal, agreement and
 * ledger entries each keep the rate of their own date. Nepal's rupee gets 120 per USD for one day
 * twenty days ago (132.5 again from the next day, so that no other test's dates see it) and 200
 * from 2150.
 */
@ExtendWith(SharedApp.class)
class RatesIT {

    private static final String NPR = "api/v1/rates/NPR";
    private static final LocalDate DAY = LocalDate.now().minusDays(20);

    @AppUrl
    URL app;

    private static String rate(LocalDate on, String rate) {
        return "{\"effectiveOn\":\"" + on + "\",\"rate\":" + rate + "}";
    }

    private static long rates() {
        return Database.count("SELECT COUNT(*) FROM exchange_rate");
    }

    private void refused(String user, String path, String body, int status) {
        long before = rates();
        Api.Reply reply = Api.as(app, user).post(path, body);
        assertThat(reply.status()).as(user + " " + path + " " + body + ": " + reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(rates()).as("nothing written").isEqualTo(before);
    }

    @Test
    void financeEntersItsCurrencysRatesAndEachAmountKeepsTheRateOfItsOwnDate() {
        Api finance = Api.as(app, "np.finance");
        JsonObject today = finance.get("api/v1/rates").array().getJsonObject(0);
        assertThat(finance.get("api/v1/rates").array()).hasSize(1);
        assertThat(today.getString("currency")).isEqualTo("NPR");
        assertThat(today.getJsonNumber("rate").bigDecimalValue()).isEqualByComparingTo("132.5");
        assertThat(today.getString("effectiveOn")).isEqualTo("2000-01-01");
        assertThat(today.getBoolean("maintained")).isTrue();

        Api.Reply entered = finance.post(NPR, rate(DAY, "120"));
        assertThat(entered.status()).as(entered.body()).isEqualTo(201);
        assertThat(entered.json().getString("recordedBy")).isEqualTo("np.finance");
        assertThat(entered.json().getJsonNumber("rate").bigDecimalValue()).isEqualByComparingTo("120");
        assertThat(finance.post(NPR, rate(DAY.plusDays(1), "132.5")).status()).isEqualTo(201);
        assertThat(Api.as(app, "pmu").post(NPR, rate(LocalDate.of(2150, 6, 1), "200")).status()).isEqualTo(201);
        assertThat(finance.get(NPR).array().getValuesAs(JsonObject.class)).extracting(r -> r.getString("effectiveOn"))
                .containsExactly("2150-06-01", DAY.plusDays(1).toString(), DAY.toString(), "2000-01-01");

        long granted = Slice.approvedGrant(app, "NP", "Rates of their date", "1325000");
        String grant = "api/v1/tenants/NP/proposals/" + granted + "/grant";
        JsonObject proposal = finance.get("api/v1/tenants/NP/proposals/" + granted).json();
        assertThat(proposal.getJsonNumber("usdRate").bigDecimalValue()).as("today's rate, not 2150's")
                .isEqualByComparingTo("132.5");
        assertThat(finance.get(grant).json().getJsonNumber("usdRate").bigDecimalValue()).isEqualByComparingTo("132.5");

        JsonObject before = paid(finance, grant, "265000", DAY.minusDays(1), "RATE-1");
        JsonObject on = paid(finance, grant, "240000", DAY, "RATE-2");
        JsonObject after = paid(finance, grant, "132500", DAY.plusDays(1), "RATE-3");
        assertThat(List.of(before, on, after)).extracting(e -> e.getJsonNumber("usdRate").bigDecimalValue())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("132.5"), new BigDecimal("120"), new BigDecimal("132.5"));
        assertThat(List.of(before, on, after)).extracting(e -> e.getJsonNumber("usdAmount").bigDecimalValue())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("2000.00"), new BigDecimal("2000.00"), new BigDecimal("1000.00"));
        Map<String, String> stored = List.of("RATE-1", "RATE-2", "RATE-3").stream().collect(Collectors.toMap(r -> r,
                r -> Database.string("SELECT CAST(usd_rate AS VARCHAR) FROM disbursement WHERE reference = ?", r)));
        assertThat(stored).containsEntry("RATE-1", "132.500000").containsEntry("RATE-2", "120.000000")
                .containsEntry("RATE-3", "132.500000");

        Api.Reply reversal = finance.post(grant + "/disbursements/" + on.getJsonNumber("id").longValue() + "/reversal",
                "{\"reason\":\"Wrong account\"}");
        assertThat(reversal.status()).as(reversal.body()).isEqualTo(200);
        assertThat(reversal.json().getJsonNumber("usdRate").bigDecimalValue()).isEqualByComparingTo("120");
        assertThat(reversal.json().getJsonNumber("usdAmount").bigDecimalValue()).isEqualByComparingTo("-2000.00");
    }

    private static JsonObject paid(Api finance, String grant, String amount, LocalDate on, String reference) {
        Api.Reply paid = finance.post(grant + "/disbursements", "{\"amount\":" + amount + ",\"date\":\"" + on
                + "\",\"reference\":\"" + reference + "\"}");
        assertThat(paid.status()).as(paid.body()).isEqualTo(200);
        return paid.json();
    }

    @Test
    void pmuAndTheObserverReadEveryCurrencyFinanceOnlyItsOwn() {
        List<String> all = Api.as(app, "observer").get("api/v1/rates").array().getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("currency")).toList();
        assertThat(all).containsExactly("BDT", "JMD", "KGS", "MAD", "MDL", "NPR", "PHP", "RSD", "TND", "XOF");
        assertThat(Api.as(app, "observer").get("api/v1/rates/XOF").status()).isEqualTo(200);
        assertThat(Api.as(app, "pmu").get("api/v1/rates").array().getJsonObject(0).getBoolean("maintained")).isTrue();
        assertThat(Api.as(app, "sn.finance").get(NPR).status()).isEqualTo(404);
        assertThat(Api.as(app, "np.applicant").get(NPR).status()).isEqualTo(403);
        assertThat(Api.as(app, "np.applicant").get("api/v1/rates").array()).isEmpty();
    }

    @Test
    void badRatesAndTheWrongPeopleAreRefusedWithNothingWritten() {
        refused("np.finance", NPR, rate(LocalDate.of(2140, 1, 1), "0"), 422);
        refused("np.finance", NPR, rate(LocalDate.of(2140, 1, 1), "-132.5"), 422);
        refused("np.finance", NPR, rate(LocalDate.of(2140, 1, 1), "133.1234567"), 400);
        refused("np.finance", NPR, "{\"rate\":133.5}", 400);
        refused("np.finance", NPR, rate(LocalDate.of(2000, 1, 1), "140"), 409);
        refused("np.finance", "api/v1/rates/XOF", rate(LocalDate.of(2140, 1, 1), "600"), 404);
        refused("sn.finance", NPR, rate(LocalDate.of(2140, 1, 1), "140"), 404);
        refused("np.applicant", NPR, rate(LocalDate.of(2140, 1, 1), "140"), 403);
        refused("observer", NPR, rate(LocalDate.of(2140, 1, 1), "140"), 403);
        refused("pmu", "api/v1/rates/EUR", rate(LocalDate.of(2140, 1, 1), "0.9"), 404);
        refused("pmu", "api/v1/rates/USD", rate(LocalDate.of(2140, 1, 1), "1"), 404);
        Api.Reply duplicate = Api.as(app, "pmu").post(NPR, rate(LocalDate.of(2000, 1, 1), "140"));
        assertThat(duplicate.json().getString("detail")).isEqualTo("NPR already has a rate taking effect on 2000-01-01");
    }
}
