package org.m4d.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.m4d.grants.workflow.domain.GrantLifecycle;

/**
 * The practice library through the REST API on Payara Micro and PostgreSQL: closing a grant with
 * its lessons (missing or too long: 400, nothing written), a practice unpublished until its
 * applicant consents, then read and searched from Bangladesh (knowledge sharing only), while one
 * without consent stays invisible outside Nepal.
 */
@ExtendWith(SharedApp.class)
class PracticeIT {

    @AppUrl
    URL app;

    private final String token = "PR" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    private static long practices(long proposalId) {
        return Database.count("SELECT COUNT(*) FROM practice WHERE proposal_id = ?", proposalId);
    }

    @Test
    void closingWithoutLessonsOrWithTooLongOnesIsRefusedAndWritesNothing() {
        long id = ClosedGrants.awaitingClosure(app, "NP", "Practice " + token + " refused");
        Api coordinator = Api.as(app, "np.coordinator");

        Api.Reply missing = Slice.complete(coordinator, "NP", GrantLifecycle.CLOSE_GRANT, id,
                "{\"note\":\"Closed\",\"summary\":\"A desk\"}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field") + ": " + e.getString("message"))
                .containsExactly("lessons: Write the lessons learned");

        Api.Reply tooLong = Slice.complete(coordinator, "NP", GrantLifecycle.CLOSE_GRANT, id,
                ClosedGrants.closing("A desk", "x".repeat(4001)));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field") + ": " + e.getString("message"))
                .containsExactly("lessons: The lessons learned can have at most 4000 characters");

        assertThat(practices(id)).as("no practice written").isZero();
        assertThat(coordinator.get("api/v1/tenants/NP/proposals/" + id).json().getString("state"))
                .as("the grant is still open").isEqualTo("DISBURSED");
        assertThat(Slice.taskFor(coordinator, "NP", GrantLifecycle.CLOSE_GRANT, id)).as("the closing step waits").isNotNull();
    }

    @Test
    void aPublishedPracticeIsReadFromBangladeshAndAnUnpublishedOneIsNot() {
        long kept = ClosedGrants.closedWithPractice(app, "NP", "Practice " + token + " kept",
                "Evening classes for migrant parents", "Kept " + token + ": schedule after the harvest");
        long shared = ClosedGrants.closedWithPractice(app, "NP", "Practice " + token + " shared",
                "Enrolment desks in every school", "Shared " + token + ": train the teachers first");
        Api bangladesh = Api.as(app, "bd.applicant");
        Api senegal = Api.as(app, "sn.coordinator");
        Api owner = Api.as(app, "np.applicant");

        // before consent: nothing crosses the border
        assertThat(bangladesh.get("api/v1/practices?q=" + token).array()).isEmpty();
        assertThat(bangladesh.get("api/v1/practices/" + shared).status()).isEqualTo(404);
        assertThat(senegal.get("api/v1/practices/" + shared).status()).isEqualTo(404);
        JsonObject own = owner.get("api/v1/practices/" + shared).json();
        assertThat(own.getBoolean("published")).isFalse();
        assertThat(own.getString("lessons")).isEqualTo("Shared " + token + ": train the teachers first");
        assertThat(owner.get("api/v1/practices?q=" + token).array()).as("the applicant finds both awaiting consent")
                .hasSize(2);

        // only the applicant who made the proposal consents
        assertThat(Api.as(app, "np.coordinator").post("api/v1/tenants/NP/practices/" + shared + "/consent",
                "{\"publish\":true}").status()).isEqualTo(403);
        assertThat(Api.as(app, "np.applicant2").post("api/v1/tenants/NP/practices/" + shared + "/consent",
                "{\"publish\":true}").status()).as("another applicant is not told it exists").isEqualTo(404);
        assertThat(bangladesh.post("api/v1/tenants/NP/practices/" + shared + "/consent", "{\"publish\":true}")
                .status()).isEqualTo(404);
        Api.Reply empty = owner.post("api/v1/tenants/NP/practices/" + shared + "/consent", "{}");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.contentType()).startsWith("application/problem+json");
        assertThat(Database.count("SELECT COUNT(*) FROM practice WHERE published = TRUE AND id IN (?, ?)", kept, shared))
                .as("nothing published by the refused attempts").isZero();
        Api.Reply consent = owner.post("api/v1/tenants/NP/practices/" + shared + "/consent", "{\"publish\":true}");
        assertThat(consent.status()).as(consent.body()).isEqualTo(200);
        assertThat(consent.json().getBoolean("published")).isTrue();

        // after consent: the shared one from every country, the other still nowhere outside Nepal
        assertThat(bangladesh.get("api/v1/practices?q=" + token).array().getValuesAs(JsonObject.class))
                .extracting(p -> p.getJsonNumber("id").longValue()).containsExactly(shared);
        JsonObject read = bangladesh.get("api/v1/practices/" + shared).json();
        assertThat(read.getString("country")).isEqualTo("NP");
        assertThat(read.getString("countryName")).isEqualTo("Nepal");
        assertThat(read.getString("title")).isEqualTo("Practice " + token + " shared");
        assertThat(read.getString("sector")).isEqualTo("EDUCATION");
        assertThat(read.getString("summary")).isEqualTo("Enrolment desks in every school");
        assertThat(read.getInt("beneficiariesReached")).isEqualTo(340);
        assertThat(read.keySet()).as("nothing of the proposal, the grant or the people")
                .containsExactlyInAnyOrder("id", "country", "countryName", "title", "sector", "outcomes", "summary",
                        "lessons", "beneficiariesReached", "results", "published", "closedAt");
        assertThat(bangladesh.get("api/v1/practices/" + kept).status()).isEqualTo(404);
        assertThat(senegal.get("api/v1/practices/" + shared).status()).isEqualTo(200);
        assertThat(Api.as(app, "observer").get("api/v1/practices/" + kept).status()).isEqualTo(200);

        // the filters
        assertThat(bangladesh.get("api/v1/practices?q=" + token + "&sector=EDUCATION&country=NP").array()).hasSize(1);
        assertThat(bangladesh.get("api/v1/practices?q=" + token + "&sector=HEALTH").array()).isEmpty();
        assertThat(bangladesh.get("api/v1/practices?q=" + token + "&country=SN").array()).isEmpty();
        assertThat(bangladesh.get("api/v1/practices?q=" + token + "&outcome=2").array()).isEmpty();
        assertThat(bangladesh.get("api/v1/practices?q=" + token.toLowerCase() + "%3A+train").array())
                .as("ignoring case, in the lessons").hasSize(1);
        Api.Reply badOutcome = bangladesh.get("api/v1/practices?outcome=two");
        assertThat(badOutcome.status()).isEqualTo(400);
        assertThat(badOutcome.contentType()).startsWith("application/problem+json");
        Api.Reply longText = bangladesh.get("api/v1/practices?q=" + "x".repeat(201));
        assertThat(longText.status()).isEqualTo(422);
        assertThat(longText.json().getString("detail")).isEqualTo("Search for at most 200 characters");

        // withdrawn: gone from the library again
        assertThat(owner.post("api/v1/tenants/NP/practices/" + shared + "/consent", "{\"publish\":false}").status())
                .isEqualTo(200);
        assertThat(bangladesh.get("api/v1/practices/" + shared).status()).isEqualTo(404);
        assertThat(Database.count("SELECT COUNT(*) FROM audit_entry WHERE subject_type = 'PRACTICE' AND subject_id = ?",
                shared)).as("publishing and withdrawing are audited").isEqualTo(2);
    }
}
