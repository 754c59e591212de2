package org.m4d.grants.it;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The probe rules: for every route of the application, the Nepali objects it is tried on and which
 * roles of the object's own tenant may use it there. Everything else is expected to be refused:
 * with 404 for a user of another tenant, whatever the route; with the rule's status (403, or 404
 * where the application hides that the object exists at all) for a role of the own tenant. Roles
 * are named by their part (the users are in {@link IsolationProbeIT}): applicant (the proposals'
 * author), applicant2 (another applicant), focal, coordinator, reviewer (one who has declared no
 * conflict on nothing), finance, admin, observer (global, read-only).
 *
 * <p>A user of another tenant who names their own tenant in the path with the other tenant's id may
 * get 403 instead of 404 where the route checks the role before looking anything up: that answer is
 * the same for every id, so it tells nothing about the object. A page ignores a country in its query
 * that the user does not belong to, and shows the user's own.
 *
 * <p>The application's rules as they stand, written down here on purpose:
 * <ul>
 * <li>Every member of a country reads its proposals and their diagrams, except a reviewer who has
 *     not declared that they have no conflict of interest on that proposal (403). What each role
 *     sees of the history, the reviews and the grant inside the country is {@link VisibilityProbe}'s
 *     table.</li>
 * <li>The grant with its ledger, through the API and the finance page alike, is read by finance,
 *     coordinators, the programme unit, observers and the applicant who owns it (403 for the
 *     other applicants, the focal point, the administrator and reviewers).</li>
 * <li>An amendment of the grant is asked for by the applicant who owns it and by coordinators only
 *     (403 for finance and observers too, who read the grant); its amendments and versions are read
 *     as the grant is.</li>
 * <li>A proposal is edited, deleted, submitted or withdrawn only by the applicant who created it
 *     (another applicant, and every other role: 403), except that an applicant invited to it as a
 *     co-applicant (applicant2 on the SHARED draft, ADR 0035) edits it too; a co-applicant neither
 *     deletes nor submits it. Who is invited to a proposal is read by its readers, and invitations
 *     and removals are made by its creator and the country's coordinators (403 for the others,
 *     the co-applicant included). Its answers to its call's sections are read as the proposal is,
 *     and written as it is edited.</li>
 * <li>A notification is its recipient's alone: for everybody else it does not exist (404); the list,
 *     the preferences and their pages are each user's own, whatever the country.</li>
 * <li>A task is visible only to its candidates and assignee, and an applicant's reporting task held by
 *     a proposal's creator also to that proposal's current co-applicants (ADR 0035 §7, tried in
 *     {@code ProposalMembersIT}): for everybody else it does not exist (404, not 403), so that the
 *     inbox cannot be used to discover another person's work.</li>
 * <li>Who reviews a proposal (its review assignments) is read and changed by the country's
 *     coordinators only; a period away is each user's own.</li>
 * <li>The proposals that look like one (duplicate screening, docs/adr/0036) are read by the
 *     country's coordinators and the programme unit only (403 for every other role).</li>
 * <li>A user of the country, with their address, is read and their address changed by the
 *     country's administrator only; everybody changes their own address.</li>
 * <li>The IATI activities file ({@code GET iati/activities.xml?country=NP}), which holds every
 *     grant's ledger and results, is read by those who read every grant: finance, coordinators and
 *     the global roles (403 for the other roles); a country the user is not in is 404.</li>
 * <li>Assurance (the dashboard, its API and the findings) is read by finance, coordinators, the
 *     programme unit and observers; a partner's year is planned by coordinators and finance of its
 *     country, and another country's partner is not found.</li>
 * <li>Reviews are read by coordinators, the programme unit, observers and reviewers (their own);
 *     the finance pages by finance, coordinators, the programme unit and observers; the
 *     administration pages by the country's administrator only.</li>
 * <li>A country's partners are listed by name and type to every member (to choose one for a
 *     proposal); a partner's details, rating and assessments, through the API and its page alike,
 *     are read by coordinators, finance, the programme unit and observers (403 for the others);
 *     partners are added and changed, and assessments recorded, by coordinators and finance.</li>
 * <li>The programme's phases, through the API and their page, are read by every signed-in user,
 *     whatever their country; a phase is added by the programme unit only (403 for every other role).</li>
 * <li>A call for proposals (ADR 31) is read through a country it covers, with that country's envelope
 *     and figures only, by every member (coordinators, finance and the global roles every call, the
 *     others the calls open today); for a country it does not cover it does not exist (404). It is
 *     opened by the country's coordinators and the programme unit (403 for every other role).</li>
 * <li>A currency's dollar rates, through the API and the rates page alike, are read by finance of a
 *     country paying in it, the programme unit and observers, and entered by that finance and the
 *     programme unit; for everybody outside those countries the currency does not exist (404).</li>
 * <li>The list exports (issue 12) hold what their lists show: proposals and indicators for every
 *     member (a reviewer only proposals they are cleared on; actuals only for the grant's readers),
 *     reviews for coordinators, reviewers (those they may read), the programme unit and observers,
 *     the audit log for the programme unit and observers.</li>
 * <li>A practice a closed grant left is the one object read across countries on purpose
 *     (docs/adr/0028): once its applicant has consented, by every user of every country (a binding
 *     {@link Binding#sharedWithEveryCountry()}); without consent, only in its country by its
 *     applicant, coordinators and the global roles (404 for everybody else, the library included);
 *     only the applicant who made the proposal gives or withdraws consent (403 inside the country; 404 for another applicant, who may not read it).</li>
 * </ul>
 */
final class ProbeRules {

    /** The objects of the tenant under attack, created before probing; TENANT stands for the tenant named. */
    enum Obj { TENANT, DRAFT, SUBMITTED, GRANTED, SCREENING_TASK, RELEASE_TASK, LEDGER_ENTRY, ATTACHMENT, USER, NOTIFICATION,
        PARTNER, PHASE, CURRENCY, PRACTICE, PUBLISHED_PRACTICE, INCIDENT, CALL,
        /** A draft of the applicant to which applicant2 is invited as co-applicant (ADR 0035). */
        SHARED }

    /**
     * One way to call a route: its parameters, who may, who may but must not see the object, who may
     * not and for whom the object does not exist (404 rather than the rule's refusal), the body, and
     * whether the object is shared with the users of every country on purpose.
     */
    record Binding(Map<String, Obj> params, Set<String> allowed, Set<String> blind, Set<String> absent, String body,
                   boolean shared) {
        Binding blindTo(String roles) {
            return new Binding(params, allowed, Set.of(roles.split(" ")), absent, body, shared);
        }

        /** These roles, not allowed, do not see that the object exists: 404. */
        Binding absentFor(String roles) {
            return new Binding(params, allowed, blind, Set.of(roles.split(" ")), body, shared);
        }

        Binding body(String json) {
            return new Binding(params, allowed, blind, absent, json, shared);
        }

        /** Read by the users of other countries too (200), with nothing else of the tenant in the answer. */
        Binding sharedWithEveryCountry() {
            return new Binding(params, allowed, blind, absent, body, true);
        }
    }

    /** A route ("GET tenants/{tenant}/proposals/{id}", "PAGE app/inbox.xhtml", "SERVLET /app/attachment"). */
    record Rule(String route, int denied, boolean isPublic, List<Binding> bindings) {
        boolean isRest() {
            return !route.startsWith("PAGE ") && !route.startsWith("SERVLET ");
        }

        String method() {
            return isRest() ? route.substring(0, route.indexOf(' ')) : "GET";
        }

        String path() {
            return route.substring(route.indexOf(' ') + 1);
        }

        boolean mutates() {
            return !method().equals("GET");
        }
    }

    static final String ALL = "applicant applicant2 focal coordinator reviewer finance admin observer";
    static final String READERS = "applicant applicant2 focal coordinator finance admin observer";
    static final String NO_TASKS = "applicant applicant2 focal reviewer admin observer";
    static final String GRANT_READERS = "applicant coordinator finance observer";
    private static final String PROPOSAL = "tenants/{tenant}/proposals";
    private static final String GRANT = PROPOSAL + "/{proposal}/grant";
    private static final String TASK = "tenants/{tenant}/tasks/{id}";
    /** Partners: names for every member; details and ratings for these; changes by coordinators and finance. */
    static final String PARTNER_READERS = "coordinator finance observer";
    private static final String PARTNERS = "tenants/{tenant}/partners";
    /** Rates: read by finance of a country paying in the currency and the global roles; entered by finance and pmu. */
    static final String RATE_READERS = "finance observer";
    /** The currency of the tenant under attack, which names no id and stays as it is in other digits. */
    static final String NEPALI_CURRENCY = "NPR";
    /** A practice awaiting consent: its applicant, the coordinators and the global roles. */
    static final String PRACTICE_READERS = "applicant coordinator observer";

    static final Map<String, Rule> RULES = rules(
            open("GET me"),
            open("PUT me/email", "{\"email\":\"{user}@m4d.example\"}"),
            rule("GET tenants/{tenant}/users/{username}", 403, bind("username=USER", "admin")),
            rule("PUT tenants/{tenant}/users/{username}", 403, bind("username=USER", "admin")
                    .body("{\"email\":\"np.applicant2@m4d.example\"}")),
            open("GET me/notifications"),
            rule("POST me/notifications/{id}/read", 404, bind("id=NOTIFICATION", "coordinator")),
            open("GET me/notification-preferences"),
            open("PUT me/notification-preferences", "{\"preferences\":[]}"),
            // a period away (issue 14): each user's own
            open("GET me/away"),
            open("PUT me/away", "{\"from\":null,\"to\":null}"),
            rule("GET " + PROPOSAL, 403, bind("", ALL).blindTo("reviewer")),
            rule("POST " + PROPOSAL, 403, bind("", "applicant applicant2").body(draft("Isolation {token} denied create"))),
            rule("GET " + PROPOSAL + "/{id}", 403, bind("id=DRAFT", READERS), bind("id=SUBMITTED", READERS),
                    bind("id=SHARED", READERS)),
            rule("PUT " + PROPOSAL + "/{id}", 403, bind("id=DRAFT", "applicant")
                    .body(draft("Isolation {token} denied edit")),
                    bind("id=SHARED", "applicant applicant2").body(draft("Isolation {token} denied edit"))),
            rule("DELETE " + PROPOSAL + "/{id}", 403, bind("id=DRAFT", "applicant"), bind("id=SHARED", "applicant")),
            rule("POST " + PROPOSAL + "/{id}/submit", 403, bind("id=DRAFT", "applicant"), bind("id=SHARED", "applicant")),
            // members (issue 14, ADR 0035): read by the proposal's readers; invited and removed by its creator and coordinators
            rule("GET " + PROPOSAL + "/{id}/members", 403, bind("id=DRAFT", READERS), bind("id=SHARED", READERS)),
            rule("POST " + PROPOSAL + "/{id}/members", 403, bind("id=SHARED", "applicant coordinator")
                    .body("{\"username\":\"np.applicant2\",\"role\":\"VIEWER\"}")),
            rule("DELETE " + PROPOSAL + "/{id}/members/{username}", 403,
                    bind("id=SHARED,username=USER", "applicant coordinator")),
            rule("POST " + PROPOSAL + "/{id}/withdraw", 403, bind("id=SUBMITTED", "applicant")
                    .body("{\"reason\":\"probe\"}")),
            rule("GET " + PROPOSAL + "/{id}/reviews", 403, bind("id=SUBMITTED", "coordinator observer")),
            // a proposal's answers to its call's sections (issue 14, ADR 34): read as the proposal is,
            // written by the applicant who made it
            rule("GET " + PROPOSAL + "/{id}/answers", 403, bind("id=DRAFT", READERS), bind("id=SUBMITTED", READERS)),
            rule("PUT " + PROPOSAL + "/{id}/answers", 403, bind("id=DRAFT", "applicant")
                    .body("{\"answers\":[{\"section\":\"SUMMARY\",\"text\":\"{token} denied\"}]}")),
            // review assignments (issue 14): read and changed by the country's coordinators only
            rule("GET " + PROPOSAL + "/{id}/review-assignments", 403, bind("id=SUBMITTED", "coordinator")),
            rule("POST " + PROPOSAL + "/{id}/review-assignments", 403, bind("id=SUBMITTED", "coordinator")
                    .body("{\"agency\":\"UNDP\",\"reviewer\":\"np.reviewer.undp2\",\"reason\":\"{token} denied\"}")),
            // duplicate screening (issue 14, docs/adr/0036): the country's coordinators and the programme unit
            rule("GET " + PROPOSAL + "/{id}/look-alikes", 403, bind("id=SUBMITTED", "coordinator pmu")),
            rule("GET " + PROPOSAL + "/{id}/diagram", 403, bind("id=SUBMITTED", READERS), bind("id=GRANTED", READERS)),
            rule("GET " + GRANT, 403, bind("proposal=GRANTED", GRANT_READERS)),
            rule("POST " + GRANT + "/disbursements", 403, bind("proposal=GRANTED", "finance")
                    .body("{\"amount\":1,\"date\":\"{today}\",\"reference\":\"{token} denied\"}")),
            rule("POST " + GRANT + "/disbursements/{entry}/reversal", 403,
                    bind("proposal=GRANTED,entry=LEDGER_ENTRY", "finance").body("{\"reason\":\"probe\"}")),
            rule("GET " + GRANT + "/amendments", 403, bind("proposal=GRANTED", GRANT_READERS)),
            rule("POST " + GRANT + "/amendments", 403, bind("proposal=GRANTED", "applicant coordinator")
                    .body("{\"kind\":\"NO_COST_EXTENSION\",\"reason\":\"{token} denied\",\"newEndDate\":\"2027-06-30\"}")),
            rule("GET " + GRANT + "/versions", 403, bind("proposal=GRANTED", GRANT_READERS)),
            // face: the FACE documents are read as the grant is
            rule("GET " + GRANT + "/face", 403, bind("proposal=GRANTED", GRANT_READERS)),
            rule("GET tenants/{tenant}/tasks", 403, bind("", ALL).blindTo(NO_TASKS)),
            rule("GET " + TASK, 404, bind("id=SCREENING_TASK", "coordinator"), bind("id=RELEASE_TASK", "finance")),
            rule("POST " + TASK + "/claim", 404, bind("id=SCREENING_TASK", "coordinator"),
                    bind("id=RELEASE_TASK", "finance")),
            rule("POST " + TASK + "/unclaim", 404, bind("id=SCREENING_TASK", "coordinator"),
                    bind("id=RELEASE_TASK", "finance")),
            rule("POST " + TASK + "/complete", 404,
                    bind("id=SCREENING_TASK", "coordinator").body("{\"decision\":\"ACCEPT\"}"),
                    bind("id=RELEASE_TASK", "finance").body("{}")),

            rule("GET " + PARTNERS, 403, bind("", ALL)),
            rule("POST " + PARTNERS, 403, bind("", "coordinator finance").body(partner("Isolation {token} denied partner"))),
            rule("GET " + PARTNERS + "/{id}", 403, bind("id=PARTNER", PARTNER_READERS)),
            rule("PUT " + PARTNERS + "/{id}", 403, bind("id=PARTNER", "coordinator finance")
                    .body(partner("Isolation {token} denied rename"))),
            rule("GET " + PARTNERS + "/{id}/assessments", 403, bind("id=PARTNER", PARTNER_READERS)),
            rule("POST " + PARTNERS + "/{id}/assessments", 403, bind("id=PARTNER", "coordinator finance")
                    .body("{\"rating\":\"HIGH\",\"assessedOn\":\"{today}\",\"assessor\":\"{token} denied\"}")),

            rule("PAGE app/index.xhtml", 403, bind("", ALL)),
            open("PAGE app/notifications.xhtml"),
            open("PAGE app/preferences.xhtml"),
            rule("PAGE app/inbox.xhtml", 403, bind("", ALL).blindTo(NO_TASKS), bind("country=TENANT", ALL).blindTo(NO_TASKS)),
            rule("PAGE app/proposals.xhtml", 403, bind("", ALL).blindTo("reviewer")),
            rule("PAGE app/finance.xhtml", 403, bind("", "coordinator finance observer")),
            rule("PAGE app/audit.xhtml", 403, bind("", "observer")),
            rule("PAGE app/admin/settings.xhtml", 403, bind("", "admin")),
            rule("PAGE app/admin/users.xhtml", 403, bind("", "admin")),
            rule("PAGE app/admin/mail.xhtml", 403, bind("", "admin")),
            // consistency check (issue 13): the country's administrator and pmu; /consistency checks the
            // countries the user administers (pmu: every country), so another country's administrator gets their own
            rule("GET tenants/{tenant}/consistency", 403, bind("", "admin")),
            rule("GET consistency", 403, bind("", "admin")),
            rule("PAGE app/admin/consistency.xhtml", 403, bind("", "admin")),
            // incidents (issue 13): as the consistency check; the role is checked before the job is looked up,
            // so a job id (INCIDENT, one the engine has not got) is refused alike whether it exists or not
            rule("GET tenants/{tenant}/incidents", 403, bind("", "admin")),
            rule("GET incidents", 403, bind("", "admin")),
            rule("POST tenants/{tenant}/incidents/{id}/retry", 403, bind("id=INCIDENT", "admin")),
            rule("POST tenants/{tenant}/incidents/{id}/resolve", 403, bind("id=INCIDENT", "admin")),
            rule("PAGE app/admin/incidents.xhtml", 403, bind("", "admin")),
            rule("PAGE app/task.xhtml", 404, bind("id=SCREENING_TASK", "coordinator"), bind("id=RELEASE_TASK", "finance")),
            rule("PAGE app/finance/grant.xhtml", 403, bind("tenant=TENANT,grant=GRANTED", GRANT_READERS)),
            rule("PAGE app/proposal/view.xhtml", 403, bind("id=DRAFT,tenant=TENANT", READERS),
                    bind("id=SUBMITTED,tenant=TENANT", READERS), bind("id=SUBMITTED", READERS)),
            rule("PAGE app/proposal/edit.xhtml", 403, bind("id=DRAFT", "applicant")),
            rule("PAGE app/partners.xhtml", 403, bind("", ALL)),
            rule("PAGE app/partner.xhtml", 403, bind("tenant=TENANT,id=PARTNER", PARTNER_READERS),
                    bind("id=PARTNER", PARTNER_READERS)),
            rule("SERVLET /app/attachment", 403, bind("tenant=TENANT,id=ATTACHMENT", READERS)),
            // assurance: read by finance, coordinators and the global roles, planned by coordinators and finance
            rule("GET tenants/{tenant}/assurance", 403, bind("", "coordinator finance observer")),
            rule("GET tenants/{tenant}/assurance/findings", 403, bind("", "coordinator finance observer")),
            rule("POST tenants/{tenant}/assurance/partners/{partner}/plan", 403, bind("partner=PARTNER",
                    "coordinator finance").body("{\"year\":" + java.time.LocalDate.now().getYear() + "}")),
            rule("PAGE app/assurance.xhtml", 403, bind("", "coordinator finance observer")),
            // results: figures of the country's grants, read like the dashboard by every member; /results is each user's own countries
            open("GET results"),
            rule("GET tenants/{tenant}/results", 403, bind("", ALL)),
            rule("PAGE app/results.xhtml", 403, bind("", ALL)),
            new Rule("GET programme/phases/{id}/required-markers", 200, true, List.of(bind("id=PHASE", ALL))),
            rule("PUT programme/phases/{id}/required-markers", 403, bind("id=PHASE", "pmu").body("{\"markers\":[]}")),
            // phases: the programme's reference data, read by every signed-in user whatever the country; added by pmu only
            open("GET programme/phases"),
            new Rule("GET programme/phases/{id}", 200, true, List.of(bind("id=PHASE", ALL))),
            rule("POST programme/phases", 403, bind("", "pmu").body("{\"id\":\"P-{token}\",\"name\":\"{token} denied\","
                    + "\"donor\":\"SDC\",\"startDate\":\"2091-01-01\",\"endDate\":\"2091-12-31\","
                    + "\"outcomes\":[\"Denied\"],\"eligibleCountries\":[\"NP\"]}")),
            open("PAGE app/phases.xhtml"),
            // calls for proposals (issue 14): read through a country they cover, opened by its coordinators and pmu
            rule("GET tenants/{tenant}/calls", 403, bind("", ALL)),
            rule("POST tenants/{tenant}/calls", 403, bind("", "coordinator").body("{\"phaseId\":\"M4D-III\","
                    + "\"title\":\"{token} denied call\",\"opensOn\":\"{today}\",\"closesOn\":\"{today}\","
                    + "\"envelopes\":[{\"country\":\"NP\",\"amountUsd\":1000}]}")),
            rule("GET tenants/{tenant}/calls/{id}", 403, bind("id=CALL", ALL)),
            rule("GET tenants/{tenant}/calls/{id}/figures", 403, bind("id=CALL", ALL)),
            rule("PAGE app/calls.xhtml", 403, bind("", ALL)),
            // rates: the list is each user's own (the currencies of their countries); a currency belongs
            // to the countries paying in it
            open("GET rates"),
            rule("GET rates/{currency}", 403, bind("currency=CURRENCY", RATE_READERS)),
            rule("POST rates/{currency}", 403, bind("currency=CURRENCY", "finance")
                    .body("{\"effectiveOn\":\"{today}\",\"rate\":1}")),
            rule("PAGE app/rates.xhtml", 403, bind("", RATE_READERS)),

            // iati: the activities file of a country named in the query, for the readers of every grant
            rule("GET iati/activities.xml", 403, bind("country=TENANT", "coordinator finance observer")),
            // exports (issue 12): the lists' readers; reviews for those who read them, the audit log for the global roles
            rule("GET tenants/{tenant}/exports/proposals", 403, bind("", ALL).blindTo("reviewer")),
            rule("GET tenants/{tenant}/exports/reviews", 403, bind("", "coordinator reviewer observer").blindTo("reviewer")),
            rule("GET tenants/{tenant}/exports/indicators", 403, bind("", ALL).blindTo("reviewer")),
            rule("GET tenants/{tenant}/exports/audit", 403, bind("", "observer")),
            // practice: the library for everyone; a practice without consent only inside its country
            open("GET practices"),
            rule("GET practices/{id}", 404, bind("id=PRACTICE", PRACTICE_READERS),
                    bind("id=PUBLISHED_PRACTICE", ALL).sharedWithEveryCountry()),
            // another applicant may not read a practice awaiting consent: it does not exist for them
            rule("POST tenants/{tenant}/practices/{id}/consent", 403, bind("id=PRACTICE", "applicant")
                    .body("{\"publish\":false}").absentFor("applicant2")),
            open("PAGE app/practices.xhtml"),
            rule("PAGE app/practice.xhtml", 404, bind("id=PRACTICE", PRACTICE_READERS),
                    bind("id=PUBLISHED_PRACTICE", ALL).sharedWithEveryCountry()));


    private ProbeRules() {
    }

    /** A valid proposal draft with a title. */
    static String draft(String title) {
        return "{\"title\":\"" + title + "\",\"sector\":\"HEALTH\",\"leadActor\":\"NATIONAL_INSTITUTION\","
                + "\"requestedAmount\":1000}";
    }

    /** A valid partner with a name. */
    static String partner(String name) {
        return "{\"name\":\"" + name + "\",\"type\":\"NGO_CSO\",\"vendorNumber\":\"{token}-V\"}";
    }

    /** The request target of a binding: the path with its parameters, or the page with its query. */
    static String fill(Rule rule, Binding binding, String tenant, Map<Obj, String> objects) {
        if (rule.isRest()) {
            String path = "api/v1/" + rule.path().replace("{tenant}", tenant);
            List<String> query = new java.util.ArrayList<>();
            for (Map.Entry<String, Obj> param : binding.params().entrySet()) {
                String placeholder = "{" + param.getKey() + "}";
                String value = value(param.getValue(), tenant, objects);
                if (path.contains(placeholder)) {
                    path = path.replace(placeholder, value);
                } else {
                    // a parameter the path does not name is the route's query parameter (iati: ?country=)
                    query.add(param.getKey() + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
                }
            }
            return query.isEmpty() ? path : path + "?" + String.join("&", query);
        }
        String query = binding.params().entrySet().stream()
                .map(p -> p.getKey() + "=" + URLEncoder.encode(value(p.getValue(), tenant, objects), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String path = rule.path().startsWith("/") ? rule.path().substring(1) : rule.path();
        return query.isEmpty() ? path : path + "?" + query;
    }

    private static String value(Obj obj, String tenant, Map<Obj, String> objects) {
        if (obj == Obj.CURRENCY) {
            return NEPALI_CURRENCY;
        }
        return obj == Obj.TENANT ? tenant : objects.get(obj);
    }

    private static Binding bind(String params, String allowed) {
        Map<String, Obj> map = new LinkedHashMap<>();
        if (!params.isEmpty()) {
            for (String pair : params.split(",")) {
                String[] parts = pair.split("=");
                map.put(parts[0], Obj.valueOf(parts[1]));
            }
        }
        return new Binding(map, Set.of(allowed.split(" ")), Set.of(), Set.of(), null, false);
    }

    private static Rule rule(String route, int denied, Binding... bindings) {
        return new Rule(route, denied, false, Arrays.asList(bindings));
    }

    /** A route for anyone signed in (or anyone at all) that names no tenant's object. */
    private static Rule open(String route) {
        return new Rule(route, 200, true, List.of(bind("", ALL)));
    }

    /** The same with a body; {@code {user}} in it stands for the user probing. */
    private static Rule open(String route, String body) {
        return new Rule(route, 200, true, List.of(bind("", ALL).body(body)));
    }

    private static Map<String, Rule> rules(Rule... rules) {
        Map<String, Rule> map = new LinkedHashMap<>();
        for (Rule rule : rules) {
            if (map.put(rule.route(), rule) != null) {
                throw new IllegalStateException("Two rules for " + rule.route());
            }
        }
        return map;
    }
}
