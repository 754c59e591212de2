package org.m4d.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.m4d.grants.workflow.domain.GrantLifecycle;

/**
 * Inside one country, each role sees of a proposal what its part needs (issue 15, findings 1–2):
 * the history without review data for applicants and the focal point, another agency's score only
 * once both reviews are in, the grant only for its ledger's readers and its owner, the diagram only
 * for the proposal's readers; pages and API alike.
 */
@ExtendWith(SharedApp.class)
class VisibilityIT {

    @AppUrl
    URL app;

    private static ReviewedGrant grant;
    private static List<String> undp2BeforeScoring;

    @Test
    void theApplicantsHistoryHasTheDecisionsButNoConflictStatementReviewerOrScore() {
        ReviewedGrant g = grant();
        JsonObject proposal = Api.as(app, "np.applicant").get(path(g)).json();
        List<JsonObject> history = proposal.getJsonArray("history").getValuesAs(JsonObject.class);
        assertThat(history).extracting(h -> h.getString("action")).containsExactly("CREATED", "SUBMITTED", "ENDORSED",
                "SCREENED_ELIGIBLE", "APPROVED", "GRANT_AGREEMENT_CREATED", "TRANCHE_PLAN_SET", "TRANCHE_OPENED",
                "DISBURSEMENT_RECORDED", "DISBURSING", "REPORTS_SUBMITTED");
        assertThat(history).extracting(h -> h.getString("actor")).doesNotContain("np.reviewer.iom", "np.reviewer.undp",
                "np.reviewer.undp2");
        assertThat(proposal.toString()).doesNotContain(g.token() + "-COI", "weighted score");

        String page = WebSession.signIn(app, "np.applicant").get(page(g)).body();
        assertThat(page).contains(g.token() + "-APPROVE", g.token() + "-PAY")
                .doesNotContain(g.token() + "-COI", "weighted score", "np.reviewer.iom", "np.reviewer.undp");
    }

    @Test
    void theFocalPointSeesTheEndorsementButNeitherReviewsNorTheGrant() {
        ReviewedGrant g = grant();
        List<JsonObject> history = Api.as(app, "np.focal").get(path(g)).json().getJsonArray("history")
                .getValuesAs(JsonObject.class);
        assertThat(history).extracting(h -> h.getString("action"))
                .containsExactly("CREATED", "SUBMITTED", "ENDORSED", "DISBURSING");
        String page = WebSession.signIn(app, "np.focal").get(page(g)).body();
        assertThat(page).contains(g.token() + "-ENDORSE")
                .doesNotContain(g.token() + "-COI", "weighted score", "np.reviewer.iom", g.token() + "-PAY");
    }

    @Test
    void aReviewerClearedButNotYetScoringDoesNotReadTheOtherAgencysScore() {
        grant();
        assertThat(undp2BeforeScoring).as("np.reviewer.undp2's history, reviews: before scoring")
                .containsExactly("CREATED SUBMITTED NO_CONFLICT_DECLARED", "[]");
    }

    @Test
    void onceBothReviewsAreInAReviewerReadsTheOtherAgencysScoreButNoConflictStatement() {
        ReviewedGrant g = grant();
        Api undp2 = Api.as(app, "np.reviewer.undp2");
        List<JsonObject> history = undp2.get(path(g)).json().getJsonArray("history").getValuesAs(JsonObject.class);
        assertThat(history).extracting(h -> h.getString("actor") + " " + h.getString("action")).containsExactly(
                "np.applicant CREATED", "np.applicant SUBMITTED", "np.reviewer.iom REVIEW_SCORED",
                "np.reviewer.undp2 NO_CONFLICT_DECLARED", "np.reviewer.undp2 REVIEW_SCORED", "system REVIEWS_COMPLETE",
                "np.finance DISBURSING");
        assertThat(undp2.get(path(g) + "/reviews").array().getValuesAs(JsonObject.class))
                .extracting(r -> r.getString("reviewer")).containsExactly("np.reviewer.iom", "np.reviewer.undp2");
        assertThat(undp2.get(path(g) + "/grant").status()).isEqualTo(403);
    }

    @Test
    void aConflictedReviewerGetsNothingOfTheProposalNeitherGrantNorDiagram() {
        ReviewedGrant g = grant();
        Api conflicted = Api.as(app, "np.reviewer.undp");
        WebSession pages = WebSession.signIn(app, "np.reviewer.undp");
        assertThat(List.of(conflicted.get(path(g)).status(), conflicted.get(path(g) + "/grant").status(),
                conflicted.get(path(g) + "/diagram").status(), conflicted.get(path(g) + "/reviews").status(),
                pages.get(page(g)).status(), pages.get(ledgerPage(g)).status()))
                .containsExactly(403, 403, 403, 403, 403, 403);
    }

    @Test
    void aReviewerBeforeDeclaringDoesNotReadTheDiagram() {
        long id = Slice.submittedProposal(app, "NP", "Visibility: diagram before declaring", "20000");
        Slice.screen(app, "NP", id, "ACCEPT");
        Slice.taskFor(Api.as(app, "np.reviewer.iom"), "NP", GrantLifecycle.DECLARE_CONFLICT, id);
        Api.Reply diagram = Api.as(app, "np.reviewer.iom").get("api/v1/tenants/NP/proposals/" + id + "/diagram");
        assertThat(diagram.status()).isEqualTo(403);
        assertThat(diagram.body()).doesNotContain("bpmn");
    }

    @Test
    void theGrantAnswersTheLedgersReadersAndItsOwnerOnlyOnPageAndApiAlike() {
        ReviewedGrant g = grant();
        for (String user : List.of("np.applicant2", "np.focal", "np.admin", "np.reviewer.undp2")) {
            assertThat(Api.as(app, user).get(path(g) + "/grant").status()).as(user + " API").isEqualTo(403);
            assertThat(WebSession.signIn(app, user).get(ledgerPage(g)).status()).as(user + " page").isEqualTo(403);
            assertThat(Api.as(app, user).get(path(g)).body()).as(user + " proposal")
                    .doesNotContain(g.token() + "-PAY", "approvedBy");
        }
        for (String user : List.of("np.applicant", "np.finance", "np.coordinator", "observer")) {
            Api.Reply api = Api.as(app, user).get(path(g) + "/grant");
            assertThat(api.status()).as(user + " API").isEqualTo(200);
            assertThat(api.json().getJsonArray("ledger").getJsonObject(0).getString("reference"))
                    .isEqualTo(g.token() + "-PAY");
            Api.Reply page = WebSession.signIn(app, user).get(ledgerPage(g));
            assertThat(page.status()).as(user + " page").isEqualTo(200);
            assertThat(page.body()).contains(g.token() + "-PAY");
        }
    }

    /** One reviewed grant for the class: its lifecycle takes a while. */
    private ReviewedGrant grant() {
        synchronized (VisibilityIT.class) {
            if (grant == null) {
                String token = "VIS" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
                grant = ReviewedGrant.create(app, token, id -> {
                    Api undp2 = Api.as(app, "np.reviewer.undp2");
                    String path = "api/v1/tenants/NP/proposals/" + id;
                    String actions = String.join(" ", undp2.get(path).json().getJsonArray("history")
                            .getValuesAs(JsonObject.class).stream().map(h -> h.getString("action")).toList());
                    undp2BeforeScoring = List.of(actions, undp2.get(path + "/reviews").array().toString());
                });
            }
            return grant;
        }
    }

    private static String path(ReviewedGrant g) {
        return "api/v1/tenants/NP/proposals/" + g.id();
    }

    private static String page(ReviewedGrant g) {
        return "app/proposal/view.xhtml?tenant=NP&id=" + g.id();
    }

    private static String ledgerPage(ReviewedGrant g) {
        return "app/finance/grant.xhtml?tenant=NP&grant=" + g.id();
    }
}
