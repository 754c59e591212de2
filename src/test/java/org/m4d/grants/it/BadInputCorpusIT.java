package org.m4d.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.m4d.grants.it.CorpusCases.Case;
import org.m4d.grants.workflow.domain.GrantLifecycle;

/**
 * The bad-input corpus against every POST and PUT of the API, signed in with the right role: each
 * answer is a 4xx with problem+json, or a 2xx when the input is in fact fine; never a 5xx. A refused
 * request changes nothing (checked through JDBC), and what was stored is shown escaped on the pages.
 */
@ExtendWith(ArquillianExtension.class)
class BadInputCorpusIT {

    @Deployment(testable = false)
    static WebArchive app() {
        return Deployments.app();
    }

    @ArquillianResource
    URL app;

    private int cases;
    private int clientErrors;
    private int successes;
    private final List<String> failures = new ArrayList<>();
    private final List<Long> storedProposals = new ArrayList<>();

    @Test
    void noBadInputBreaksTheApiHalfSavesOrIsShownUnescaped() {
        Api snApplicant = Api.as(app, "sn.applicant");
        String proposals = "api/v1/tenants/SN/proposals";
        Map<String, String> defaults = CorpusCases.proposalDefaults("Corpus baseline");
        String valid = CorpusCases.fill(CorpusCases.PROPOSAL, defaults);
        Api.Reply baseline = snApplicant.post(proposals, valid);
        assertThat(baseline.status()).as("the corpus starts from a valid body: " + baseline.body()).isEqualTo(201);

        Supplier<String> snRows = () -> Database.count("SELECT COUNT(*) FROM proposal WHERE tenant_id = 'SN'") + "/"
                + Database.count("SELECT COUNT(*) FROM audit_entry WHERE tenant_id = 'SN' AND action = 'CREATED'");
        run(snApplicant, "POST", proposals, CorpusCases.fieldCases(CorpusCases.PROPOSAL, defaults), snRows, true);
        run(snApplicant, "POST", proposals, CorpusCases.rawBodies(valid), snRows, true);

        long draft = snApplicant.post(proposals, valid).json().getJsonNumber("id").longValue();
        Supplier<String> draftRow = () -> Database.string("SELECT title || '|' || requested_amount || '|' || state "
                + "|| '|' || COALESCE(start_date::text, '') FROM proposal WHERE id = ?", draft);
        Map<String, String> editable = new LinkedHashMap<>(defaults);
        editable.keySet().retainAll(List.of("title", "requestedAmount", "sector", "startDate", "budgetDescription"));
        Map<String, String> rest = new LinkedHashMap<>(defaults);
        rest.keySet().removeAll(editable.keySet());
        String editTemplate = CorpusCases.fill(CorpusCases.PROPOSAL, rest);
        run(snApplicant, "PUT", proposals + "/" + draft, CorpusCases.fieldCases(editTemplate, editable), draftRow, false);
        run(snApplicant, "PUT", proposals + "/" + draft, CorpusCases.rawBodies(valid), draftRow, false);
        storedProposals.add(draft);

        long submitted = Slice.submittedProposal(app, "SN", "Corpus submitted", "1000000");
        // submitting takes no body: a huge one is not read, and the server may close the connection while it is sent
        List<Case> ignoredBodies = CorpusCases.rawBodies("{}");
        ignoredBodies.removeIf(c -> c.name().startsWith("huge"));
        run(snApplicant, "POST", proposals + "/" + submitted + "/submit", ignoredBodies,
                () -> Database.string("SELECT state FROM proposal WHERE id = ?", submitted), false);
        String screening = Slice.taskFor(Api.as(app, "sn.coordinator"), "SN", GrantLifecycle.SCREEN_ELIGIBILITY, submitted);
        Supplier<String> open = () -> Long.toString(Database.count("SELECT COUNT(*) FROM act_ru_task WHERE id_ = ?", screening));
        List<Case> screenings = CorpusCases.fieldCases("{\"decision\":@decision@,\"comment\":@comment@}",
                Map.of("decision", "\"WHATEVER\"", "comment", "\"fine\""));
        screenings.addAll(CorpusCases.rawBodies("{\"decision\":\"NEITHER\"}"));
        run(Api.as(app, "sn.coordinator"), "POST", "api/v1/tenants/SN/tasks/" + screening + "/complete", screenings, open, false);
        run(snApplicant, "POST", proposals + "/" + submitted + "/withdraw",
                CorpusCases.fieldCases("{\"reason\":@reason@}", Map.of("reason", "\"Corpus\"")),
                () -> Database.string("SELECT state FROM proposal WHERE id = ?", submitted), false);
        storedProposals.add(submitted);

        long granted = Slice.approvedGrant(app, "NP", "Corpus grant", "1000000");
        Api finance = Api.as(app, "np.finance");
        String ledger = "api/v1/tenants/NP/proposals/" + granted + "/grant/disbursements";
        Supplier<String> entries = () -> Long.toString(Database.count("SELECT COUNT(*) FROM disbursement d "
                + "JOIN grant_agreement g ON g.id = d.grant_id WHERE g.proposal_id = ?", granted));
        String payment = "{\"amount\":@amount@,\"date\":@date@,\"reference\":@reference@}";
        Map<String, String> paymentDefaults = new LinkedHashMap<>();
        paymentDefaults.put("amount", "1");
        paymentDefaults.put("date", "\"" + LocalDate.now() + "\"");
        paymentDefaults.put("reference", "\"Corpus\"");
        run(finance, "POST", ledger, CorpusCases.fieldCases(payment, paymentDefaults), entries, false);
        run(finance, "POST", ledger, CorpusCases.rawBodies(CorpusCases.fill(payment, paymentDefaults)), entries, false);
        long entry = finance.post(ledger, CorpusCases.fill(payment, paymentDefaults)).json().getJsonNumber("id").longValue();
        run(finance, "POST", ledger + "/" + entry + "/reversal",
                CorpusCases.fieldCases("{\"reason\":@reason@}", Map.of("reason", "\"Corpus\"")), entries, false);
        storedProposals.add(granted);

        loginFormCases();
        int unescaped = checkPagesEscape(granted);
        System.out.printf("Bad-input corpus: %d cases, %d 4xx, %d 2xx, %d 5xx, %d unescaped%n", cases, clientErrors,
                successes, failures.stream().filter(f -> f.startsWith("5xx")).count(), unescaped);
        failures.forEach(f -> System.out.println("  " + f));
        assertThat(cases).isGreaterThanOrEqualTo(500);
        assertThat(failures).as("5xx, 4xx without problem+json, half-saved or unescaped").isEmpty();
    }

    /**
     * Sends each case; checks the answer and, for a refusal, that the state named by {@code state}
     * is as before. A created proposal is remembered for the page check.
     */
    private void run(Api user, String method, String path, List<Case> batch, Supplier<String> state, boolean creates) {
        for (Case c : batch) {
            String before = state.get();
            String where = method + " " + path + " [" + c.name() + "]";
            cases++;
            Api.Reply reply;
            try {
                reply = user.send(method, path, c.contentType(), c.body());
            } catch (IllegalStateException dropped) {
                failures.add("no answer " + where + ": " + dropped.getMessage());
                continue;
            }
            if (reply.status() >= 500) {
                failures.add("5xx " + reply.status() + " " + where + ": " + abbreviate(reply.body()));
            } else if (reply.status() >= 400) {
                clientErrors++;
                if (!reply.contentType().startsWith("application/problem+json")) {
                    failures.add("not problem+json (" + reply.status() + ", " + reply.contentType() + ") " + where);
                }
                String after = state.get();
                if (!Objects.equals(before, after)) {
                    failures.add("half-saved " + where + ": " + before + " -> " + after);
                }
            } else {
                successes++;
                if (creates && reply.status() == 201) {
                    storedProposals.add(reply.json().getJsonNumber("id").longValue());
                }
            }
        }
    }

    /** The one form anyone can post to: bad user names and a forged view state get a message, never a 5xx. */
    private void loginFormCases() {
        WebSession visitor = WebSession.anonymous(app);
        List<String> names = new ArrayList<>(List.of("", " ", "x".repeat(100_000), "a\u0000b", "\u202eevil",
                CorpusCases.SCRIPT, CorpusCases.IMAGE, "#{'EL'.concat('PWNED')}", "${'EL'.concat('PWNED')}",
                "' OR '1'='1", "np.applicant' --", "Ñandú 移民 🚀"));
        for (String name : names) {
            Api.Reply reply = visitor.signInWith(name, "wrong");
            formCase("login as " + abbreviate(name), reply);
        }
        formCase("login with a forged view state", visitor.post("login.xhtml", Map.of("login", "login",
                "login:username", "np.applicant", "login:password", "demo", "jakarta.faces.ViewState", "forged")));
    }

    private void formCase(String name, Api.Reply reply) {
        cases++;
        if (reply.status() >= 500) {
            failures.add("5xx " + reply.status() + " form [" + name + "]");
        } else if (reply.status() >= 400) {
            clientErrors++;
        } else {
            successes++;
        }
        if (reply.body().contains(CorpusCases.SCRIPT) || reply.body().contains("<img src=x onerror")
                || reply.body().contains(CorpusCases.EL_RESULT)) {
            failures.add("unescaped payload in the answer to form [" + name + "]");
        }
    }

    /** Every stored proposal's page, and the grant's finance page, show the payloads as text only. */
    private int checkPagesEscape(long granted) {
        int unescaped = 0;
        WebSession sn = WebSession.signIn(app, "sn.applicant");
        WebSession np = WebSession.signIn(app, "np.finance");
        List<String> pages = new ArrayList<>();
        for (long id : storedProposals) {
            String tenant = id == granted ? "NP" : "SN";
            String page = "app/proposal/view.xhtml?tenant=" + tenant + "&id=" + id;
            Api.Reply reply = (id == granted ? np : sn).get(page);
            pages.add(page);
            unescaped += unescaped(page, reply);
        }
        String finance = "app/finance/grant.xhtml?tenant=NP&grant=" + granted;
        unescaped += unescaped(finance, np.get(finance));
        assertThat(pages).as("stored payloads to look at").hasSizeGreaterThan(3);
        return unescaped;
    }

    private int unescaped(String page, Api.Reply reply) {
        if (reply.status() != 200) {
            failures.add("page " + page + " answered " + reply.status());
            return 0;
        }
        String body = reply.body();
        boolean raw = body.contains(CorpusCases.SCRIPT) || body.contains("<img src=x onerror")
                || body.contains(CorpusCases.EL_RESULT);
        if (raw) {
            failures.add("unescaped payload on " + page);
        }
        return raw ? 1 : 0;
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
