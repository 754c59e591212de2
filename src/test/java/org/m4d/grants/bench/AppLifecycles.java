package org.m4d.grants.bench;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import org.m4d.grants.it.Api;
import org.m4d.grants.it.Slice;
import org.m4d.grants.workflow.domain.GrantLifecycle;

/**
 * One complete grant lifecycle through the application: the REST API, its security, the
 * application services, JPA and the engine, as the users would drive it. Each user step is timed
 * from looking the task up in the inbox to its completion.
 */
final class AppLifecycles {

    private final Api applicant;
    private final Api coordinator;
    private final Api iom;
    private final Api undp;
    private final Api finance;
    /** A low-risk partner, so that the grants are paid by advances as before the HACT rules. */
    private final long partner;

    AppLifecycles(URL app) {
        applicant = Api.as(app, "np.applicant");
        coordinator = Api.as(app, "np.coordinator");
        iom = Api.as(app, "np.reviewer.iom");
        undp = Api.as(app, "np.reviewer.undp");
        finance = Api.as(app, "np.finance");
        partner = Slice.lowRiskPartner("NP");
    }

    void run(int n, Figures figures) {
        String today = LocalDate.now().toString();
        long start = System.nanoTime();
        Api.Reply created = applicant.post("api/v1/tenants/NP/proposals", "{\"title\":\"Benchmark " + n
                + "\",\"sector\":\"HEALTH\",\"leadActor\":\"NATIONAL_INSTITUTION\",\"requestedAmount\":100000,"
                + "\"partnerId\":" + partner + "}");
        long id = created.json().getJsonNumber("id").longValue();
        expect(applicant.post("api/v1/tenants/NP/proposals/" + id + "/submit", null), 200);
        figures.record("submit", System.nanoTime() - start);

        step(figures, "screen", coordinator, GrantLifecycle.SCREEN_ELIGIBILITY, id, "{\"decision\":\"ACCEPT\"}");
        step(figures, "declare COI (IOM)", iom, GrantLifecycle.DECLARE_CONFLICT, id, "{\"conflict\":false}");
        step(figures, "score (IOM)", iom, GrantLifecycle.SCORE_PROPOSAL, id, Slice.scores(4));
        step(figures, "declare COI (UNDP)", undp, GrantLifecycle.DECLARE_CONFLICT, id, "{\"conflict\":false}");
        step(figures, "score (UNDP)", undp, GrantLifecycle.SCORE_PROPOSAL, id, Slice.scores(4));
        step(figures, "approve", coordinator, GrantLifecycle.APPROVE_GRANT, id, "{\"decision\":\"ACCEPT\"}");
        step(figures, "set tranche plan", finance, GrantLifecycle.SET_TRANCHE_PLAN, id, "{\"modality\":\"DIRECT_CASH_TRANSFER\",\"percentages\":[50,50]}");
        String disbursement = "{\"amount\":50000,\"date\":\"" + today + "\",\"reference\":\"B-" + id + "\"}";
        String advance = "{\"periodStart\":\"2026-01-01\",\"periodEnd\":\"2026-06-30\",\"lines\":[{\"description\":"
                + "\"Activities\",\"amount\":50000}]}";
        String authorised = "{\"authorisedAmounts\":[50000]}";
        step(figures, "request advance 1", applicant, GrantLifecycle.REQUEST_ADVANCE, id, advance);
        step(figures, "authorise advance 1", finance, GrantLifecycle.AUTHORISE_ADVANCE, id, authorised);
        step(figures, "release tranche 1", finance, GrantLifecycle.RELEASE_TRANCHE, id, disbursement);
        step(figures, "submit reports", applicant, GrantLifecycle.SUBMIT_REPORTS, id, report(today, 40000));
        step(figures, "verify progress", coordinator, GrantLifecycle.VERIFY_PROGRESS_REPORT, id, "{\"accepted\":true}");
        step(figures, "verify financial", finance, GrantLifecycle.VERIFY_FINANCIAL_REPORT, id, "{\"accepted\":true}");
        step(figures, "request advance 2", applicant, GrantLifecycle.REQUEST_ADVANCE, id, advance);
        step(figures, "authorise advance 2", finance, GrantLifecycle.AUTHORISE_ADVANCE, id, authorised);
        step(figures, "release tranche 2", finance, GrantLifecycle.RELEASE_TRANCHE, id, disbursement);
        step(figures, "final report", applicant, GrantLifecycle.SUBMIT_FINAL_REPORT, id, report(today, 90000));
        step(figures, "close grant", coordinator, GrantLifecycle.CLOSE_GRANT, id, "{\"note\":\"done\",\"summary\":\"done\",\"lessons\":\"none\"}");
        JsonObject closed = applicant.get("api/v1/tenants/NP/proposals/" + id).json();
        if (!"CLOSED".equals(closed.getString("state"))) {
            throw new IllegalStateException("Lifecycle " + id + " ended in " + closed.getString("state"));
        }
    }

    private static String report(String today, int expenditure) {
        return "{\"narrative\":\"On track\",\"beneficiariesReached\":10,\"periodStart\":\"2026-01-01\",\"periodEnd\":\""
                + today + "\",\"expenditure\":" + expenditure + "}";
    }

    private static void step(Figures figures, String name, Api user, String key, long proposalId, String payload) {
        long start = System.nanoTime();
        String task = Slice.waitFor(() -> user.get("api/v1/tenants/NP/tasks").array().stream()
                .map(JsonObject.class::cast)
                .filter(t -> t.getString("key").equals(key) && t.getJsonNumber("proposalId").longValue() == proposalId)
                .map(t -> t.getString("id")).findFirst().orElse(null), Duration.ofSeconds(60), key);
        expect(user.post("api/v1/tenants/NP/tasks/" + task + "/complete", payload), 204);
        figures.record(name, System.nanoTime() - start);
    }

    private static void expect(Api.Reply reply, int status) {
        if (reply.status() != status) {
            throw new IllegalStateException("Expected " + status + " but got " + reply.status() + ": " + reply.body());
        }
    }
}
