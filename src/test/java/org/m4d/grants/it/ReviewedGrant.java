package org.m4d.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.m4d.grants.workflow.domain.GrantLifecycle;

/**
 * A Nepali grant whose history holds an entry of every kind, each carrying a marker of its own, for
 * the visibility tests inside one country: endorsed by the focal point, screened, one UNDP reviewer
 * conflicted and replaced by the other, scored by both agencies, approved, planned and disbursed.
 * Entries of kinds the API cannot make happen now (a timer's reminder, a report, an action nobody
 * classified) are written into the trail as the application would.
 *
 * @param id the proposal's id
 * @param token the text every marker starts with
 */
record ReviewedGrant(long id, String token) {

    static final String TITLE = "Visibility %s reviewed grant";

    /** What a test does at the moment the replacing reviewer has declared no conflict but not scored. */
    interface Checkpoint {
        void reviewerClearedButNotScored(long proposalId);
    }

    static ReviewedGrant create(URL app, String token, Checkpoint checkpoint) {
        long id = Slice.submittedProposal(app, "NP", String.format(TITLE, token), "90000", "LOCAL_AUTHORITY");
        expect(Slice.complete(Api.as(app, "np.focal"), "NP", GrantLifecycle.NATIONAL_ENDORSEMENT, id,
                "{\"endorsed\":true,\"comment\":\"" + token + "-ENDORSE\"}"));
        expect(Slice.complete(Api.as(app, "np.coordinator"), "NP", GrantLifecycle.SCREEN_ELIGIBILITY, id,
                "{\"decision\":\"ACCEPT\",\"comment\":\"" + token + "-SCREEN\"}"));
        expect(Slice.complete(Api.as(app, "np.reviewer.undp"), "NP", GrantLifecycle.DECLARE_CONFLICT, id,
                "{\"conflict\":true,\"statement\":\"" + token + "-COI\"}"));
        Api iom = Api.as(app, "np.reviewer.iom");
        expect(Slice.complete(iom, "NP", GrantLifecycle.DECLARE_CONFLICT, id, "{\"conflict\":false}"));
        expect(Slice.complete(iom, "NP", GrantLifecycle.SCORE_PROPOSAL, id, Slice.scores(4)));
        Api undp2 = Api.as(app, "np.reviewer.undp2");
        expect(Slice.complete(undp2, "NP", GrantLifecycle.DECLARE_CONFLICT, id, "{\"conflict\":false}"));
        checkpoint.reviewerClearedButNotScored(id);
        expect(Slice.complete(undp2, "NP", GrantLifecycle.SCORE_PROPOSAL, id, Slice.scores(5)));
        expect(Slice.complete(Api.as(app, "np.coordinator"), "NP", GrantLifecycle.APPROVE_GRANT, id,
                "{\"decision\":\"ACCEPT\",\"comment\":\"" + token + "-APPROVE\"}"));
        Api finance = Api.as(app, "np.finance");
        expect(Slice.complete(finance, "NP", GrantLifecycle.SET_TRANCHE_PLAN, id,
                "{\"modality\":\"DIRECT_CASH_TRANSFER\",\"percentages\":[60,40]}"));
        Slice.advanceAuthorised(app, "NP", id);
        Api.Reply paid = finance.post("api/v1/tenants/NP/proposals/" + id + "/grant/disbursements",
                "{\"amount\":1000,\"date\":\"" + LocalDate.now() + "\",\"reference\":\"" + token + "-PAY\"}");
        assertThat(paid.status()).as(paid.body()).isEqualTo(200);
        trail(id, "system", "REVIEW_OVERDUE", token + "-FOLLOWUP");
        trail(id, "np.applicant", "REPORTS_SUBMITTED", token + "-REPORT");
        trail(id, "system", "NOT_YET_CLASSIFIED", token + "-OTHER");
        return new ReviewedGrant(id, token);
    }

    private static void expect(Api.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(204);
    }

    /** An entry of the proposal's history, as {@code AuditTrail.record} writes it. */
    private static void trail(long proposalId, String actor, String action, String detail) {
        try (Connection c = Database.connect(); PreparedStatement s = c.prepareStatement("INSERT INTO audit_entry "
                + "(id, tenant_id, occurred_at, actor, action, subject_type, subject_id, detail) "
                + "VALUES (nextval('m4d_seq'), 'NP', ?, ?, ?, 'PROPOSAL', ?, ?)")) {
            s.setTimestamp(1, Timestamp.from(Instant.now()));
            s.setString(2, actor);
            s.setString(3, action);
            s.setLong(4, proposalId);
            s.setString(5, detail);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
