package org.m4d.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.m4d.grants.workflow.domain.GrantLifecycle;

/**
 * The consistency check (issue 13) through the API on Payara Micro and PostgreSQL: after lifecycles
 * driven through the API (submitted, rejected, withdrawn, a grant planned and disbursed, a grant closed) it finds
 * nothing; each row broken on purpose through a separate JDBC connection is named exactly (kind,
 * proposal, object, expected, found) and gone once the row is put back; only a country's
 * administrator and pmu may run it. Only rows this test made are broken, and each is restored.
 */
@ExtendWith(SharedApp.class)
class ConsistencyIT {

    private static final String NP_CHECK = "api/v1/tenants/NP/consistency";


    @AppUrl
    URL app;

    private JsonObject check(String user, String path) {
        Api.Reply reply = Api.as(app, user).get(path);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static void execute(String sql, Object... params) {
        try (Connection c = Database.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            assertThat(s.executeUpdate()).as(sql).isEqualTo(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The check names exactly one mismatch, this one; the second reading kept it. */
    private void findsExactly(String kind, long proposalId, String object, String expected, String found) {
        JsonObject answer = check("np.admin", NP_CHECK);
        assertThat(answer.getInt("count")).as(answer.toString()).isEqualTo(1);
        JsonObject mismatch = answer.getJsonArray("mismatches").getJsonObject(0);
        assertThat(List.of(mismatch.getString("country"), mismatch.getString("kind"),
                mismatch.getJsonNumber("proposalId").longValue(), mismatch.getString("object"),
                mismatch.getString("expected"), mismatch.getString("found")))
                .containsExactly("NP", kind, proposalId, object, expected, found);
    }

    private void clean() {
        JsonObject answer = check("np.admin", NP_CHECK);
        assertThat(answer.getJsonArray("countries").getString(0)).isEqualTo("NP");
        assertThat(answer.getInt("count")).as(answer.toString()).isZero();
        assertThat(answer.getJsonArray("mismatches")).isEmpty();
    }

    @Test
    void lifecyclesDrivenThroughTheApiAreConsistentAndEachBrokenRowIsNamedExactly() {
        long submitted = Slice.submittedProposal(app, "NP", "Consistency probe: submitted", "20000");
        long rejected = Slice.submittedProposal(app, "NP", "Consistency probe: rejected", "30000");
        Slice.screen(app, "NP", rejected, "REJECT");
        long withdrawn = Slice.submittedProposal(app, "NP", "Consistency probe: withdrawn", "40000");
        Api.Reply withdrawal = Api.as(app, "np.applicant").post("api/v1/tenants/NP/proposals/" + withdrawn + "/withdraw",
                "{\"reason\":\"Consistency probe\"}");
        assertThat(withdrawal.status()).as(withdrawal.body()).isEqualTo(200);
        long granted = Slice.approvedGrant(app, "NP", "Consistency probe: granted", "60000",
                "{\"modality\":\"DIRECT_CASH_TRANSFER\",\"percentages\":[60,40]}");
        Api.Reply paid = Api.as(app, "np.finance").post("api/v1/tenants/NP/proposals/" + granted + "/grant/disbursements",
                "{\"amount\":1000,\"date\":\"" + LocalDate.now() + "\",\"reference\":\"Consistency probe 1\"}");
        assertThat(paid.status()).as(paid.body()).isEqualTo(200);
        long grant = Database.count("SELECT id FROM grant_agreement WHERE proposal_id = ?", granted);
        long closed = ClosedGrants.awaitingClosure(app, "NP", "Consistency probe: closed");
        Api.Reply closing = Slice.complete(Api.as(app, "np.coordinator"), "NP", GrantLifecycle.CLOSE_GRANT, closed,
                ClosedGrants.closing("Consistency probe", "Consistency lessons"));
        assertThat(closing.status()).as(closing.body()).isEqualTo(204);
        long closedGrant = Database.count("SELECT id FROM grant_agreement WHERE proposal_id = ?", closed);
        clean();

        // a tranche overdrawn: an entry of 35,001 beside the 1,000 paid from the first tranche of 36,000
        long entry = Database.count("SELECT nextval('m4d_seq')");
        execute("INSERT INTO disbursement (id, tenant_id, grant_id, amount, currency, disbursed_on, reference, recorded_by, "
                + "recorded_at, kind, tranche_number) VALUES (?, 'NP', ?, 35001, 'NPR', CURRENT_DATE, 'Consistency break', "
                + "'np.finance', CURRENT_TIMESTAMP, 'DISBURSEMENT', 1)", entry, grant);
        findsExactly("TRANCHE_OVERDRAWN", granted, "tranche 1 of grant " + grant, "at most 36000.00 NPR",
                "36001.00 NPR disbursed");
        Api.Reply page = WebSession.signIn(app, "np.admin").get("app/admin/consistency.xhtml");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Mismatches: 1", "TRANCHE_OVERDRAWN", "tranche 1 of grant " + grant,
                "at most 36000.00 NPR", "36001.00 NPR disbursed");
        execute("DELETE FROM disbursement WHERE id = ?", entry);
        clean();

        // the proposal's reference to its lifecycle lost
        String instance = Database.string("SELECT process_instance_id FROM proposal WHERE id = ?", submitted);
        execute("UPDATE proposal SET process_instance_id = NULL WHERE id = ?", submitted);
        findsExactly("LIFECYCLE_MISSING", submitted, "proposal " + submitted, "SUBMITTED: a lifecycle",
                "no lifecycle referenced; the engine has " + instance + " for this proposal");
        execute("UPDATE proposal SET process_instance_id = ? WHERE id = ?", instance, submitted);
        clean();

        // a state the waiting step does not allow
        execute("UPDATE proposal SET state = 'AWAITING_APPROVAL' WHERE id = ?", submitted);
        findsExactly("STATE_VS_STEP", submitted, "proposal " + submitted, "AWAITING_APPROVAL: waiting in one of [approveGrant]",
                "running, waiting in [screenEligibility]");
        execute("UPDATE proposal SET state = 'SUBMITTED' WHERE id = ?", submitted);

        // a grant's status its lifecycle does not stand at
        execute("UPDATE grant_agreement SET status = 'CLOSED' WHERE id = ?", grant);
        findsExactly("GRANT_STATUS", granted, "grant " + grant, "PLANNED (running, waiting in [releaseTranche])", "CLOSED");
        execute("UPDATE grant_agreement SET status = 'PLANNED' WHERE id = ?", grant);

        // a closed grant's status against the end event its lifecycle reached
        execute("UPDATE grant_agreement SET status = 'PLANNED' WHERE id = ?", closedGrant);
        findsExactly("GRANT_STATUS", closed, "grant " + closedGrant, "CLOSED (ended at grantClosed)", "PLANNED");
        execute("UPDATE grant_agreement SET status = 'CLOSED' WHERE id = ?", closedGrant);

        // a rejected proposal's state against its end event
        execute("UPDATE proposal SET state = 'WITHDRAWN' WHERE id = ?", rejected);
        findsExactly("STATE_VS_END", rejected, "proposal " + rejected, "WITHDRAWN: ended at proposalWithdrawn",
                "ended at proposalRejected");
        execute("UPDATE proposal SET state = 'REJECTED' WHERE id = ?", rejected);
        clean();

        JsonObject programme = check("pmu", "api/v1/consistency");
        assertThat(programme.getJsonArray("countries")).hasSize(11);
        assertThat(programme.getInt("count")).as(programme.toString()).isZero();
        assertThat(check("pmu", NP_CHECK).getInt("count")).isZero();
        Api.Reply programmePage = WebSession.signIn(app, "pmu").get("app/admin/consistency.xhtml");
        assertThat(programmePage.status()).isEqualTo(200);
        assertThat(programmePage.body()).contains("Mismatches: 0", "No mismatch");
    }

    @Test
    void onlyTheCountrysAdministratorAndPmuMayRunIt() {
        Api.Reply foreign = Api.as(app, "sn.admin").get(NP_CHECK);
        assertThat(foreign.status()).as(foreign.body()).isEqualTo(404);
        assertThat(foreign.contentType()).startsWith("application/problem+json");
        assertThat(Api.as(app, "np.reviewer.iom").get(NP_CHECK).status()).isEqualTo(403);
        assertThat(WebSession.signIn(app, "np.coordinator").get("app/admin/consistency.xhtml").status()).isEqualTo(403);
        assertThat(Api.as(app, "np.coordinator").get("api/v1/consistency").status()).isEqualTo(403);
        assertThat(Api.as(app, "observer").get("api/v1/consistency").status()).isEqualTo(403);
        JsonObject own = check("sn.admin", "api/v1/consistency");
        assertThat(own.getJsonArray("countries").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList()).containsExactly("SN");
    }
}
