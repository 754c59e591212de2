package org.m4d.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.m4d.grants.workflow.domain.GrantLifecycle;

/**
 * Balanced reviewer assignment (issue 14, docs/adr/0032) on Payara Micro and PostgreSQL, through the
 * API: 30 proposals of Nepal screened one after the other leave every reviewer of each agency's pool
 * within one open review of the others; a declared conflict re-routes the review to the next
 * reviewer; a coordinator reassigns with a reason (and bad reassignments are 4xx, nothing written);
 * a reviewer away is skipped. The open reviews are read from the engine's tables, for every
 * reviewer of the pool, whatever other tests left open.
 */
@ExtendWith(SharedApp.class)
class ReviewAssignmentIT {

    private static final String ASSIGNMENTS = "api/v1/tenants/NP/proposals/%d/review-assignments";

    @AppUrl
    URL app;

    private final String token = "RA" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();

    private long screened(String title) {
        long id = Slice.submittedProposal(app, "NP", token + " " + title, "20000");
        Slice.screen(app, "NP", id, "ACCEPT");
        return id;
    }

    /** The proposal's assignments as the coordinator reads them, waiting until both agencies have one. */
    private List<JsonObject> assignments(long id) {
        Api coordinator = Api.as(app, "np.coordinator");
        return Slice.waitFor(() -> {
            Api.Reply reply = coordinator.get(String.format(ASSIGNMENTS, id));
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            List<JsonObject> list = reply.array().stream().map(JsonObject.class::cast).toList();
            return list.stream().map(a -> a.getString("agency")).distinct().count() == 2 ? list : null;
        }, Duration.ofSeconds(60), "both reviews of proposal " + id + " assigned");
    }

    private static JsonObject last(List<JsonObject> assignments, String agency) {
        return assignments.stream().filter(a -> a.getString("agency").equals(agency)).reduce((a, b) -> b).orElseThrow();
    }

    /** Open reviews (declarations and scorings held) of each enabled reviewer of the agency in Nepal. */
    private static Map<String, Long> openReviews(String agency) {
        Map<String, Long> open = new TreeMap<>();
        String sql = "SELECT m.username, (SELECT COUNT(*) FROM act_ru_task t WHERE t.assignee_ = m.username"
                + " AND t.tenant_id_ = 'NP' AND t.task_def_key_ IN (?, ?)) FROM membership m"
                + " JOIN user_account u ON u.username = m.username"
                + " WHERE m.tenant_code = 'NP' AND m.role = 'REVIEWER' AND m.agency = ? AND u.enabled";
        try (Connection c = Database.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, GrantLifecycle.DECLARE_CONFLICT);
            s.setString(2, GrantLifecycle.SCORE_PROPOSAL);
            s.setString(3, agency);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    open.put(r.getString(1), r.getLong(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return open;
    }

    private static String declarationOf(Api reviewer, long id) {
        return reviewer.get("api/v1/tenants/NP/tasks").array().stream().map(JsonObject.class::cast)
                .filter(t -> t.getString("key").equals(GrantLifecycle.DECLARE_CONFLICT)
                        && t.getJsonNumber("proposalId").longValue() == id)
                .map(t -> t.getString("id")).findFirst().orElse(null);
    }

    @Test
    void thirtyProposalsLeaveEveryReviewerWithinOneOpenReviewOfTheOthers() {
        Map<String, Map<String, Integer>> given = new TreeMap<>();
        for (int i = 1; i <= 30; i++) {
            long id = screened("balance " + i);
            for (String agency : List.of("IOM", "UNDP")) {
                JsonObject assignment = last(assignments(id), agency);
                assertThat(assignment.getString("assignedBy")).isEqualTo("system");
                assertThat(assignment.getString("reason")).startsWith("fewest open reviews (");
                given.computeIfAbsent(agency, a -> new TreeMap<>()).merge(assignment.getString("reviewer"), 1, Integer::sum);
            }
        }
        for (String agency : List.of("IOM", "UNDP")) {
            Map<String, Long> open = openReviews(agency);
            long max = open.values().stream().mapToLong(Long::longValue).max().orElseThrow();
            long min = open.values().stream().mapToLong(Long::longValue).min().orElseThrow();
            System.out.printf("Review assignment, %s: 30 proposals given %s; open reviews per reviewer %s"
                    + " (max - min = %d)%n", agency, given.get(agency), open, max - min);
            assertThat(open).as(agency + " pool").hasSizeGreaterThanOrEqualTo(2);
            assertThat(max - min).as(agency + " open reviews per reviewer " + open).isLessThanOrEqualTo(1);
            assertThat(given.get(agency).values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(30);
            assertThat(open.keySet()).as("reviews went only to the pool").containsAll(given.get(agency).keySet());
        }
    }

    @Test
    void aConflictReRoutesTheReviewAndACoordinatorReassignsWithAReason() {
        long id = screened("conflict");
        String first = last(assignments(id), "UNDP").getString("reviewer");
        Api conflicted = Api.as(app, first);
        String task = Slice.waitFor(() -> declarationOf(conflicted, id), Duration.ofSeconds(30), "the declaration");
        Api.Reply declared = conflicted.post("api/v1/tenants/NP/tasks/" + task + "/complete",
                "{\"conflict\":true,\"statement\":\"My sister works for the partner\"}");
        assertThat(declared.status()).as(declared.body()).isEqualTo(204);

        List<JsonObject> after = assignments(id);
        JsonObject rerouted = last(after, "UNDP");
        String next = rerouted.getString("reviewer");
        System.out.printf("Review assignment, conflict: UNDP review of proposal %d re-routed from %s to %s (%s)%n",
                id, first, next, rerouted.getString("reason"));
        assertThat(next).isNotEqualTo(first);
        assertThat(rerouted.getString("assignedBy")).isEqualTo("system");
        assertThat(rerouted.getString("reason")).contains(first + " (conflict)");
        assertThat(declarationOf(conflicted, id)).as("gone from the conflicted reviewer's inbox").isNull();
        assertThat(Slice.waitFor(() -> declarationOf(Api.as(app, next), id), Duration.ofSeconds(30), "re-routed"))
                .isNotNull();

        // bad reassignments: 4xx problem+json, nothing written
        Api coordinator = Api.as(app, "np.coordinator");
        String path = String.format(ASSIGNMENTS, id);
        String third = List.of("np.reviewer.undp", "np.reviewer.undp2", "np.reviewer.undp3").stream()
                .filter(u -> !u.equals(first) && !u.equals(next)).findFirst().orElseThrow();
        Map<String, Integer> refused = new TreeMap<>();
        refused.put("{\"agency\":\"UNDP\",\"reviewer\":\"" + third + "\",\"reason\":\"  \"}", 422);
        refused.put("{\"agency\":\"UNDP\",\"reviewer\":\"sn.reviewer.undp\",\"reason\":\"busy\"}", 422);
        refused.put("{\"agency\":\"UNDP\",\"reviewer\":\"np.reviewer.iom\",\"reason\":\"busy\"}", 422);
        refused.put("{\"agency\":\"UNDP\",\"reviewer\":\"" + first + "\",\"reason\":\"busy\"}", 422);
        refused.put("{\"agency\":\"UNDP\",\"reviewer\":\"np.applicant\",\"reason\":\"busy\"}", 422);
        refused.put("{\"agency\":\"WHO\",\"reviewer\":\"" + third + "\",\"reason\":\"busy\"}", 422);
        refused.put("{\"agency\":\"UNDP\",\"reviewer\":\"" + next + "\",\"reason\":\"busy\"}", 409);
        for (Map.Entry<String, Integer> bad : refused.entrySet()) {
            Api.Reply reply = coordinator.post(path, bad.getKey());
            assertThat(reply.status()).as(bad.getKey() + " " + reply.body()).isEqualTo(bad.getValue());
            assertThat(reply.contentType()).startsWith("application/problem+json");
        }
        Api.Reply notCoordinator = Api.as(app, third).post(path,
                "{\"agency\":\"UNDP\",\"reviewer\":\"" + third + "\",\"reason\":\"mine\"}");
        assertThat(notCoordinator.status()).isEqualTo(403);
        Api.Reply otherCountry = Api.as(app, "sn.coordinator").post(path,
                "{\"agency\":\"UNDP\",\"reviewer\":\"" + third + "\",\"reason\":\"busy\"}");
        assertThat(otherCountry.status()).isEqualTo(404);
        assertThat(assignments(id)).as("nothing written").hasSize(after.size());

        Api.Reply reassigned = coordinator.post(path, "{\"agency\":\"UNDP\",\"reviewer\":\"" + third
                + "\",\"reason\":\"" + next + " is on mission until the review is due\"}");
        assertThat(reassigned.status()).as(reassigned.body()).isEqualTo(200);
        JsonObject byCoordinator = last(reassigned.array().stream().map(JsonObject.class::cast).toList(), "UNDP");
        assertThat(byCoordinator.getString("reviewer")).isEqualTo(third);
        assertThat(byCoordinator.getString("assignedBy")).isEqualTo("np.coordinator");
        assertThat(byCoordinator.getString("reason")).isEqualTo(next + " is on mission until the review is due");
        assertThat(declarationOf(Api.as(app, next), id)).isNull();
        assertThat(declarationOf(Api.as(app, third), id)).isNotNull();
        String history = coordinator.get("api/v1/tenants/NP/proposals/" + id).body();
        assertThat(history).contains("REVIEW_REASSIGNED", next + " is on mission until the review is due");
    }

    @Test
    void aReviewerAwayIsSkippedUntilTheirLastDayIsOver() {
        Api away = Api.as(app, "np.reviewer.undp3");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Api.Reply backwards = away.put("api/v1/me/away", "{\"from\":\"" + today.plusDays(7) + "\",\"to\":\"" + today + "\"}");
        assertThat(backwards.status()).as(backwards.body()).isEqualTo(422);
        assertThat(backwards.contentType()).startsWith("application/problem+json");
        assertThat(away.get("api/v1/me/away").json().getString("from", null)).as("nothing written").isNull();
        try {
            Api.Reply set = away.put("api/v1/me/away", "{\"from\":\"" + today + "\",\"to\":\"" + today.plusDays(7) + "\"}");
            assertThat(set.status()).as(set.body()).isEqualTo(200);
            assertThat(away.get("api/v1/me/away").json().getString("to")).isEqualTo(today.plusDays(7).toString());
            List<String> undp = new ArrayList<>();
            for (int i = 1; i <= 3; i++) {
                JsonObject assignment = last(assignments(screened("away " + i)), "UNDP");
                undp.add(assignment.getString("reviewer"));
                assertThat(assignment.getString("reason")).contains("np.reviewer.undp3 (away)");
            }
            System.out.println("Review assignment, np.reviewer.undp3 away: UNDP reviews went to " + undp);
            assertThat(undp).doesNotContain("np.reviewer.undp3");
        } finally {
            assertThat(away.put("api/v1/me/away", "{\"from\":null,\"to\":null}").status()).isEqualTo(200);
        }
    }
}
