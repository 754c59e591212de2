package org.m4d.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.m4d.grants.it.CorpusCases.Case;
import org.m4d.grants.workflow.domain.AssuranceModel;
import org.m4d.grants.workflow.domain.GrantLifecycle;

/**
 * The bad-input corpus against every POST and PUT of the API, signed in with the right role: each
 * answer is a 4xx with problem+json, or a 2xx when the input is in fact fine; never a 5xx. A refused
 * request changes nothing (checked through JDBC), and what was stored is shown escaped on the pages.
 */
@ExtendWith(SharedApp.class)
class BadInputCorpusIT {

    @AppUrl
    URL app;

    /** The message of a failed Ajax request, shown on the page. */
    private static final String UNEXPECTED = "The action could not be completed and nothing was saved. Please try again; "
            + "if it fails again, give the support team incident ";

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
        amendmentCases();
        faceCases();
        preferenceCases();
        partnerCases();
        assuranceCases();
        phaseCases();
        rateCases();
        resultsCases(snApplicant, proposals, snRows);

        emailCases();
        numberCases(snApplicant, proposals, valid);
        charsetCases(snApplicant, proposals, valid);
        loginFormCases();
        pageCases(draft);
        int unescaped = checkPagesEscape(granted);
        System.out.printf("Bad-input corpus: %d cases, %d 4xx, %d 2xx, %d 5xx, %d unescaped%n", cases, clientErrors,
                successes, failures.stream().filter(f -> f.startsWith("5xx")).count(), unescaped);
        failures.forEach(f -> System.out.println("  " + f));
        assertThat(cases).isGreaterThanOrEqualTo(500);
        assertThat(failures).as("5xx, 4xx without problem+json, half-saved or unescaped").isEmpty();
    }

    /**
     * face: the FACE steps of a reimbursement. The first line of each body is far above the amount
     * authorised, the acceptance of the first line above what was certified, so that no case can
     * be valid and each must leave the FACE documents as they were.
     */
    private void faceCases() {
        long reimbursed = Slice.approvedGrant(app, "NP", "Corpus reimbursement", "400000",
                "{\"modality\":\"REIMBURSEMENT\",\"percentages\":[100]}");
        Supplier<String> documents = () -> Database.string("SELECT COUNT(*) || '|' || COALESCE(MAX(f.status), '')"
                + " FROM face_document f JOIN grant_agreement g ON g.id = f.grant_id WHERE g.proposal_id = ?", reimbursed);
        Api applicant = Api.as(app, "np.applicant");
        String certify = Slice.taskFor(applicant, "NP", GrantLifecycle.CERTIFY_EXPENDITURE, reimbursed);
        Map<String, String> lineDefaults = new LinkedHashMap<>();
        lineDefaults.put("periodStart", "\"2026-01-01\"");
        lineDefaults.put("periodEnd", "\"" + LocalDate.now() + "\"");
        lineDefaults.put("description", "\"Staff\"");
        lineDefaults.put("amount", "1");
        String report = "{\"periodStart\":@periodStart@,\"periodEnd\":@periodEnd@,\"lines\":[{\"description\":\"Rent\","
                + "\"amount\":999999999},{\"description\":@description@,\"amount\":@amount@}]}";
        String path = "api/v1/tenants/NP/tasks/" + certify + "/complete";
        run(applicant, "POST", path, CorpusCases.fieldCases(report, lineDefaults), documents, false);
        run(applicant, "POST", path, CorpusCases.rawBodies(CorpusCases.fill(report, lineDefaults)), documents, false);

        assertThat(applicant.post(path, "{\"periodStart\":\"2026-01-01\",\"periodEnd\":\"" + LocalDate.now()
                + "\",\"lines\":[{\"description\":\"Rent\",\"amount\":1000},{\"description\":\"Staff\",\"amount\":2000}]}")
                .status()).isEqualTo(204);
        Api finance = Api.as(app, "np.finance");
        String accept = "api/v1/tenants/NP/tasks/" + Slice.taskFor(finance, "NP", GrantLifecycle.ACCEPT_EXPENDITURE, reimbursed)
                + "/complete";
        String acceptance = "{\"acceptedAmounts\":[1000.01,@second@]}";
        run(finance, "POST", accept, CorpusCases.fieldCases(acceptance, Map.of("second", "1")), documents, false);
        run(finance, "POST", accept, CorpusCases.rawBodies(CorpusCases.fill(acceptance, Map.of("second", "1"))), documents, false);
        advanceCases(lineDefaults);
    }

    /**
     * face: the advance of a direct cash transfer, requested and authorised. As above, the first line
     * of each request is far above the tranche and the authorisation of the first line above what was
     * requested, so that no case can be valid.
     */
    private void advanceCases(Map<String, String> lineDefaults) {
        long advanced = Slice.plannedGrant(app, "NP", "Corpus advance", "400000",
                "{\"modality\":\"DIRECT_CASH_TRANSFER\",\"percentages\":[100]}");
        Supplier<String> documents = () -> Database.string("SELECT COUNT(*) || '|' || COALESCE(MAX(f.status), '')"
                + " FROM face_document f JOIN grant_agreement g ON g.id = f.grant_id WHERE g.proposal_id = ?", advanced);
        Api applicant = Api.as(app, "np.applicant");
        String request = "api/v1/tenants/NP/tasks/" + Slice.taskFor(applicant, "NP", GrantLifecycle.REQUEST_ADVANCE, advanced)
                + "/complete";
        String body = "{\"periodStart\":@periodStart@,\"periodEnd\":@periodEnd@,\"lines\":[{\"description\":\"Rent\","
                + "\"amount\":999999999},{\"description\":@description@,\"amount\":@amount@}]}";
        run(applicant, "POST", request, CorpusCases.fieldCases(body, lineDefaults), documents, false);
        run(applicant, "POST", request, CorpusCases.rawBodies(CorpusCases.fill(body, lineDefaults)), documents, false);

        assertThat(applicant.post(request, "{\"periodStart\":\"2026-01-01\",\"periodEnd\":\"2026-06-30\",\"lines\":"
                + "[{\"description\":\"Rent\",\"amount\":1000},{\"description\":\"Staff\",\"amount\":2000}]}").status())
                .isEqualTo(204);
        Api finance = Api.as(app, "np.finance");
        String authorise = "api/v1/tenants/NP/tasks/" + Slice.taskFor(finance, "NP", GrantLifecycle.AUTHORISE_ADVANCE, advanced)
                + "/complete";
        String authorisation = "{\"authorisedAmounts\":[1000.01,@second@]}";
        run(finance, "POST", authorise, CorpusCases.fieldCases(authorisation, Map.of("second", "1")), documents, false);
        run(finance, "POST", authorise, CorpusCases.rawBodies(CorpusCases.fill(authorisation, Map.of("second", "1"))),
                documents, false);
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
            classNames(where, reply);
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

    /**
     * Assurance: planning a partner's year, and a spot check's record whose finding has an unknown
     * priority (so no case completes the task), the corpus in each field and bad bodies; nothing of the
     * activity, its findings or the year's plan may change.
     */
    private void assuranceCases() {
        long partner = PartnerGrants.significantPartner(app, "Corpus partner " + System.nanoTime());
        long granted = PartnerGrants.grantOf(app, partner, "Corpus assurance");
        Api finance = Api.as(app, "np.finance");
        String plan = "api/v1/tenants/NP/assurance/partners/" + partner + "/plan";
        assertThat(finance.post(plan, "{\"year\":" + LocalDate.now().getYear() + "}").status()).isEqualTo(200);
        Supplier<String> activities = () -> Long.toString(Database.count(
                "SELECT COUNT(*) FROM assurance_activity WHERE partner_id = ? AND plan_year = ?", partner,
                LocalDate.now().getYear()));
        run(finance, "POST", plan, CorpusCases.rawBodies("{\"year\":" + LocalDate.now().getYear() + "}"), activities,
                false);
        String task = Slice.taskFor(finance, "NP", AssuranceModel.CONDUCT_SPOT_CHECK, granted);
        Supplier<String> recorded = () -> Database.count("SELECT COUNT(*) FROM finding WHERE proposal_id = ?", granted)
                + "/" + Database.string("SELECT status FROM assurance_activity WHERE proposal_id = ? AND kind = 'SPOT_CHECK'",
                granted);
        String template = "{\"date\":@date@,\"findings\":[{\"priority\":@priority@,\"text\":@text@,"
                + "\"recommendation\":@recommendation@,\"dueOn\":@dueOn@}]}";
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("date", "\"" + LocalDate.now() + "\"");
        defaults.put("priority", "\"URGENT\"");
        defaults.put("text", "\"Cash book not reconciled\"");
        defaults.put("recommendation", "\"Reconcile monthly\"");
        defaults.put("dueOn", "\"" + LocalDate.now().plusDays(30) + "\"");
        List<Case> records = CorpusCases.fieldCases(template, defaults);
        records.addAll(CorpusCases.rawBodies(CorpusCases.fill(template, defaults)));
        // a valid finding but for a due date no date column or engine timestamp holds (it was a 500)
        Map<String, String> farDue = new LinkedHashMap<>(defaults);
        farDue.put("priority", "\"HIGH\"");
        for (String far : List.of("\"+300000-01-01\"", "\"2200-01-01\"")) {
            farDue.put("dueOn", far);
            records.add(new Case("a HIGH finding due " + far, "application/json", CorpusCases.fill(template, farDue)));
        }
        run(finance, "POST", "api/v1/tenants/NP/tasks/" + task + "/complete", records, recorded, false);
    }

    /**
     * An address is set by the country's administrator and by its owner: the corpus in the field, bad
     * bodies, and addresses that are malformed, carry a header or a display name, or are another user's,
     * each refused with nothing written.
     */
    private void emailCases() {
        Supplier<String> focal = () -> Database.string("SELECT COALESCE(email, '-') FROM user_account WHERE username = ?",
                "sn.focal");
        String user = "api/v1/tenants/SN/users/sn.focal";
        Api admin = Api.as(app, "sn.admin");
        run(admin, "PUT", user, CorpusCases.fieldCases("{\"email\":@email@}", Map.of("email", "\"sn.focal@m4d.example\"")),
                focal, false);
        run(admin, "PUT", user, CorpusCases.rawBodies("{\"email\":\"sn.focal@m4d.example\"}"), focal, false);
        List<Case> refused = CorpusCases.EMAILS.stream()
                .map(e -> new Case("email = " + e, "application/json", "{\"email\":" + e + "}")).toList();
        refuseAll(admin, "PUT", user, refused, focal);
        Supplier<String> own = () -> Database.string("SELECT COALESCE(email, '-') FROM user_account WHERE username = ?",
                "sn.applicant");
        refuseAll(Api.as(app, "sn.applicant"), "PUT", "api/v1/me/email", refused, own);
    }

    /** Like {@link #run}, for cases every one of which must be refused. */
    private void refuseAll(Api user, String method, String path, List<Case> batch, Supplier<String> state) {
        for (Case c : batch) {
            int accepted = successes;
            run(user, method, path, List.of(c), state, false);
            if (successes > accepted) {
                failures.add("accepted " + method + " " + path + " [" + c.name() + "]");
            }
        }
    }

    /**
     * An amendment of a grant of 1,000,000 NPR in one budget line, running to 2023-02-28, with 100,000
     * disbursed: the corpus in each field of an extension, a revision and a change of amount, and bad
     * bodies; a refusal writes no amendment.
     */
    private void amendmentCases() {
        long grant = Slice.approvedGrantWithBudget(app, "NP", "Corpus amendments", new String[] {"Works=1000000"}, "100");
        String path = "api/v1/tenants/NP/proposals/" + grant + "/grant/amendments";
        assertThat(Api.as(app, "np.finance").post("api/v1/tenants/NP/proposals/" + grant + "/grant/disbursements",
                "{\"amount\":100000,\"date\":\"" + LocalDate.now() + "\",\"reference\":\"Corpus\"}").status())
                .isEqualTo(200);
        Supplier<String> rows = () -> Long.toString(Database.count("SELECT COUNT(*) FROM grant_amendment a JOIN "
                + "grant_agreement g ON g.id = a.grant_id WHERE g.proposal_id = ?", grant));
        Api applicant = Api.as(app, "np.applicant");
        String extension = "{\"kind\":@kind@,\"reason\":@reason@,\"newEndDate\":@newEndDate@}";
        Map<String, String> outsidePhase = new LinkedHashMap<>();
        outsidePhase.put("kind", "\"NO_COST_EXTENSION\"");
        outsidePhase.put("reason", "\"Corpus\"");
        outsidePhase.put("newEndDate", "\"2030-01-01\"");
        refuseAll(applicant, "POST", path, CorpusCases.fieldCases(extension, outsidePhase), rows);
        String revision = "{\"kind\":\"BUDGET_REVISION\",\"reason\":\"Corpus\",\"lines\":[{\"description\":"
                + "@description@,\"amount\":@amount@}]}";
        refuseAll(applicant, "POST", path, CorpusCases.fieldCases(revision,
                new LinkedHashMap<>(Map.of("description", "\"Works\"", "amount", "1000000"))), rows);
        refuseAll(applicant, "POST", path, List.of(
                new Case("lines not summing", "application/json", "{\"kind\":\"BUDGET_REVISION\",\"reason\":\"x\","
                        + "\"lines\":[{\"description\":\"Works\",\"amount\":999999}]}"),
                new Case("below what is disbursed", "application/json",
                        "{\"kind\":\"AMOUNT_CHANGE\",\"reason\":\"x\",\"newAmount\":99999.99}"),
                new Case("more decimals than the currency", "application/json",
                        "{\"kind\":\"AMOUNT_CHANGE\",\"reason\":\"x\",\"newAmount\":200000.001}"),
                new Case("an end date before the start", "application/json",
                        "{\"kind\":\"NO_COST_EXTENSION\",\"reason\":\"x\",\"newEndDate\":\"2019-01-01\"}")), rows);
        run(applicant, "POST", path, CorpusCases.rawBodies(CorpusCases.fill(extension, outsidePhase)), rows, false);
        String change = "{\"kind\":\"AMOUNT_CHANGE\",\"reason\":@reason@,\"newAmount\":@newAmount@}";
        run(applicant, "POST", path, CorpusCases.fieldCases(change,
                new LinkedHashMap<>(Map.of("reason", "\"Corpus\"", "newAmount", "1000000"))), rows, false);
    }

    /** A user's delivery preferences: an unknown kind or mode, or anything else broken, changes none of them. */
    private void preferenceCases() {
        Api focal = Api.as(app, "sn.focal");
        String path = "api/v1/me/notification-preferences";
        Supplier<String> stored = () -> String.valueOf(Database.string("SELECT string_agg(kind || '=' || mode, ',' "
                + "ORDER BY kind) FROM notification_preference WHERE username = 'sn.focal'"));
        String template = "{\"preferences\":[{\"kind\":@kind@,\"mode\":@mode@}]}";
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("kind", "\"TASK_NEW\"");
        defaults.put("mode", "\"DIGEST\"");
        run(focal, "PUT", path, CorpusCases.fieldCases(template, defaults), stored, false);
        run(focal, "PUT", path, CorpusCases.rawBodies(CorpusCases.fill(template, defaults)), stored, false);
    }

    /**
     * A partner and its assessments: the corpus in each field of a change and of an assessment, bad
     * bodies for adding one, and the assessments and partners that must be refused (unknown rating or
     * type, dated after today, validity before the date, blank or taken name) with nothing written.
     */
    private void partnerCases() {
        Api coordinator = Api.as(app, "sn.coordinator");
        String partners = "api/v1/tenants/SN/partners";
        Map<String, String> defaults = CorpusCases.partnerDefaults("Corpus partner");
        String valid = CorpusCases.fill(CorpusCases.PARTNER, defaults);
        Api.Reply created = coordinator.post(partners, valid);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        Supplier<String> count = () -> Database.count("SELECT COUNT(*) FROM partner WHERE tenant_id = 'SN'") + "/"
                + Database.count("SELECT COUNT(*) FROM audit_entry WHERE tenant_id = 'SN' AND action = 'PARTNER_CREATED'");
        run(coordinator, "POST", partners, CorpusCases.rawBodies(valid), count, false);
        Supplier<String> row = () -> Database.string("SELECT name || '|' || type || '|' || COALESCE(contact_email, '') "
                + "|| '|' || version FROM partner WHERE id = ?", id);
        run(coordinator, "PUT", partners + "/" + id, CorpusCases.fieldCases(CorpusCases.PARTNER, defaults), row, false);
        run(coordinator, "PUT", partners + "/" + id, CorpusCases.rawBodies(valid), row, false);
        List<Case> refusedPartners = new ArrayList<>();
        for (String[] c : new String[][] {{"type", "\"CHARITY\""}, {"name", "\"  \""}, {"name", "\"corpus PARTNER\""}}) {
            Map<String, String> values = new LinkedHashMap<>(defaults);
            values.put(c[0], c[1]);
            refusedPartners.add(new Case(c[0] + " = " + c[1], "application/json", CorpusCases.fill(CorpusCases.PARTNER, values)));
        }
        coordinator.put(partners + "/" + id, valid);
        refuseAll(coordinator, "POST", partners, refusedPartners, count);

        String assessments = partners + "/" + id + "/assessments";
        Supplier<String> history = () -> Long.toString(Database.count(
                "SELECT COUNT(*) FROM risk_assessment WHERE partner_id = ?", id));
        LocalDate today = LocalDate.now();
        Map<String, String> assessment = CorpusCases.assessmentDefaults(today);
        Api finance = Api.as(app, "sn.finance");
        run(finance, "POST", assessments, CorpusCases.fieldCases(CorpusCases.ASSESSMENT, assessment), history, false);
        run(finance, "POST", assessments, CorpusCases.rawBodies(CorpusCases.fill(CorpusCases.ASSESSMENT, assessment)),
                history, false);
        refuseAll(finance, "POST", assessments, CorpusCases.refusedAssessments(today), history);
    }

    /**
     * phases: the corpus in each field of a phase pmu adds, bad bodies, and the phases that must be
     * refused (overlapping Phase III, ending before they start, an unknown country, an indicator of an
     * outcome the phase lacks, no outcome, a taken id) with no phase and no indicator written.
     */
    private void phaseCases() {
        Api pmu = Api.as(app, "pmu");
        String phases = "api/v1/programme/phases";
        Supplier<String> count = () -> Database.count("SELECT COUNT(*) FROM programme_phase") + "/"
                + Database.count("SELECT COUNT(*) FROM phase_outcome") + "/"
                + Database.count("SELECT COUNT(*) FROM programme_indicator");
        String overlapping = CorpusCases.fill(CorpusCases.PHASE, CorpusCases.phaseDefaults());
        run(pmu, "POST", phases, CorpusCases.fieldCases(CorpusCases.PHASE, CorpusCases.phaseDefaults()), count, false);
        run(pmu, "POST", phases, CorpusCases.rawBodies(overlapping), count, false);
        refuseAll(pmu, "POST", phases, CorpusCases.refusedPhases(), count);
    }

    /**
     * Dollar rates: the corpus in each field and bad bodies; zero, negative, a date that already has a
     * rate, the dollar, a currency no country pays in and another country's currency refused, with no
     * rate written.
     */
    private void rateCases() {
        Api finance = Api.as(app, "sn.finance");
        String xof = "api/v1/rates/XOF";
        Supplier<String> rates = () -> Database.count("SELECT COUNT(*) FROM exchange_rate WHERE currency = 'XOF'") + "/"
                + Database.count("SELECT COUNT(*) FROM exchange_rate WHERE effective_on = DATE '2151-01-01'");
        String valid = CorpusCases.fill(CorpusCases.RATE, CorpusCases.rateDefaults());
        assertThat(finance.post(xof, valid).status()).isEqualTo(201);
        run(finance, "POST", xof, CorpusCases.fieldCases(CorpusCases.RATE, CorpusCases.rateDefaults()), rates, false);
        run(finance, "POST", xof, CorpusCases.rawBodies(valid), rates, false);
        refuseAll(finance, "POST", xof, CorpusCases.refusedRates(), rates);
        refuseAll(finance, "POST", xof, List.of(new Case("a date that has a rate", "application/json", valid)), rates);
        Supplier<String> all = () -> Long.toString(Database.count("SELECT COUNT(*) FROM exchange_rate"));
        for (String currency : List.of("USD", "EUR", "NPR", "xof", "X%20F")) {
            refuseAll(finance, "POST", "api/v1/rates/" + currency,
                    List.of(new Case("currency " + currency, "application/json", valid)), all);
        }
    }

    /**
     * results: the corpus in an indicator's outcome and programme indicator, links outside the
     * proposal's phase (an outcome it lacks, an unknown programme indicator, one of another outcome)
     * refused with no proposal written, and the corpus in the markers pmu requires of a phase, which
     * stay as they were.
     */
    private void resultsCases(Api snApplicant, String proposals, Supplier<String> snRows) {
        String linked = "{\"title\":\"Corpus results\",\"sector\":\"HEALTH\",\"leadActor\":\"NATIONAL_INSTITUTION\","
                + "\"requestedAmount\":1000,\"profile\":{\"indicators\":[{\"name\":\"Officials trained\",\"target\":10,"
                + "\"outcome\":@outcome@,\"programmeIndicatorId\":@programmeIndicatorId@}]}}";
        Map<String, String> links = new LinkedHashMap<>();
        links.put("outcome", "2");
        links.put("programmeIndicatorId", "null");
        run(snApplicant, "POST", proposals, CorpusCases.fieldCases(linked, links), snRows, true);
        List<Case> outside = List.of(
                new Case("an outcome the phase lacks", "application/json", CorpusCases.fill(linked,
                        Map.of("outcome", "99", "programmeIndicatorId", "null"))),
                new Case("an unknown programme indicator", "application/json", CorpusCases.fill(linked,
                        Map.of("outcome", "1", "programmeIndicatorId", "999999"))),
                new Case("a programme indicator of outcome 2 under outcome 1", "application/json", CorpusCases.fill(linked,
                        Map.of("outcome", "1", "programmeIndicatorId", "4"))),
                new Case("a programme indicator without its outcome", "application/json", CorpusCases.fill(linked,
                        Map.of("outcome", "null", "programmeIndicatorId", "4"))));
        refuseAll(snApplicant, "POST", proposals, outside, snRows);
        String required = "api/v1/programme/phases/M4D-III/required-markers";
        Supplier<String> markers = () -> Database.string(
                "SELECT COALESCE(MAX(markers), '') FROM phase_required_markers WHERE phase_id = 'M4D-III'");
        run(Api.as(app, "pmu"), "PUT", required, CorpusCases.fieldCases("{\"markers\":@markers@}", Map.of("markers", "[]")),
                markers, false);
        run(Api.as(app, "pmu"), "PUT", required, CorpusCases.rawBodies("{\"markers\":[]}"), markers, false);
        refuseAll(Api.as(app, "pmu"), "PUT", required, List.of(
                new Case("a null marker", "application/json", "{\"markers\":[null]}"),
                new Case("a null marker beside a real one", "application/json", "{\"markers\":[\"GENDER_MARKER\",null]}")),
                markers);
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
        formCase("login with a stateless view state", visitor.post("login.xhtml", Map.of("login", "login",
                "login:username", "np.applicant", "login:password", "demo", "jakarta.faces.ViewState", "stateless")));
        Api.Reply oversized = visitor.signInWith("np.applicant", "x".repeat(3_000_000));
        formCase("login with a 3 MB password", oversized);
        expectStatus("a 3 MB sign-in post", oversized, 413);
        for (String charset : CorpusCases.CHARSETS) {
            Map<String, String> fields = Map.of("login", "login", "login:username", "np.applicant", "login:password", "x",
                    "jakarta.faces.ViewState", visitor.viewState("login.xhtml"));
            formCase("login form in charset " + charset, visitor.postRaw("login.xhtml",
                    "application/x-www-form-urlencoded; charset=" + charset,
                    WebSession.form(fields).getBytes(StandardCharsets.UTF_8), Map.of()));
        }
    }

    /**
     * Numbers beyond their bounds in the query string, in a tranche plan and in scores (each through the
     * API and the page), refused before any arithmetic; the plan that took seconds a core is timed.
     */
    private void numberCases(Api snApplicant, String proposals, String valid) {
        Api npCoordinator = Api.as(app, "np.coordinator");
        for (String number : CorpusCases.NUMBERS) {
            String encoded = java.net.URLEncoder.encode(number, StandardCharsets.UTF_8);
            for (String query : List.of("?first=" + encoded, "?max=" + encoded)) {
                Api.Reply reply = npCoordinator.get("api/v1/tenants/NP/tasks" + query);
                formCase("GET tasks" + abbreviate(query), reply);
                if (reply.status() != 400) {
                    failures.add("not 400 for GET tasks" + abbreviate(query) + ": " + reply.status());
                }
            }
        }
        long planned = Slice.submittedProposal(app, "NP", "Corpus numbers", "1000000");
        Slice.screen(app, "NP", planned, "ACCEPT");
        Api reviewer = Api.as(app, "np.reviewer.iom");
        Slice.complete(reviewer, "NP", GrantLifecycle.DECLARE_CONFLICT, planned, "{\"conflict\":false}");
        String scoring = Slice.taskFor(reviewer, "NP", GrantLifecycle.SCORE_PROPOSAL, planned);
        Supplier<String> scoringOpen = () -> Long.toString(Database.count("SELECT COUNT(*) FROM act_ru_task WHERE id_ = ?", scoring));
        List<Case> scores = new ArrayList<>();
        for (String number : List.of("4294967300", "4294967297", "-4294967291", "4.5", "1e1000000000", "5e0")) {
            scores.add(new Case("relevance = " + number, "application/json",
                    Slice.scores(4).replace("\"relevance\":4", "\"relevance\":" + number)));
        }
        run(reviewer, "POST", "api/v1/tenants/NP/tasks/" + scoring + "/complete", scores.subList(0, 5), scoringOpen, false);
        Api.Reply wrapped = reviewer.post("api/v1/tenants/NP/tasks/" + scoring + "/complete", scores.get(0).body());
        expectStatus("a score of 4294967300 (was stored as 4)", wrapped, 400);
        Slice.complete(reviewer, "NP", GrantLifecycle.SCORE_PROPOSAL, planned, Slice.scores(4));
        Api undp = Api.as(app, "np.reviewer.undp");
        Slice.complete(undp, "NP", GrantLifecycle.DECLARE_CONFLICT, planned, "{\"conflict\":false}");
        Slice.complete(undp, "NP", GrantLifecycle.SCORE_PROPOSAL, planned, Slice.scores(4));
        Slice.complete(npCoordinator, "NP", GrantLifecycle.APPROVE_GRANT, planned, "{\"decision\":\"ACCEPT\"}");
        Api finance = Api.as(app, "np.finance");
        String plan = Slice.taskFor(finance, "NP", GrantLifecycle.SET_TRANCHE_PLAN, planned);
        Supplier<String> planOpen = () -> Long.toString(Database.count("SELECT COUNT(*) FROM act_ru_task WHERE id_ = ?", plan));
        List<Case> plans = new ArrayList<>();
        for (String number : CorpusCases.NUMBERS) {
            plans.add(new Case("percentages = [" + abbreviate(number) + "]", "application/json",
                    "{\"modality\":\"DIRECT_PAYMENT\",\"percentages\":[" + number + "]}"));
        }
        plans.add(new Case("percentages = [33.3333333 x 3]", "application/json",
                "{\"modality\":\"DIRECT_PAYMENT\",\"percentages\":[33.3333333,33.3333333,33.3333334]}"));
        // a share over 100 %, alone or balanced by a negative one to reach the sum
        plans.add(new Case("percentages = [101]", "application/json",
                "{\"modality\":\"DIRECT_PAYMENT\",\"percentages\":[101]}"));
        plans.add(new Case("percentages = [150, -50]", "application/json",
                "{\"modality\":\"DIRECT_PAYMENT\",\"percentages\":[150,-50]}"));
        run(finance, "POST", "api/v1/tenants/NP/tasks/" + plan + "/complete", plans, planOpen, false);
        long start = System.nanoTime();
        Api.Reply huge = finance.post("api/v1/tenants/NP/tasks/" + plan + "/complete",
                "{\"modality\":\"DIRECT_PAYMENT\",\"percentages\":[1e100000]}");
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("Tranche plan [1e100000] (took 6.2 s of a core before): %d in %d ms%n", huge.status(), millis);
        expectStatus("tranche plan [1e100000]", huge, 400);
        assertThat(millis).as("generous bound, in ms").isLessThan(5_000);
        pagePlanCases(plan);
    }

    /** The tranche plan form of the task page with numbers out of bounds: a message, the task still open. */
    private void pagePlanCases(String plan) {
        WebSession finance = WebSession.signIn(app, "np.finance");
        String page = "app/task.xhtml?id=" + plan;
        for (String number : CorpusCases.NUMBERS) {
            Map<String, String> fields = new java.util.LinkedHashMap<>();
            fields.put("plan", "plan");
            fields.put("plan:modality", "DIRECT_PAYMENT");
            fields.put("plan:percentages", number);
            fields.put("plan:setPlan", "Set");
            fields.put("jakarta.faces.ViewState", finance.viewState(page));
            Api.Reply reply = finance.post(page, fields);
            formCase("task page plan = " + abbreviate(number), reply);
            boolean unreadable = !number.matches("-?\\d{1,18}");
            if (reply.status() != 200 || unreadable && !reply.body().contains("Write the tranches as percentages, e.g. 40, 40, 20")) {
                failures.add("no plan message for " + abbreviate(number) + ": " + reply.status());
            }
        }
        assertThat(Database.count("SELECT COUNT(*) FROM act_ru_task WHERE id_ = ?", plan)).isEqualTo(1);
    }

    /** Bodies in charsets other than UTF-8, to an operation bound by JSON-B and to one that reads the text. */
    private void charsetCases(Api snApplicant, String proposals, String valid) {
        Supplier<String> snRows = () -> Long.toString(Database.count("SELECT COUNT(*) FROM proposal WHERE tenant_id = 'SN'"));
        List<Case> bodies = new ArrayList<>();
        for (String charset : CorpusCases.CHARSETS) {
            bodies.add(new Case("charset=" + charset, "application/json; charset=" + charset, valid));
        }
        run(snApplicant, "POST", proposals, bodies, snRows, true);
        Api.Reply utf8 = snApplicant.send("POST", proposals, "application/json; charset=\"UTF-8\"", valid);
        expectStatus("JSON in UTF-8, named so", utf8, 201);
        Api.Reply bogus = snApplicant.send("POST", proposals, "application/json; charset=bogus", valid);
        expectStatus("JSON in charset bogus", bogus, 415);
        long submitted = Slice.submittedProposal(app, "SN", "Corpus charsets", "1000000");
        Api coordinator = Api.as(app, "sn.coordinator");
        String screening = Slice.taskFor(coordinator, "SN", GrantLifecycle.SCREEN_ELIGIBILITY, submitted);
        run(coordinator, "POST", "api/v1/tenants/SN/tasks/" + screening + "/complete", bodies,
                () -> Long.toString(Database.count("SELECT COUNT(*) FROM act_ru_task WHERE id_ = ?", screening)), false);
    }

    /**
     * Page requests a crafted client can send: numbers beyond bounds in query parameters, a task page
     * posted back with another country's task id, and the wizard's upload with a broken file count or
     * a file above the limit.
     */
    private void pageCases(long draft) {
        WebSession np = WebSession.signIn(app, "np.coordinator");
        for (String number : CorpusCases.NUMBERS) {
            String encoded = java.net.URLEncoder.encode(number, StandardCharsets.UTF_8);
            for (String page : List.of("app/inbox.xhtml?page=", "app/proposal/view.xhtml?tenant=NP&id=",
                    "app/finance/grant.xhtml?tenant=NP&grant=")) {
                formCase("GET " + page + abbreviate(number), np.get(page + encoded));
            }
        }
        long nepalese = Slice.submittedProposal(app, "NP", "Corpus foreign task", "1000000");
        String foreignTask = Slice.taskFor(Api.as(app, "np.coordinator"), "NP", GrantLifecycle.SCREEN_ELIGIBILITY, nepalese);
        long reviewed = Slice.submittedProposal(app, "SN", "Corpus own review", "1000000");
        Slice.screen(app, "SN", reviewed, "ACCEPT");
        String declaration = Slice.taskFor(Api.as(app, "sn.reviewer.iom"), "SN", GrantLifecycle.DECLARE_CONFLICT, reviewed);
        foreignTaskPostback("sn.reviewer.iom", declaration, foreignTask, "conflict", "noConflict");
        long screened = Slice.submittedProposal(app, "SN", "Corpus own screening", "1000000");
        String screening = Slice.taskFor(Api.as(app, "sn.coordinator"), "SN", GrantLifecycle.SCREEN_ELIGIBILITY, screened);
        foreignTaskPostback("sn.coordinator", screening, foreignTask, "screening", "approve");
        assertThat(Database.count("SELECT COUNT(*) FROM act_ru_task WHERE id_ = ?", foreignTask)).isEqualTo(1);
        uploadCases(draft);
    }

    /**
     * A task page of one's own country posted back with another country's task id in place of its
     * own: the foreign task is not found (404 or back to the inbox), it never answers 500.
     */
    private void foreignTaskPostback(String user, String ownTask, String foreignTask, String form, String button) {
        WebSession session = WebSession.signIn(app, user);
        String page = "app/task.xhtml?id=" + ownTask;
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put(form, form);
        fields.put(form + ":comment", "Corpus");
        fields.put(form + ":" + button, "Go");
        fields.put("jakarta.faces.ViewState", session.viewState(page));
        Api.Reply reply = session.post("app/task.xhtml?id=" + foreignTask, fields);
        formCase("task page " + form + " posted back with another country's task id", reply);
        if (Database.count("SELECT COUNT(*) FROM act_ru_task WHERE id_ = ?", ownTask) != 1) {
            failures.add("the " + form + " postback with another country's task id completed the own task: " + reply.status());
        }
        if (reply.status() != 404 && !(reply.status() == 302 && reply.contentType().endsWith("/app/inbox.xhtml"))) {
            failures.add("another country's task id on a " + form + " postback answered " + reply.status());
        }
    }

    /** The wizard's file upload (a Faces partial request) with a broken file count or a file above 10 MB. */
    private void uploadCases(long draft) {
        WebSession applicant = WebSession.signIn(app, "sn.applicant");
        String page = "app/proposal/edit.xhtml?id=" + draft;
        java.util.function.Function<Object, Map<String, Object>> upload = count -> {
            Map<String, Object> parts = new java.util.LinkedHashMap<>();
            parts.put("proposal", "proposal");
            parts.put("jakarta.faces.ViewState", applicant.viewState(page));
            parts.put("jakarta.faces.partial.ajax", "true");
            parts.put("jakarta.faces.source", "proposal:upload");
            parts.put("jakarta.faces.partial.execute", "proposal:upload");
            parts.put("jakarta.faces.partial.render", "proposal:attachments proposal:formMessages");
            if (count != null) {
                parts.put("proposal:upload_totalFilesCount", count);
            }
            return parts;
        };
        Map<String, Map<String, Object>> bodies = new java.util.LinkedHashMap<>();
        bodies.put("no file count", upload.apply(null));
        bodies.put("file count x", upload.apply("x"));
        bodies.put("file count 4294967300", upload.apply("4294967300"));
        bodies.put("file count 1e1000000000", upload.apply("1e1000000000"));
        bodies.put("a 12 MB file", upload.apply("1"));
        bodies.put("a 10.5 MB file", upload.apply("1"));
        for (Map.Entry<String, Map<String, Object>> body : bodies.entrySet()) {
            byte[] file = switch (body.getKey()) {
                case "a 12 MB file" -> new byte[12 * 1024 * 1024];
                case "a 10.5 MB file" -> new byte[10 * 1024 * 1024 + 512 * 1024];
                default -> "%PDF-1.4 corpus".getBytes(StandardCharsets.UTF_8);
            };
            body.getValue().put("proposal:upload", Map.entry("corpus.pdf", file));
            Api.Reply reply = applicant.postRaw(page, "multipart/form-data; boundary=CorpusBoundary",
                    CorpusCases.multipart("CorpusBoundary", body.getValue()), Map.of("Faces-Request", "partial/ajax"));
            formCase("wizard upload with " + body.getKey(), reply);
            if (body.getKey().startsWith("a 12 MB")) {
                expectStatus("wizard upload with a 12 MB file", reply, 413);
            } else if (body.getKey().startsWith("a 10.5 MB")) {
                // within the request limit but not the file limit: the container drops the parts, view state
                // included, so the page is sent again with its "expired" note (the browser never sends it: sizeLimit)
                if (reply.status() != 200 || !reply.body().contains("<redirect url=\"/m4d-grants/" + page + "\">")) {
                    failures.add("the wizard upload of a 10.5 MB file is not sent back to the page: " + reply.status());
                }
            } else if (reply.status() != 200 || !reply.body().contains(UNEXPECTED)) {
                failures.add("no message on the page for the wizard upload with " + body.getKey() + ": " + reply.status());
            }
            System.out.println("  upload [" + body.getKey() + "]: " + reply.status() + " " + abbreviate(reply.body()));
        }
    }

    private void expectStatus(String what, Api.Reply reply, int status) {
        if (reply.status() != status) {
            failures.add("expected " + status + " for " + what + ", got " + reply.status() + ": " + abbreviate(reply.body()));
        }
    }

    /** Flags a response that names a Java exception class: internals are not for the client. */
    private void classNames(String where, Api.Reply reply) {
        java.util.regex.Matcher name = CorpusCases.CLASS_NAME.matcher(reply.body());
        if (name.find()) {
            failures.add("class name " + name.group() + " in the answer to " + where);
        }
    }

    private void formCase(String name, Api.Reply reply) {
        cases++;
        classNames("form [" + name + "]", reply);
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
