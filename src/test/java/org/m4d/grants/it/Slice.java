package org.m4d.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.m4d.grants.workflow.domain.GrantLifecycle;

/** Steps of the thin slice through the API, shared by the integration tests. */
public final class Slice {

    private Slice() {
    }

    /** Creates and submits a nationally led proposal as the tenant's applicant; returns its id. */
    public static long submittedProposal(URL app, String tenant, String title, String amount) {
        return submittedProposal(app, tenant, title, amount, "NATIONAL_INSTITUTION");
    }

    /**
     * Creates and submits a proposal as the tenant's applicant, for a low-risk partner (whose grant
     * may have advances); returns its id.
     */
    public static long submittedProposal(URL app, String tenant, String title, String amount, String leadActor) {
        return submittedProposal(app, tenant, title, amount, leadActor, lowRiskPartner(tenant));
    }

    /** As above, for the given partner ({@code null}: none). */
    public static long submittedProposal(URL app, String tenant, String title, String amount, String leadActor,
                                         Long partnerId) {
        Api applicant = Api.as(app, tenant.toLowerCase() + ".applicant");
        Api.Reply created = applicant.post("api/v1/tenants/" + tenant + "/proposals",
                "{\"title\":\"" + title + "\",\"sector\":\"EDUCATION\",\"leadActor\":\"" + leadActor
                        + "\",\"requestedAmount\":" + amount + ",\"partnerId\":" + partnerId + "}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        Api.Reply submitted = applicant.post("api/v1/tenants/" + tenant + "/proposals/" + id + "/submit", null);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        return id;
    }

    /** A partner of the country rated LOW, whose grants may use every modality. */
    public static long lowRiskPartner(String tenant) {
        return Fixtures.assessedPartner(tenant, "LOW");
    }

    /**
     * The id of the open task of a kind for a proposal in a user's inbox, waiting for it to appear. A
     * review's declaration is first made the reviewer's, as the country's coordinator would
     * (docs/adr/0032): the rule may have given it to another reviewer of the agency's pool.
     */
    public static String taskFor(Api user, String tenant, String key, long proposalId) {
        if (GrantLifecycle.DECLARE_CONFLICT.equals(key) && user.username() != null) {
            handDeclarationTo(user, tenant, proposalId);
        }
        return waitFor(() -> user.get("api/v1/tenants/" + tenant + "/tasks").array().stream()
                .map(JsonObject.class::cast)
                .filter(t -> t.getString("key").equals(key) && t.getJsonNumber("proposalId").longValue() == proposalId)
                .map(t -> t.getString("id"))
                .findFirst().orElse(null), Duration.ofSeconds(60), key + " task for proposal " + proposalId);
    }

    /**
     * Gives the proposal's review of the reviewer's agency (by their name: {@code .iom}, else UNDP) to
     * them, as the country's coordinator, once the review waits for its declaration; nothing when it
     * is theirs already, or when they may not have it (a declared conflict: the caller's test says).
     */
    public static void handDeclarationTo(Api reviewer, String tenant, long proposalId) {
        String agency = reviewer.username().contains(".iom") ? "IOM" : "UNDP";
        Api coordinator = reviewer.as(tenant.toLowerCase() + ".coordinator");
        String body = "{\"agency\":\"" + agency + "\",\"reviewer\":\"" + reviewer.username()
                + "\",\"reason\":\"test: the review is for this reviewer\"}";
        waitFor(() -> {
            Api.Reply reply = coordinator.post("api/v1/tenants/" + tenant + "/proposals/" + proposalId
                    + "/review-assignments", body);
            boolean waitingYet = reply.status() != 409 || reply.body().contains("already with");
            return waitingYet ? reply : null;
        }, Duration.ofSeconds(60), agency + " review of proposal " + proposalId + " waiting for its declaration");
    }

    /** Completes the proposal's open task of a kind as a user, claiming it first; returns the HTTP status. */
    public static Api.Reply complete(Api user, String tenant, String key, long proposalId, String payload) {
        String task = taskFor(user, tenant, key, proposalId);
        return user.post("api/v1/tenants/" + tenant + "/tasks/" + task + "/complete", payload);
    }

    /** Screens a proposal as the country's coordinator. */
    public static void screen(URL app, String tenant, long proposalId, String decision) {
        Api.Reply reply = complete(Api.as(app, tenant.toLowerCase() + ".coordinator"), tenant,
                GrantLifecycle.SCREEN_ELIGIBILITY, proposalId, "{\"decision\":\"" + decision + "\"}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(204);
    }

    /** The country's IOM and UNDP reviewers declare no conflict and score the proposal. */
    public static void reviewByBothAgencies(URL app, String tenant, long proposalId, int score) {
        for (String agency : new String[] {"iom", "undp"}) {
            Api reviewer = Api.as(app, tenant.toLowerCase() + ".reviewer." + agency);
            Api.Reply declared = complete(reviewer, tenant, GrantLifecycle.DECLARE_CONFLICT, proposalId,
                    "{\"conflict\":false}");
            assertThat(declared.status()).as(declared.body()).isEqualTo(204);
            Api.Reply scored = complete(reviewer, tenant, GrantLifecycle.SCORE_PROPOSAL, proposalId,
                    scores(score));
            assertThat(scored.status()).as(scored.body()).isEqualTo(204);
        }
    }

    /**
     * A proposal taken through screening, review and country approval, with its grant agreement created
     * and a single tranche of 100% open for disbursement, its advance requested and authorised in full.
     */
    public static long approvedGrant(URL app, String tenant, String title, String amount) {
        return approvedGrant(app, tenant, title, amount, "{\"modality\":\"DIRECT_CASH_TRANSFER\",\"percentages\":[100]}");
    }

    /**
     * The same with the tranche plan given, e.g. {@code {"modality":"REIMBURSEMENT","percentages":[50,50]}};
     * the first advance of a direct cash transfer requested and authorised in full.
     */
    public static long approvedGrant(URL app, String tenant, String title, String amount, String plan) {
        long id = plannedGrant(app, tenant, title, amount, plan);
        if (plan.contains("DIRECT_CASH_TRANSFER")) {
            advanceAuthorised(app, tenant, id);
        }
        return id;
    }

    /** The same, left where the tranche plan leaves it: the first tranche open, nothing requested of it. */
    public static long plannedGrant(URL app, String tenant, String title, String amount, String plan) {
        long id = submittedProposal(app, tenant, title, amount);
        screen(app, tenant, id, "ACCEPT");
        reviewByBothAgencies(app, tenant, id, 4);
        Api.Reply approved = complete(Api.as(app, tenant.toLowerCase() + ".coordinator"), tenant,
                GrantLifecycle.APPROVE_GRANT, id, "{\"decision\":\"ACCEPT\"}");
        assertThat(approved.status()).as(approved.body()).isEqualTo(204);
        Api finance = Api.as(app, tenant.toLowerCase() + ".finance");
        Api.Reply planned = complete(finance, tenant, GrantLifecycle.SET_TRANCHE_PLAN, id, plan);
        assertThat(planned.status()).as(planned.body()).isEqualTo(204);
        return id;
    }

    /**
     * The open tranche's advance of a direct cash transfer: the country's applicant requests the whole
     * tranche on one FACE line and finance authorises it in full, so that finance may pay it.
     */
    public static void advanceAuthorised(URL app, String tenant, long proposalId) {
        Api finance = Api.as(app, tenant.toLowerCase() + ".finance");
        JsonObject open = finance.get("api/v1/tenants/" + tenant + "/proposals/" + proposalId + "/grant").json()
                .getJsonArray("tranches").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("status").equals("OPEN")).findFirst().orElseThrow();
        String amount = open.getJsonNumber("amount").bigDecimalValue().toPlainString();
        Api.Reply requested = complete(Api.as(app, tenant.toLowerCase() + ".applicant"), tenant,
                GrantLifecycle.REQUEST_ADVANCE, proposalId, "{\"periodStart\":\"2026-01-01\",\"periodEnd\":\"2026-06-30\","
                        + "\"lines\":[{\"description\":\"Tranche " + open.getInt("number") + "\",\"amount\":" + amount + "}]}");
        assertThat(requested.status()).as(requested.body()).isEqualTo(204);
        Api.Reply authorised = complete(finance, tenant, GrantLifecycle.AUTHORISE_ADVANCE, proposalId,
                "{\"authorisedAmounts\":[" + amount + "]}");
        assertThat(authorised.status()).as(authorised.body()).isEqualTo(204);
    }

    /**
     * A grant like {@link #approvedGrant}, of a proposal with budget lines and dates (2020-03-01 to
     * 2023-02-28), made for a low-risk partner so that it may have advances, its amount split into
     * tranches by {@code percentages}; the first tranche open, its advance requested and authorised in full.
     */
    public static long approvedGrantWithBudget(URL app, String tenant, String title, String[] lines, String percentages) {
        Api applicant = Api.as(app, tenant.toLowerCase() + ".applicant");
        BigDecimal total = Arrays.stream(lines).map(l -> new BigDecimal(l.split("=")[1]))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        String budget = Arrays.stream(lines).map(l -> "{\"description\":\"" + l.split("=")[0]
                + "\",\"amount\":" + l.split("=")[1] + "}").collect(Collectors.joining(","));
        Api.Reply created = applicant.post("api/v1/tenants/" + tenant + "/proposals", "{\"title\":\"" + title
                + "\",\"sector\":\"EDUCATION\",\"leadActor\":\"NATIONAL_INSTITUTION\",\"requestedAmount\":"
                + total.toPlainString() + ",\"partnerId\":" + lowRiskPartner(tenant)
                + ",\"profile\":{\"startDate\":\"2020-03-01\",\"endDate\":\"2023-02-28\","
                + "\"budgetLines\":[" + budget + "]}}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        Api.Reply submitted = applicant.post("api/v1/tenants/" + tenant + "/proposals/" + id + "/submit", null);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        screen(app, tenant, id, "ACCEPT");
        reviewByBothAgencies(app, tenant, id, 4);
        Api.Reply approved = complete(Api.as(app, tenant.toLowerCase() + ".coordinator"), tenant,
                GrantLifecycle.APPROVE_GRANT, id, "{\"decision\":\"ACCEPT\"}");
        assertThat(approved.status()).as(approved.body()).isEqualTo(204);
        Api.Reply planned = complete(Api.as(app, tenant.toLowerCase() + ".finance"), tenant,
                GrantLifecycle.SET_TRANCHE_PLAN, id, "{\"modality\":\"DIRECT_CASH_TRANSFER\",\"percentages\":["
                        + percentages + "]}");
        assertThat(planned.status()).as(planned.body()).isEqualTo(204);
        advanceAuthorised(app, tenant, id);
        return id;
    }

    public static String scores(int score) {
        return "{\"relevance\":" + score + ",\"scalability\":" + score + ",\"localOwnership\":" + score
                + ",\"genderResponsiveness\":" + score + ",\"sustainability\":" + score + ",\"budgetRealism\":" + score
                + ",\"recommendation\":\"FUND\",\"comments\":\"Clear results framework.\"}";
    }

    public static <T> T waitFor(Supplier<T> probe, Duration timeout, String what) {
        Instant end = Instant.now().plus(timeout);
        while (Instant.now().isBefore(end)) {
            T value = probe.get();
            if (value != null && !Boolean.FALSE.equals(value)) {
                return value;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("Timed out waiting for " + what);
    }
}
