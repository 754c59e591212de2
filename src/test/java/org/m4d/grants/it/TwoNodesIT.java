package org.m4d.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.m4d.grants.workflow.domain.GrantLifecycle;

/**
 * Issue 13, part 1: two nodes of the app started at the same moment on one database of their own (never the
 * run's: the shared throttle would lock demo users the other tests sign in as). What one node does, the other
 * sees at once: the sign-in throttle, a disabled account, "sign out everywhere", a country's settings; the
 * start-up work and the engine's asynchronous steps are done once.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesIT {

    private static final Duration START = Duration.ofSeconds(180);
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern LOCK_TAKEN = Pattern.compile("Start-up lock taken by (\\S+) after (\\d+) ms");

    private static FaultDatabase db;
    private static NodeProcess a;
    private static NodeProcess b;

    @BeforeAll
    static void twoNodesAtOnce() {
        // a node that never answered its first start (seen twice in CI, its log ending "ready") is given one
        // more try on a fresh database; the failure of the first is printed, and a second one fails the class
        try {
            startBoth("two-nodes");
        } catch (IllegalStateException notReady) {
            System.out.println("Two nodes: the first start failed, starting again on a fresh database: " + notReady.getMessage());
            stop();
            startBoth("two-nodes-again");
        }
    }

    private static void startBoth(String name) {
        db = FaultDatabase.start(name);
        db.create("m4d");
        long begin = System.nanoTime();
        a = NodeProcess.start("node-a", db.url("m4d"));
        b = NodeProcess.start("node-b", db.url("m4d"));
        a.awaitReady(START);
        double readyA = (System.nanoTime() - begin) / 1e9;
        b.awaitReady(START);
        double readyB = (System.nanoTime() - begin) / 1e9;
        System.out.printf("Two nodes: A ready in %.1f s, B in %.1f s%n", readyA, readyB);
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable closing : new AutoCloseable[] {a, b, db}) {
            try {
                if (closing != null) {
                    closing.close();
                }
            } catch (Exception e) {
                System.err.println("Closing " + closing + ": " + e);
            }
        }
    }

    @Test
    @Order(1)
    void startedTogetherTheyMadeTheStartUpWorkOnceOneAfterTheOther() throws Exception {
        assertThat(db.count("m4d", "SELECT count(*) FROM user_account")).isEqualTo(22);
        assertThat(db.count("m4d", "SELECT count(*) FROM user_account WHERE username = 'np.finance'")).isEqualTo(1);
        assertThat(db.count("m4d", "SELECT count(*) FROM act_re_deployment WHERE name_ = 'm4d-grants'")).isEqualTo(1);
        // the six demo partners (a second seeding would have failed on their unique names and stopped a node)
        assertThat(db.count("m4d", "SELECT count(*) FROM partner")).isEqualTo(6);
        assertThat(db.count("m4d", "SELECT count(*) FROM m4d_schema_history WHERE success")).isEqualTo(
                db.count("m4d", "SELECT count(DISTINCT version) FROM m4d_schema_history WHERE success"));
        // each node took the start-up lock once; the second waited for the first
        List<Long> waits = new ArrayList<>();
        for (NodeProcess node : List.of(a, b)) {
            // the log grows by run: this run's start is its last one
            String log = Files.readString(node.log());
            Matcher taken = LOCK_TAKEN.matcher(log.substring(log.lastIndexOf("=== " + node.name() + " on port")));
            assertThat(taken.find()).as("the start-up lock in " + node.log()).isTrue();
            assertThat(taken.group(1)).isEqualTo(node.name());
            waits.add(Long.parseLong(taken.group(2)));
            assertThat(taken.find()).as("a second start-up in one run of " + node.name()).isFalse();
        }
        System.out.printf("Two nodes: start-up lock waited for %d ms on A, %d ms on B%n", waits.get(0), waits.get(1));
    }

    @Test
    @Order(2)
    void fiveFailedSignInsOnALockTheNameOnB() {
        assertThat(Api.as(b.url(), "np.reviewer.undp2").get("api/v1/me").status()).isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            assertThat(Api.as(a.url(), "np.reviewer.undp2", "wrong " + i).get("api/v1/me").status()).isEqualTo(401);
        }

        // B had verified this password a moment ago: the lock holds even so
        assertThat(Api.as(b.url(), "np.reviewer.undp2").get("api/v1/me").status()).isEqualTo(401);
        assertThat(db.count("m4d", "SELECT count(*) FROM sign_in_lock WHERE username = 'np.reviewer.undp2'"
                + " AND locked_until > now() AT TIME ZONE 'UTC'")).isEqualTo(1);
    }

    @Test
    @Order(3)
    void aUserDisabledOnAIsRefusedOnB() {
        assertThat(Api.as(b.url(), "np.applicant2").get("api/v1/me").status()).isEqualTo(200);
        WebSession admin = WebSession.signIn(a.url(), "np.admin");
        Api.Reply page = admin.get("app/admin/users.xhtml");
        Matcher row = Pattern.compile("<span class=\"username\">np\\.applicant2</span>.*?name=\"(userList:users:\\d+:disable)\"",
                Pattern.DOTALL).matcher(page.body());
        assertThat(row.find()).as("the disable button of np.applicant2").isTrue();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("userList", "userList");
        fields.put(row.group(1), "Disable");
        fields.put("jakarta.faces.ViewState", viewState(page));
        Api.Reply disabled = admin.post("app/admin/users.xhtml", fields);
        assertThat(disabled.status()).as(disabled.body()).isIn(200, 302);
        assertThat(db.count("m4d", "SELECT count(*) FROM user_account WHERE username = 'np.applicant2' AND NOT enabled"))
                .isEqualTo(1);

        assertThat(Api.as(b.url(), "np.applicant2").get("api/v1/me").status()).isEqualTo(401);
    }

    @Test
    @Order(4)
    void signingOutEverywhereOnAEndsTheSessionOnB() {
        WebSession onB = WebSession.signIn(b.url(), "np.focal");
        assertThat(onB.get("app/index.xhtml").status()).isEqualTo(200);
        WebSession onA = WebSession.signIn(a.url(), "np.focal");
        Api.Reply index = onA.get("app/index.xhtml");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("logoutForm", "logoutForm");
        fields.put("logoutForm:logoutEverywhere", "Sign out everywhere");
        fields.put("jakarta.faces.ViewState", viewState(index));
        Api.Reply out = onA.post("app/index.xhtml", fields);
        assertThat(out.status()).isEqualTo(302);
        assertThat(out.contentType()).endsWith("/login.xhtml");

        String redirect = onB.redirectOf("app/index.xhtml");
        assertThat(redirect).as("B's session ended: to the sign-in page").isNotNull();
        assertThat(java.net.URI.create(b.base()).resolve(redirect).toString())
                .isEqualTo(b.base() + "login.xhtml?next=%2Fapp%2Findex.xhtml");
    }

    @Test
    @Order(5)
    void aCountrySettingSavedOnAIsReadOnB() {
        WebSession onA = WebSession.signIn(a.url(), "np.admin");
        Api.Reply page = onA.get("app/admin/settings.xhtml");
        Map<String, String> fields = formFields(page.body(), "settings");
        int lead = Integer.parseInt(fields.get("settings:reminderLead"));
        fields.put("settings:reminderLead", Integer.toString(lead + 1));
        fields.put("settings:save", "Save");
        fields.put("jakarta.faces.ViewState", viewState(page));
        Api.Reply saved = onA.post("app/admin/settings.xhtml", fields);
        assertThat(saved.status()).as(saved.body()).isIn(200, 302);

        Api.Reply onB = WebSession.signIn(b.url(), "np.admin").get("app/admin/settings.xhtml");
        assertThat(formFields(onB.body(), "settings").get("settings:reminderLead")).isEqualTo(Integer.toString(lead + 1));
    }

    @Test
    @Order(6)
    void asynchronousAgreementsAreMadeOnceEach() {
        long partner = PartnerGrants.significantPartner(a.url(), "Two nodes partner");
        List<Long> grants = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            NodeProcess node = i % 2 == 0 ? a : b;
            long id = Slice.submittedProposal(node.url(), "NP", "Two nodes " + i, "200000", "NATIONAL_INSTITUTION", partner);
            Slice.screen(node.url(), "NP", id, "ACCEPT");
            Slice.reviewByBothAgencies(node.url(), "NP", id, 4);
            Api.Reply approved = Slice.complete(Api.as(node.url(), "np.coordinator"), "NP", GrantLifecycle.APPROVE_GRANT,
                    id, "{\"decision\":\"ACCEPT\"}");
            assertThat(approved.status()).as(approved.body()).isEqualTo(204);
            grants.add(id);
        }
        for (long id : grants) {
            Slice.waitFor(() -> db.count("m4d", "SELECT count(*) FROM grant_agreement WHERE proposal_id = ?", id) == 1
                    ? Boolean.TRUE : null, Duration.ofSeconds(120), "the agreement of proposal " + id);
        }
        // the next step is there for each, once: the asynchronous step ran once and went on
        for (long id : grants) {
            Slice.taskFor(Api.as(b.url(), "np.finance"), "NP", GrantLifecycle.SET_TRANCHE_PLAN, id);
        }
        assertThat(db.count("m4d", "SELECT count(*) FROM act_ru_incident")).isZero();
        assertThat(db.count("m4d", "SELECT count(*) FROM act_ru_job WHERE exception_msg_ IS NOT NULL")).isZero();
        System.out.printf("Two nodes: %d asynchronous agreements, each made once; partner %d%n", grants.size(), partner);
    }

    private static String viewState(Api.Reply page) {
        Matcher state = VIEW_STATE.matcher(page.body());
        assertThat(state.find()).as("a view state on the page").isTrue();
        return state.group(1);
    }

    /** The values a browser would send with a form: its text inputs and the selected option of each menu. */
    static Map<String, String> formFields(String html, String form) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(form, form);
        Matcher inputs = Pattern.compile("<input([^>]*)>").matcher(html);
        while (inputs.find()) {
            String name = attribute(inputs.group(1), "name");
            String type = attribute(inputs.group(1), "type");
            if (name != null && name.startsWith(form + ":") && ("text".equals(type) || "hidden".equals(type))) {
                String value = attribute(inputs.group(1), "value");
                fields.put(name, value == null ? "" : value);
            }
        }
        Matcher selects = Pattern.compile("<select([^>]*)>(.*?)</select>", Pattern.DOTALL).matcher(html);
        while (selects.find()) {
            String name = attribute(selects.group(1), "name");
            Matcher selected = Pattern.compile("<option([^>]*selected[^>]*)>").matcher(selects.group(2));
            if (name != null && name.startsWith(form + ":") && selected.find()) {
                fields.put(name, attribute(selected.group(1), "value"));
            }
        }
        return fields;
    }

    private static String attribute(String tag, String name) {
        Matcher value = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(tag);
        return value.find() ? value.group(1).replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&") : null;
    }
}
