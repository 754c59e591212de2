package org.m4d.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.m4d.grants.it.ProbeRules.Binding;
import org.m4d.grants.it.ProbeRules.Obj;
import org.m4d.grants.it.ProbeRules.Rule;
import org.m4d.grants.workflow.domain.AssuranceModel;
import org.m4d.grants.workflow.domain.GrantLifecycle;

/**
 * The isolation probe: every REST operation, page and servlet of the application (found in the
 * application itself, see {@link Routes}) is tried by every role of Senegal against objects of Nepal
 * (expected: 404 and none of Nepal's data), and by every role of Nepal against the Nepali objects its
 * role may not touch (expected: 403, or 404 where the application hides that the object exists).
 * What each route may be used for, by whom, is the table in {@link ProbeRules}; a route without a
 * rule fails the test. Inside Nepal, {@link VisibilityProbe} then checks what each role sees of a
 * proposal's history, reviews, grant and diagram, and that page and API agree.
 */
@ExtendWith(SharedApp.class)
class IsolationProbeIT {

    static final Map<String, String> NEPAL = ordered("applicant", "np.applicant", "applicant2", "np.applicant2",
            "focal", "np.focal", "coordinator", "np.coordinator", "reviewer", "np.reviewer.undp2",
            "finance", "np.finance", "admin", "np.admin", "observer", "observer");
    static final Map<String, String> SENEGAL = ordered("applicant", "sn.applicant", "focal", "sn.focal",
            "coordinator", "sn.coordinator", "reviewer", "sn.reviewer.iom", "finance", "sn.finance",
            "admin", "sn.admin");

    @AppUrl
    URL app;

    private final String token = "ISO" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    private final Map<Obj, String> objects = new HashMap<>();
    private final List<String> findings = new ArrayList<>();
    private int probes;
    private int leaks;
    private int otherDigitProbes;

    @Test
    void everyRouteHasAProbeRule() {
        List<String> routes = new ArrayList<>(Routes.restOperations());
        routes.addAll(Routes.pagesAndServlets());
        assertThat(routes).as("the application's routes").contains("GET tenants/{tenant}/proposals/{id}",
                "POST tenants/{tenant}/tasks/{id}/complete", "PAGE app/proposal/view.xhtml", "SERVLET /app/attachment");
        for (String route : routes) {
            assertThat(ProbeRules.RULES).as("new route without a probe rule: " + route).containsKey(route);
        }
        assertThat(routes).as("probe rules of routes that no longer exist").containsAll(ProbeRules.RULES.keySet());
    }

    @Test
    void noRoleOfAnotherTenantNorBeyondItsRoleGetsInOrSeesData() {
        everyRouteHasAProbeRule();
        createNepaliObjects();
        Map<String, WebSession> pages = new HashMap<>();
        for (Rule rule : ProbeRules.RULES.values()) {
            for (Binding binding : rule.bindings()) {
                SENEGAL.forEach((role, user) -> probeAsForeign(rule, binding, role, user, pages));
                NEPAL.forEach((role, user) -> probeAsOwn(rule, binding, role, user, pages));
            }
        }
        probeIdsInOtherDigits(pages);
        VisibilityProbe inside = new VisibilityProbe(app, token, pages);
        inside.run();
        probes += inside.probes;
        leaks += inside.leaks;
        findings.addAll(inside.findings);
        checkNothingChanged();
        System.out.printf("Isolation probe: %d probes, %d leaks (inside the country: %d probes, %d leaks; "
                + "ids in other digits: %d probes)%n", probes, leaks, inside.probes, inside.leaks, otherDigitProbes);
        findings.forEach(f -> System.out.println("  " + f));
        assertThat(leaks).as("leaks").isZero();
        assertThat(findings).as("probes that did not answer as the rule says").isEmpty();
    }

    /** A Senegalese user, with Nepal's object ids, naming Nepal or Senegal as the tenant. */
    private void probeAsForeign(Rule rule, Binding binding, String role, String user, Map<String, WebSession> pages) {
        Set<String> markers = foreignMarkers();
        if (rule.isPublic() || binding.shared()) {
            probe(rule, binding, "SN", user, pages, Set.of(200), markers);
            return;
        }
        boolean collection = binding.params().values().stream().allMatch(o -> o == Obj.TENANT);
        int ownVerdict = binding.allowed().contains(role) ? 200 : rule.denied();
        for (String tenant : tenantsFor(rule, binding)) {
            if (collection && rule.isRest() && tenant.equals("NP")) {
                probe(rule, binding, tenant, user, pages, Set.of(404), markers);
            } else if (collection && !rule.mutates()) {
                // their own country's list or dashboard (a page ignores a country they are not in):
                // what their role gets, without any of Nepal's data
                probe(rule, binding, tenant, user, pages, Set.of(ownVerdict), markers);
            } else if (!collection && tenant.equals("SN") && !binding.allowed().contains(role)) {
                // their own country named: a role check before any lookup may refuse first, for any id alike
                probe(rule, binding, tenant, user, pages, Set.of(403, 404), markers);
            } else if (!collection) {
                probe(rule, binding, tenant, user, pages, Set.of(404), markers);
            }
        }
    }

    /** A Nepali user whose role may not use the route on this object; or one who may, but must not see it. */
    private void probeAsOwn(Rule rule, Binding binding, String role, String user, Map<String, WebSession> pages) {
        if (rule.isPublic()) {
            return;
        }
        if (!binding.allowed().contains(role)) {
            probe(rule, binding, "NP", user, pages, Set.of(binding.absent().contains(role) ? 404 : rule.denied()),
                    Set.of(token));
        } else if (binding.blind().contains(role)) {
            Set<String> markers = new java.util.HashSet<>(taskIds());
            markers.add(token);
            probe(rule, binding, "NP", user, pages, Set.of(200), markers);
        }
    }

    private void probe(Rule rule, Binding binding, String tenant, String user, Map<String, WebSession> pages,
                       Set<Integer> expected, Set<String> markers) {
        String target = ProbeRules.fill(rule, binding, tenant, objects);
        String body = body(binding) == null ? null : body(binding).replace("{user}", user);
        Api.Reply reply = rule.isRest()
                ? Api.as(app, user).send(rule.method(), target, body == null ? null : "application/json", body)
                : pages.computeIfAbsent(user, u -> WebSession.signIn(app, u)).get(target);
        probes++;
        String where = user + " " + rule.method() + " " + target;
        List<String> seen = markers.stream().filter(reply.body()::contains).toList();
        boolean deniedExpected = expected.stream().allMatch(s -> s >= 400);
        if (deniedExpected && reply.status() < 400) {
            leaks++;
            findings.add("LEAK (access) " + where + ": " + reply.status() + ", expected " + expected);
        } else if (!seen.isEmpty()) {
            leaks++;
            findings.add("LEAK (data " + seen + ") " + where + ": " + reply.status());
        } else if (!expected.contains(reply.status())) {
            findings.add("WRONG STATUS " + where + ": " + reply.status() + ", expected " + expected + " "
                    + reply.body().substring(0, Math.min(200, reply.body().length())));
        }
    }

    /**
     * Every id of every route written in fullwidth and in Arabic-Indic digits, asked by a role that
     * may use the route on that object: Java's number parsing would read them as the object's id, so
     * each must name nothing (404, or 400; problem+json from the API) and show none of its data.
     */
    private void probeIdsInOtherDigits(Map<String, WebSession> pages) {
        Set<String> markers = new java.util.HashSet<>(taskIds());
        markers.add(token);
        for (Rule rule : ProbeRules.RULES.values()) {
            for (Binding binding : rule.bindings()) {
                if (rule.isPublic() || binding.params().values().stream()
                        .allMatch(o -> o == Obj.TENANT || o == Obj.CURRENCY)) {
                    continue;
                }
                String user = NEPAL.entrySet().stream().filter(e -> binding.allowed().contains(e.getKey()))
                        .map(Map.Entry::getValue).findFirst().orElse(null);
                if (user == null) {
                    // a route of the programme unit alone (e.g. a phase's required markers): no Nepali role may use it
                    continue;
                }
                for (char zero : new char[] {'\uFF10', '\u0660'}) {
                    Map<Obj, String> written = new HashMap<>();
                    objects.forEach((obj, id) -> written.put(obj, inDigits(id, zero, rule.isRest())));
                    String target = ProbeRules.fill(rule, binding, "NP", written);
                    Api.Reply reply = rule.isRest()
                            ? Api.as(app, user).send(rule.method(), target, binding.body() == null ? null
                                    : "application/json", body(binding))
                            : pages.computeIfAbsent(user, u -> WebSession.signIn(app, u)).get(target);
                    probes++;
                    otherDigitProbes++;
                    String where = user + " " + rule.method() + " " + target + " (U+" + Integer.toHexString(zero) + ")";
                    List<String> seen = markers.stream().filter(reply.body()::contains).toList();
                    if (reply.status() < 400 || !seen.isEmpty()) {
                        leaks++;
                        findings.add("LEAK (other digits " + seen + ") " + where + ": " + reply.status());
                    } else if (reply.status() != 404 && reply.status() != 400) {
                        findings.add("WRONG STATUS " + where + ": " + reply.status() + ", expected 404 or 400");
                    } else if (rule.isRest() && !reply.contentType().startsWith("application/problem+json")) {
                        findings.add("NOT PROBLEM+JSON " + where + ": " + reply.contentType());
                    }
                }
            }
        }
    }

    /** The id with its ASCII digits replaced by those of another script; percent-encoded in a path. */
    private static String inDigits(String id, char zero, boolean inPath) {
        StringBuilder written = new StringBuilder();
        id.chars().forEach(c -> written.append(c >= '0' && c <= '9' ? (char) (zero + c - '0') : (char) c));
        return inPath ? URLEncoder.encode(written.toString(), StandardCharsets.UTF_8) : written.toString();
    }

    private String body(Binding binding) {
        return binding.body() == null ? null : binding.body().replace("{token}", token)
                .replace("{today}", LocalDate.now().toString());
    }

    private List<String> tenantsFor(Rule rule, Binding binding) {
        // a route of the whole programme names no country: one request says all there is to say
        boolean named = rule.isRest() ? rule.path().contains("{tenant}") : binding.params().containsValue(Obj.TENANT);
        return named ? List.of("NP", "SN") : List.of("SN");
    }

    private Set<String> foreignMarkers() {
        Set<String> markers = new java.util.HashSet<>(taskIds());
        markers.add(token);
        markers.add("np.applicant");
        return markers;
    }

    private List<String> taskIds() {
        return List.of(objects.get(Obj.SCREENING_TASK), objects.get(Obj.RELEASE_TASK));
    }

    private void createNepaliObjects() {
        Api applicant = Api.as(app, "np.applicant");
        Api.Reply draft = applicant.post("api/v1/tenants/NP/proposals", ProbeRules.draft("Isolation " + token + " draft"));
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        objects.put(Obj.DRAFT, Long.toString(draft.json().getJsonNumber("id").longValue()));
        Api.Reply shared = applicant.post("api/v1/tenants/NP/proposals", ProbeRules.draft("Isolation " + token + " shared"));
        assertThat(shared.status()).as(shared.body()).isEqualTo(201);
        objects.put(Obj.SHARED, Long.toString(shared.json().getJsonNumber("id").longValue()));
        Api.Reply invited = applicant.post("api/v1/tenants/NP/proposals/" + objects.get(Obj.SHARED) + "/members",
                "{\"username\":\"np.applicant2\",\"role\":\"CO_APPLICANT\"}");
        assertThat(invited.status()).as(invited.body()).isEqualTo(201);

        long submitted = Slice.submittedProposal(app, "NP", "Isolation " + token + " submitted", "75000");
        objects.put(Obj.SUBMITTED, Long.toString(submitted));
        objects.put(Obj.USER, NEPAL.get("applicant2"));
        objects.put(Obj.PHASE, "M4D-III");
        Api.Reply call = Api.as(app, "np.coordinator").post("api/v1/tenants/NP/calls", "{\"phaseId\":\"M4D-III\","
                + "\"title\":\"Isolation " + token + " call\",\"opensOn\":\"" + LocalDate.now().minusDays(1)
                + "\",\"closesOn\":\"" + LocalDate.now().plusDays(30) + "\",\"envelopes\":[{\"country\":\"NP\","
                + "\"amountUsd\":1000}]}");
        assertThat(call.status()).as(call.body()).isEqualTo(201);
        objects.put(Obj.CALL, Long.toString(call.json().getJsonNumber("id").longValue()));
        // no job of the shared node fails on purpose: the incident routes are probed with an id of none
        objects.put(Obj.INCIDENT, "no-such-job");
        objects.put(Obj.SCREENING_TASK, Slice.taskFor(Api.as(app, "np.coordinator"), "NP",
                GrantLifecycle.SCREEN_ELIGIBILITY, submitted));

        long granted = Slice.approvedGrant(app, "NP", "Isolation " + token + " granted", "100000");
        objects.put(Obj.GRANTED, Long.toString(granted));
        Api finance = Api.as(app, "np.finance");
        Api.Reply paid = finance.post("api/v1/tenants/NP/proposals/" + granted + "/grant/disbursements",
                "{\"amount\":10000,\"date\":\"" + LocalDate.now() + "\",\"reference\":\"" + token + "-PAY\"}");
        assertThat(paid.status()).as(paid.body()).isEqualTo(200);
        objects.put(Obj.LEDGER_ENTRY, Long.toString(paid.json().getJsonNumber("id").longValue()));
        objects.put(Obj.RELEASE_TASK, Slice.taskFor(finance, "NP", GrantLifecycle.RELEASE_TRANCHE, granted));
        // assurance: a partner of its own whose year is planned and whose spot check found something marked
        long assured = PartnerGrants.significantPartner(app, "Isolation " + token + " assured partner");
        long assuredGrant = PartnerGrants.grantOf(app, assured, "Isolation " + token + " assured grant");
        assertThat(finance.post("api/v1/tenants/NP/assurance/partners/" + assured + "/plan",
                "{\"year\":" + LocalDate.now().getYear() + "}").status()).isEqualTo(200);
        assertThat(Slice.complete(finance, "NP", AssuranceModel.CONDUCT_SPOT_CHECK, assuredGrant, "{\"date\":\""
                + LocalDate.now() + "\",\"findings\":[{\"priority\":\"LOW\",\"text\":\"" + token
                + " finding\",\"dueOn\":\"" + LocalDate.now().plusDays(30) + "\"}]}").status()).isEqualTo(204);
        objects.put(Obj.ATTACHMENT, Long.toString(Fixtures.attachment("NP", submitted, token + ".pdf",
                "%PDF-1.4 " + token)));
        objects.put(Obj.NOTIFICATION, Long.toString(Fixtures.notification("NP", "np.coordinator",
                "New task: Screen eligibility - Isolation " + token, "task.xhtml?id=" + objects.get(Obj.SCREENING_TASK),
                java.time.Instant.now(), "NONE")));
        Api.Reply partner = Api.as(app, "np.coordinator").post("api/v1/tenants/NP/partners",
                ProbeRules.partner("Isolation " + token + " partner").replace("{token}", token));
        assertThat(partner.status()).as(partner.body()).isEqualTo(201);
        objects.put(Obj.PARTNER, Long.toString(partner.json().getJsonNumber("id").longValue()));
        // practice: one awaiting consent (marked in its summary and lessons: its grant's title would mark the FACE
        // task the paid advance leaves in the applicant's inbox), one its applicant published (nothing marked)
        objects.put(Obj.PRACTICE, Long.toString(ClosedGrants.closedWithPractice(app, "NP", "Isolation practice "
                + UUID.randomUUID(), "A desk " + token, "Lessons " + token)));
        long published = ClosedGrants.closedWithPractice(app, "NP", "Isolation shared practice "
                + UUID.randomUUID(), "A shared desk", "Shared lessons");
        assertThat(applicant.post("api/v1/tenants/NP/practices/" + published + "/consent", "{\"publish\":true}")
                .status()).isEqualTo(200);
        objects.put(Obj.PUBLISHED_PRACTICE, Long.toString(published));
        // a grant of Senegal's own (nothing marked): its IATI file exists, whichever tests ran before
        Slice.approvedGrant(app, "SN", "Isolation Senegal's own grant " + UUID.randomUUID(), "800000");
    }

    /** Whatever was refused left every object as it was. */
    private void checkNothingChanged() {
        String state = "SELECT state FROM proposal WHERE id = ?";
        expectUnchanged("the draft", Database.string(state, Long.parseLong(objects.get(Obj.DRAFT))), "DRAFT");
        expectUnchanged("the draft's title", Database.string("SELECT title FROM proposal WHERE id = ?",
                Long.parseLong(objects.get(Obj.DRAFT))), "Isolation " + token + " draft");
        long shared = Long.parseLong(objects.get(Obj.SHARED));
        expectUnchanged("the shared draft", Database.string(state, shared), "DRAFT");
        expectUnchanged("the shared draft's title", Database.string("SELECT title FROM proposal WHERE id = ?", shared),
                "Isolation " + token + " shared");
        expectUnchanged("the shared draft's members", Database.string("SELECT string_agg(username || ' ' || role, ',') "
                + "FROM proposal_member WHERE proposal_id = ?", shared), "np.applicant2 CO_APPLICANT");
        expectUnchanged("the submitted proposal", Database.string(state, Long.parseLong(objects.get(Obj.SUBMITTED))),
                "SUBMITTED");
        expectUnchanged("the screening task's assignee", String.valueOf(Database.string(
                "SELECT assignee_ FROM act_ru_task WHERE id_ = ?", objects.get(Obj.SCREENING_TASK))), "null");
        expectUnchanged("the release task", Long.toString(Database.count(
                "SELECT COUNT(*) FROM act_ru_task WHERE id_ = ? AND assignee_ IS NULL", objects.get(Obj.RELEASE_TASK))), "1");
        expectUnchanged("the ledger", Long.toString(Database.count("SELECT COUNT(*) FROM disbursement d JOIN grant_agreement g "
                + "ON g.id = d.grant_id WHERE g.proposal_id = ?", Long.parseLong(objects.get(Obj.GRANTED)))), "1");
        expectUnchanged("the coordinator's notification", String.valueOf(Database.string(
                "SELECT read_at FROM notification WHERE id = ?", Long.parseLong(objects.get(Obj.NOTIFICATION)))), "null");
        long partner = Long.parseLong(objects.get(Obj.PARTNER));
        expectUnchanged("the partner's name", Database.string("SELECT name FROM partner WHERE id = ?", partner),
                "Isolation " + token + " partner");
        expectUnchanged("the partner's assessments", Long.toString(Database.count(
                "SELECT COUNT(*) FROM risk_assessment WHERE partner_id = ?", partner)), "0");
        expectUnchanged("partners created by refused requests", Long.toString(Database.count(
                "SELECT COUNT(*) FROM partner WHERE name LIKE ?", "%" + token + " denied%")), "0");
        expectUnchanged("amendments of refused requests", Long.toString(Database.count(
                "SELECT COUNT(*) FROM grant_amendment WHERE reason LIKE ?", "%" + token + " denied%")), "0");
        expectUnchanged("proposals created by refused requests", Long.toString(Database.count(
                "SELECT COUNT(*) FROM proposal WHERE title LIKE ?", "%" + token + " denied%")), "0");
        expectUnchanged("calls opened by refused requests", Long.toString(Database.count(
                "SELECT COUNT(*) FROM call_for_proposals WHERE title LIKE ?", "%" + token + " denied%")), "0");
        expectUnchanged("phases added by refused requests", Long.toString(Database.count(
                "SELECT COUNT(*) FROM programme_phase WHERE name LIKE ?", "%" + token + " denied%")), "0");
        expectUnchanged("the practice awaiting consent", Long.toString(Database.count(
                "SELECT COUNT(*) FROM practice WHERE id = ? AND published = FALSE",
                Long.parseLong(objects.get(Obj.PRACTICE)))), "1");
        expectUnchanged("the published practice", Long.toString(Database.count(
                "SELECT COUNT(*) FROM practice WHERE id = ? AND published = TRUE",
                Long.parseLong(objects.get(Obj.PUBLISHED_PRACTICE)))), "1");
    }

    private void expectUnchanged(String what, String actual, String expected) {
        if (!expected.equals(actual)) {
            leaks++;
            findings.add("LEAK (state) " + what + " is " + actual + ", expected " + expected);
        }
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
