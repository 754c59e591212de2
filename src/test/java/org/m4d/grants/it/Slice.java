package org.m4d.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/** Steps of the thin slice through the API, shared by the integration tests. */
public final class Slice {

    private Slice() {
    }

    /** Creates and submits a proposal as the tenant's applicant; returns its id. */
    public static long submittedProposal(URL app, String tenant, String title, String amount) {
        Api applicant = Api.as(app, tenant.toLowerCase() + ".applicant");
        Api.Reply created = applicant.post("api/v1/tenants/" + tenant + "/proposals",
                "{\"title\":\"" + title + "\",\"sector\":\"EDUCATION\",\"requestedAmount\":" + amount + "}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        Api.Reply submitted = applicant.post("api/v1/tenants/" + tenant + "/proposals/" + id + "/submit", null);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        return id;
    }

    /** The id of the open task of a kind for a proposal in a user's inbox, waiting for it to appear. */
    public static String taskFor(Api user, String tenant, String key, long proposalId) {
        return waitFor(() -> user.get("api/v1/tenants/" + tenant + "/tasks").array().stream()
                .map(JsonObject.class::cast)
                .filter(t -> t.getString("key").equals(key) && t.getJsonNumber("proposalId").longValue() == proposalId)
                .map(t -> t.getString("id"))
                .findFirst().orElse(null), Duration.ofSeconds(60), key + " task for proposal " + proposalId);
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
