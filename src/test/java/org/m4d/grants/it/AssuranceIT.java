package org.m4d.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.m4d.grants.workflow.domain.AssuranceModel;
import org.m4d.grants.workflow.domain.GrantLifecycle;

/**
 * HACT assurance through the API on Payara Micro and PostgreSQL: a partner of significant risk
 * gets a visit and a spot check for its year; finance's spot check records a high-priority finding
 * that stops the grant's payment with a 422 naming it, until a coordinator closes it; bad input is
 * refused and writes nothing.
 */
@ExtendWith(SharedApp.class)
class AssuranceIT {

    @AppUrl
    URL app;

    private final String token = UUID.randomUUID().toString().substring(0, 8);
    private final LocalDate today = LocalDate.now();

    private long significantPartner() {
        return PartnerGrants.significantPartner(app, "Assurance " + token);
    }

    private long grantOf(long partner) {
        return PartnerGrants.grantOf(app, partner, "Assurance " + token);
    }

    private Api.Reply plan(Api user, long partner, String body) {
        return user.post("api/v1/tenants/NP/assurance/partners/" + partner + "/plan", body);
    }

    private Api.Reply pay(long proposal, String reference) {
        return Api.as(app, "np.finance").post("api/v1/tenants/NP/proposals/" + proposal + "/grant/disbursements",
                "{\"amount\":50000,\"date\":\"" + today + "\",\"reference\":\"" + reference + "\"}");
    }

    private long ledgerEntries(long proposal) {
        return Database.count("SELECT COUNT(*) FROM disbursement d JOIN grant_agreement g ON g.id = d.grant_id"
                + " WHERE g.proposal_id = ?", proposal);
    }

    @Test
    void aHighFindingOfASpotCheckStopsThePaymentNamingItUntilACoordinatorClosesIt() {
        long partner = significantPartner();
        long proposal = grantOf(partner);
        Api finance = Api.as(app, "np.finance");
        Api coordinator = Api.as(app, "np.coordinator");

        Api.Reply planned = plan(finance, partner, "{\"year\":" + today.getYear() + "}");
        assertThat(planned.status()).as(planned.body()).isEqualTo(200);
        JsonObject year = planned.json();
        assertThat(List.of(year.getString("rating"), year.getInt("programmaticVisits"), year.getInt("spotChecks"),
                year.getBoolean("scheduledAudit"), year.getInt("added"))).containsExactly("SIGNIFICANT", 1, 1, false, 2);
        assertThat(plan(coordinator, partner, "{\"year\":" + today.getYear() + "}").json().getInt("added"))
                .as("planning again adds nothing").isZero();

        LocalDate due = today.plusDays(30);
        Api.Reply checked = Slice.complete(finance, "NP", AssuranceModel.CONDUCT_SPOT_CHECK, proposal,
                "{\"date\":\"" + today + "\",\"findings\":[{\"priority\":\"HIGH\",\"text\":\"Cash book " + token
                        + " not reconciled\",\"recommendation\":\"Reconcile monthly\",\"dueOn\":\"" + due + "\"}]}");
        assertThat(checked.status()).as(checked.body()).isEqualTo(204);

        Api.Reply refused = pay(proposal, "PAY-" + token);
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().getString("detail")).isEqualTo("The high-priority finding \"Cash book " + token
                + " not reconciled\" (due " + due + ") is open: no payment to this partner until it is closed");
        assertThat(ledgerEntries(proposal)).isZero();
        List<JsonObject> open = finance.get("api/v1/tenants/NP/assurance/findings?open=true").array()
                .getValuesAs(JsonObject.class).stream().filter(f -> f.getJsonNumber("partnerId").longValue() == partner)
                .toList();
        assertThat(open).extracting(f -> f.getString("priority"), f -> f.getString("status"), f -> f.getString("dueOn"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("HIGH", "OPEN", due.toString()));

        Api.Reply closed = Slice.complete(coordinator, "NP", AssuranceModel.FOLLOW_UP_FINDING, proposal,
                "{\"closed\":true,\"note\":\"Reconciled to date, checked on site\"}");
        assertThat(closed.status()).as(closed.body()).isEqualTo(204);
        Api.Reply paid = pay(proposal, "PAY-" + token);
        assertThat(paid.status()).as(paid.body()).isEqualTo(200);
        assertThat(ledgerEntries(proposal)).isEqualTo(1);
        assertThat(Slice.complete(finance, "NP", GrantLifecycle.RELEASE_TRANCHE, proposal, "{}").status()).isEqualTo(204);

        assertThat(finance.get("api/v1/tenants/NP/assurance").array()).as("this year when none is named")
                .isEqualTo(finance.get("api/v1/tenants/NP/assurance?year=" + today.getYear()).array());
        assertThat(finance.get("api/v1/tenants/NP/assurance?year=twenty").status()).isEqualTo(400);
        JsonObject row = finance.get("api/v1/tenants/NP/assurance?year=" + today.getYear()).array()
                .getValuesAs(JsonObject.class).stream().filter(r -> r.getJsonNumber("partnerId").longValue() == partner)
                .findFirst().orElseThrow();
        assertThat(List.of(row.getInt("visitsPlanned"), row.getInt("visitsDone"), row.getInt("spotChecksPlanned"),
                row.getInt("spotChecksDone"), row.getInt("openFindings"), row.getInt("openHighFindings")))
                .containsExactly(1, 0, 1, 1, 0, 0);
    }

    @Test
    void badInputIsAClearRefusalAndWritesNothing() {
        long partner = significantPartner();
        long proposal = grantOf(partner);
        Api finance = Api.as(app, "np.finance");
        assertThat(plan(finance, partner, "{}").status()).as("no year").isEqualTo(400);
        Api.Reply early = plan(finance, partner, "{\"year\":1999}");
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.json().getString("detail")).isEqualTo("Plan a year from 2000 to 2100");
        assertThat(plan(finance, partner, "{\"year\":" + today.getYear() + "}").status()).isEqualTo(200);

        String task = Slice.taskFor(finance, "NP", AssuranceModel.CONDUCT_SPOT_CHECK, proposal);
        String complete = "api/v1/tenants/NP/tasks/" + task + "/complete";
        Api.Reply unknownPriority = finance.post(complete, "{\"date\":\"" + today + "\",\"findings\":[{\"priority\":"
                + "\"URGENT\",\"text\":\"Vouchers unsigned\",\"dueOn\":\"" + today.plusDays(9) + "\"}]}");
        assertThat(unknownPriority.status()).isEqualTo(400);
        assertThat(unknownPriority.contentType()).startsWith("application/problem+json");
        Api.Reply emptyText = finance.post(complete, "{\"date\":\"" + today + "\",\"findings\":[{\"priority\":"
                + "\"LOW\",\"text\":\" \",\"dueOn\":\"" + today.plusDays(9) + "\"}]}");
        assertThat(emptyText.status()).isEqualTo(400);
        Api.Reply dueBefore = finance.post(complete, "{\"date\":\"" + today + "\",\"findings\":[{\"priority\":"
                + "\"MEDIUM\",\"text\":\"Vouchers unsigned\",\"dueOn\":\"" + today.minusDays(1) + "\"}]}");
        assertThat(dueBefore.status()).isEqualTo(422);
        assertThat(dueBefore.json().getString("detail"))
                .isEqualTo("A finding is due after the day of the activity (" + today + ")");

        assertThat(Database.count("SELECT COUNT(*) FROM finding WHERE proposal_id = ?", proposal)).isZero();
        assertThat(Database.string("SELECT status FROM assurance_activity WHERE proposal_id = ? AND kind = 'SPOT_CHECK'",
                proposal)).isEqualTo("PLANNED");
        assertThat(Slice.taskFor(finance, "NP", AssuranceModel.CONDUCT_SPOT_CHECK, proposal)).isEqualTo(task);
    }
}
