package org.m4d.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.m4d.grants.workflow.domain.GrantLifecycle;

/**
 * The FACE cycle through the API on Payara Micro and PostgreSQL: a reimbursement paid only up to
 * the accepted expenditure, a direct payment to the requested vendor, and the six-month rule
 * stopping a new advance; bad input answered with problem+json and nothing written.
 */
@ExtendWith(SharedApp.class)
class FaceIT {

    @AppUrl
    URL app;

    private static final String TODAY = LocalDate.now().toString();

    private long faceRows(long proposal) {
        return Database.count("SELECT COUNT(*) FROM face_document f JOIN grant_agreement g ON g.id = f.grant_id "
                + "WHERE g.proposal_id = ?", proposal);
    }

    private long ledgerRows(long proposal) {
        return Database.count("SELECT COUNT(*) FROM disbursement d JOIN grant_agreement g ON g.id = d.grant_id "
                + "WHERE g.proposal_id = ?", proposal);
    }

    private static String report(String start, String end, String... amounts) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < amounts.length; i++) {
            lines.append(i == 0 ? "" : ",").append("{\"description\":\"Line ").append(i + 1).append("\",\"amount\":")
                    .append(amounts[i]).append('}');
        }
        return "{\"periodStart\":\"" + start + "\",\"periodEnd\":\"" + end + "\",\"lines\":[" + lines + "]}";
    }

    @Test
    void aReimbursementIsPaidOnlyAfterAcceptanceAndNeverAboveIt() {
        long id = Slice.approvedGrant(app, "NP", "Reimbursed credential desk", "400000",
                "{\"modality\":\"REIMBURSEMENT\",\"percentages\":[100]}");
        Api applicant = Api.as(app, "np.applicant");
        Api finance = Api.as(app, "np.finance");
        String grant = "api/v1/tenants/NP/proposals/" + id + "/grant";

        Api.Reply early = finance.post(grant + "/disbursements", "{\"amount\":1,\"date\":\"" + TODAY + "\",\"reference\":\"early\"}");
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.json().getString("detail")).isEqualTo("Tranche 1 is paid by reimbursement: finance must first"
                + " accept the partner's certified expenditure");

        Api.Reply above = Slice.complete(applicant, "NP", GrantLifecycle.CERTIFY_EXPENDITURE, id,
                report("2026-01-01", TODAY, "300000.00", "100000.01"));
        assertThat(above.status()).isEqualTo(422);
        assertThat(above.contentType()).startsWith("application/problem+json");
        assertThat(above.json().getString("detail")).isEqualTo("The lines add up to 400000.01 NPR, above the 400000.00 NPR authorised");
        Api.Reply backwards = Slice.complete(applicant, "NP", GrantLifecycle.CERTIFY_EXPENDITURE, id,
                report(TODAY, "2026-01-01", "1"));
        assertThat(backwards.status()).isEqualTo(422);
        assertThat(backwards.json().getString("detail")).isEqualTo("The period ends on 2026-01-01, before it starts on " + TODAY);
        Api.Reply negative = Slice.complete(applicant, "NP", GrantLifecycle.CERTIFY_EXPENDITURE, id,
                report("2026-01-01", TODAY, "-0.01"));
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.json().getJsonArray("errors").getValuesAs(JsonObject.class)).extracting(e -> e.getString("message"))
                .containsExactly("An amount cannot be negative");
        Api.Reply overScale = Slice.complete(applicant, "NP", GrantLifecycle.CERTIFY_EXPENDITURE, id,
                report("2026-01-01", TODAY, "0.001"));
        assertThat(overScale.status()).isEqualTo(422);
        assertThat(overScale.json().getString("detail")).isEqualTo("NPR amounts have at most 2 decimals");
        assertThat(faceRows(id)).as("nothing written by refused input").isZero();

        assertThat(Slice.complete(applicant, "NP", GrantLifecycle.CERTIFY_EXPENDITURE, id,
                report("2026-01-01", TODAY, "250000.50", "100000.00")).status()).isEqualTo(204);
        Api.Reply overAccepted = Slice.complete(finance, "NP", GrantLifecycle.ACCEPT_EXPENDITURE, id,
                "{\"acceptedAmounts\":[250000.51,0]}");
        assertThat(overAccepted.status()).isEqualTo(422);
        assertThat(Database.string("SELECT f.status FROM face_document f JOIN grant_agreement g ON g.id = f.grant_id "
                + "WHERE g.proposal_id = ?", id)).isEqualTo("REPORTED");
        assertThat(Slice.complete(finance, "NP", GrantLifecycle.ACCEPT_EXPENDITURE, id,
                "{\"acceptedAmounts\":[200000.25,100000]}").status()).isEqualTo(204);

        Api.Reply tooMuch = Slice.complete(finance, "NP", GrantLifecycle.RELEASE_TRANCHE, id,
                "{\"amount\":300000.26,\"date\":\"" + TODAY + "\",\"reference\":\"NP-R-1\"}");
        assertThat(tooMuch.status()).isEqualTo(422);
        assertThat(tooMuch.json().getString("detail")).isEqualTo("Reimbursing 300000.26 NPR would pay more than the"
                + " 300000.25 NPR of expenditure accepted; at most 300000.25 NPR remains");
        assertThat(ledgerRows(id)).isZero();
        assertThat(Slice.complete(finance, "NP", GrantLifecycle.RELEASE_TRANCHE, id,
                "{\"amount\":300000.25,\"date\":\"" + TODAY + "\",\"reference\":\"NP-R-1\"}").status()).isEqualTo(204);

        JsonObject face = finance.get(grant + "/face").json();
        assertThat(face.getString("modality")).isEqualTo("REIMBURSEMENT");
        JsonObject document = face.getJsonArray("documents").getJsonObject(0);
        assertThat(document.getString("kind")).isEqualTo("REIMBURSEMENT");
        assertThat(document.getString("status")).isEqualTo("ACCEPTED");
        assertThat(document.getJsonNumber("total").bigDecimalValue()).isEqualByComparingTo("350000.50");
        assertThat(document.getJsonNumber("accepted").bigDecimalValue()).isEqualByComparingTo("300000.25");
        assertThat(document.getString("submittedBy")).isEqualTo("np.applicant");
        assertThat(document.getString("acceptedBy")).isEqualTo("np.finance");
        assertThat(finance.get(grant).json().getJsonArray("tranches").getJsonObject(0).getString("status")).isEqualTo("RELEASED");
        assertThat(Api.as(app, "np.applicant2").get(grant + "/face").status()).isEqualTo(403);
        assertThat(Api.as(app, "sn.coordinator").get(grant.replace("/NP/", "/SN/") + "/face").status()).isEqualTo(404);
    }

    @Test
    void aDirectPaymentGoesToTheNamedVendorWithItsInvoice() {
        long id = Slice.approvedGrant(app, "NP", "Directly paid printing", "400000",
                "{\"modality\":\"DIRECT_PAYMENT\",\"percentages\":[100]}");
        Api applicant = Api.as(app, "np.applicant");
        Api finance = Api.as(app, "np.finance");
        String request = "{\"periodStart\":\"2026-01-01\",\"periodEnd\":\"" + TODAY + "\",\"vendor\":\"Kathmandu Print Ltd\","
                + "\"invoiceReference\":\"INV-2026-041\",\"lines\":[{\"description\":\"Printing\",\"amount\":45000}]}";
        Api.Reply noVendor = Slice.complete(applicant, "NP", GrantLifecycle.REQUEST_PAYMENT, id,
                request.replace("Kathmandu Print Ltd", " "));
        assertThat(noVendor.status()).isEqualTo(400);
        assertThat(faceRows(id)).isZero();
        assertThat(Slice.complete(applicant, "NP", GrantLifecycle.REQUEST_PAYMENT, id, request).status()).isEqualTo(204);

        Api.Reply above = Slice.complete(finance, "NP", GrantLifecycle.RELEASE_TRANCHE, id,
                "{\"amount\":45000.01,\"date\":\"" + TODAY + "\",\"reference\":\"NP-DP-1\"}");
        assertThat(above.json().getString("detail")).isEqualTo("Paying 45000.01 NPR would pay more than the 45000.00 NPR"
                + " requested for Kathmandu Print Ltd; at most 45000.00 NPR remains");
        assertThat(Slice.complete(finance, "NP", GrantLifecycle.RELEASE_TRANCHE, id,
                "{\"amount\":45000,\"date\":\"" + TODAY + "\",\"reference\":\"NP-DP-1\"}").status()).isEqualTo(204);

        JsonObject entry = finance.get("api/v1/tenants/NP/proposals/" + id + "/grant").json().getJsonArray("ledger").getJsonObject(0);
        assertThat(entry.getString("vendor")).isEqualTo("Kathmandu Print Ltd");
        assertThat(entry.getString("invoiceReference")).isEqualTo("INV-2026-041");
        assertThat(entry.getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("45000.00");
    }

    @Test
    void anAdvanceUnaccountedForMoreThanSixMonthsStopsTheNextUntilItsExpenditureIsAccepted() {
        long id = Slice.approvedGrant(app, "NP", "Advanced twice", "400000",
                "{\"modality\":\"DIRECT_CASH_TRANSFER\",\"percentages\":[50,50]}");
        Api applicant = Api.as(app, "np.applicant");
        Api coordinator = Api.as(app, "np.coordinator");
        Api finance = Api.as(app, "np.finance");
        String grant = "api/v1/tenants/NP/proposals/" + id + "/grant";
        LocalDate paidOn = LocalDate.now().minusMonths(7);
        assertThat(Slice.complete(finance, "NP", GrantLifecycle.RELEASE_TRANCHE, id, "{\"amount\":200000,\"date\":\""
                + paidOn + "\",\"reference\":\"NP-ADV-1\"}").status()).isEqualTo(204);
        String reports = "{\"narrative\":\"Desk open\",\"periodStart\":\"" + paidOn + "\",\"periodEnd\":\"" + TODAY
                + "\",\"expenditure\":150000}";
        assertThat(Slice.complete(applicant, "NP", GrantLifecycle.SUBMIT_REPORTS, id, reports).status()).isEqualTo(204);
        assertThat(Slice.complete(coordinator, "NP", GrantLifecycle.VERIFY_PROGRESS_REPORT, id, "{\"accepted\":true}").status()).isEqualTo(204);
        assertThat(Slice.complete(finance, "NP", GrantLifecycle.VERIFY_FINANCIAL_REPORT, id, "{\"accepted\":true}").status()).isEqualTo(204);
        Slice.advanceAuthorised(app, "NP", id);

        Api.Reply blocked = finance.post(grant + "/disbursements", "{\"amount\":1,\"date\":\"" + TODAY + "\",\"reference\":\"NP-ADV-2\"}");
        assertThat(blocked.status()).isEqualTo(422);
        String why = "The advance of tranche 1 paid on " + paidOn + " has not been accounted for in more than 6 months:"
                + " 200000.00 NPR is outstanding; no new advance until its expenditure is accepted";
        assertThat(blocked.json().getString("detail")).isEqualTo(why);
        assertThat(finance.get(grant + "/face").json().getJsonArray("blocks").getJsonObject(0).getString("message")).isEqualTo(why);
        assertThat(ledgerRows(id)).isEqualTo(1);

        assertThat(Slice.complete(applicant, "NP", GrantLifecycle.CERTIFY_EXPENDITURE, id,
                report(paidOn.toString(), TODAY, "150000", "45000")).status()).isEqualTo(204);
        assertThat(Slice.complete(finance, "NP", GrantLifecycle.ACCEPT_EXPENDITURE, id,
                "{\"acceptedAmounts\":[150000,50000.00]}").status()).as("above the line").isEqualTo(422);
        assertThat(Slice.complete(finance, "NP", GrantLifecycle.ACCEPT_EXPENDITURE, id,
                "{\"acceptedAmounts\":[150000,40000]}").status()).isEqualTo(204);
        JsonObject face = finance.get(grant + "/face").json();
        assertThat(face.getJsonNumber("balanceCarried").bigDecimalValue()).isEqualByComparingTo("10000.00");
        assertThat(face.getJsonArray("blocks").get(0).asJsonObject().getString("message")).as("10,000 still outstanding")
                .isEqualTo(why.replace("200000.00 NPR", "10000.00 NPR"));

        assertThat(finance.post(grant + "/disbursements", "{\"amount\":1,\"date\":\"" + TODAY
                + "\",\"reference\":\"NP-ADV-2\"}").status()).isEqualTo(422);
        assertThat(ledgerRows(id)).isEqualTo(1);

        // the balance carried is reported in the next FACE report; once accepted, the next advance may be paid
        assertThat(Slice.complete(applicant, "NP", GrantLifecycle.CERTIFY_EXPENDITURE, id,
                report(TODAY, TODAY, "10000")).status()).isEqualTo(204);
        assertThat(Slice.complete(finance, "NP", GrantLifecycle.ACCEPT_EXPENDITURE, id,
                "{\"acceptedAmounts\":[10000]}").status()).isEqualTo(204);
        assertThat(finance.get(grant + "/face").json().getJsonArray("blocks")).isEmpty();
        assertThat(Slice.complete(finance, "NP", GrantLifecycle.RELEASE_TRANCHE, id, "{\"amount\":200000,\"date\":\""
                + TODAY + "\",\"reference\":\"NP-ADV-2\"}").status()).isEqualTo(204);
        assertThat(ledgerRows(id)).isEqualTo(2);
    }
}
