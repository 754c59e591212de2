package org.m4d.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.m4d.grants.workflow.domain.GrantLifecycle;

/**
 * Notices reach the people who act, on Payara Micro and PostgreSQL through the API: a report due on
 * a grant goes to its creator and to a co-applicant (who may file it, ADR 0035), not to a viewer, and
 * counts among the co-applicant's overdue tasks on the dashboard once past due; a closed grant's
 * practice tells its applicant, once, that it awaits their consent, with the practice page's link.
 * The users' languages are the demo data's (none set: English).
 */
@ExtendWith(SharedApp.class)
class NotificationRecipientsIT {

    private static final String PROPOSALS = "api/v1/tenants/NP/proposals";
    private static final Pattern OVERDUE_MINE = Pattern.compile("id=\"[^\"]*overdueMine\"[^>]*>(\\d+)</a>");

    @AppUrl
    URL app;

    private final String token = "NR" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();

    /** The user's notifications about the proposal, newest first, as the API lists them. */
    private static List<JsonObject> noticesOf(Api user, long proposalId) {
        Api.Reply list = user.get("api/v1/me/notifications?max=200");
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        return list.array().stream().map(JsonObject.class::cast)
                .filter(n -> n.getJsonNumber("proposalId").longValue() == proposalId).toList();
    }

    private static List<String> kindsAndLinks(List<JsonObject> notices) {
        return notices.stream().map(n -> n.getString("kind") + " " + n.getString("link")).toList();
    }

    /** A grant of np.applicant in two tranches, np.applicant2 invited to it with the role, its first tranche paid. */
    private long grantWithMember(String title, String role) {
        long id = Slice.approvedGrant(app, "NP", title, "400000",
                "{\"modality\":\"DIRECT_CASH_TRANSFER\",\"percentages\":[50,50]}");
        Api.Reply invited = Api.as(app, "np.applicant").post(PROPOSALS + "/" + id + "/members",
                "{\"username\":\"np.applicant2\",\"role\":\"" + role + "\"}");
        assertThat(invited.status()).as(invited.body()).isEqualTo(201);
        Api.Reply released = Slice.complete(Api.as(app, "np.finance"), "NP", GrantLifecycle.RELEASE_TRANCHE, id,
                "{\"amount\":200000,\"date\":\"" + LocalDate.now() + "\",\"reference\":\"" + title.hashCode() + "\"}");
        assertThat(released.status()).as(released.body()).isEqualTo(204);
        return id;
    }

    /** The "of which in your inbox" figure of the user's dashboard. */
    private long overdueMine(String username) {
        Api.Reply page = WebSession.signIn(app, username).get("app/index.xhtml");
        assertThat(page.status()).isEqualTo(200);
        Matcher figure = OVERDUE_MINE.matcher(page.body());
        assertThat(figure.find()).as("the dashboard shows my overdue tasks").isTrue();
        return Long.parseLong(figure.group(1));
    }

    private static void pastDue(String taskId) {
        try (Connection c = Database.connect();
             PreparedStatement s = c.prepareStatement("UPDATE act_ru_task SET due_date_ = now() - interval '1 day' WHERE id_ = ?")) {
            s.setString(1, taskId);
            assertThat(s.executeUpdate()).isEqualTo(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aReportDueReachesTheCoApplicantAndCountsAmongTheirOverdueTasksButNotTheViewers() {
        String sharedTitle = token + " shared";
        long shared = grantWithMember(sharedTitle, "CO_APPLICANT");
        long viewed = grantWithMember(token + " viewed", "VIEWER");
        Api creator = Api.as(app, "np.applicant");
        Api member = Api.as(app, "np.applicant2");
        String sharedReport = Slice.taskFor(creator, "NP", GrantLifecycle.SUBMIT_REPORTS, shared);
        String viewedReport = Slice.taskFor(creator, "NP", GrantLifecycle.SUBMIT_REPORTS, viewed);
        // the advance paid starts its FACE report beside the progress report, also the applicant's
        String sharedFace = Slice.taskFor(creator, "NP", GrantLifecycle.CERTIFY_EXPENDITURE, shared);

        // the co-applicant hears of both, each with its task's link; the viewer hears of nothing
        List<JsonObject> coApplicants = noticesOf(member, shared);
        assertThat(kindsAndLinks(coApplicants)).containsExactlyInAnyOrder(
                "REPORT_DUE /app/task.xhtml?tenant=NP&id=" + sharedReport,
                "TASK_NEW /app/task.xhtml?tenant=NP&id=" + sharedFace);
        JsonObject reportDue = coApplicants.stream().filter(n -> n.getString("kind").equals("REPORT_DUE")).findFirst()
                .orElseThrow();
        assertThat(reportDue.getString("summary"))
                .isEqualTo("Report due: Submit progress and financial report \u2014 " + sharedTitle);
        assertThat(reportDue.getString("tenant")).isEqualTo("NP");
        assertThat(noticesOf(member, viewed)).isEmpty();
        // the creator hears of each report due once
        assertThat(kindsAndLinks(noticesOf(creator, shared))).containsOnlyOnce(
                "REPORT_DUE /app/task.xhtml?tenant=NP&id=" + sharedReport);
        assertThat(kindsAndLinks(noticesOf(creator, viewed))).containsOnlyOnce(
                "REPORT_DUE /app/task.xhtml?tenant=NP&id=" + viewedReport);
        assertThat(Database.count("SELECT COUNT(*) FROM notification WHERE task_id = ?", sharedReport))
                .as("np.applicant and np.applicant2").isEqualTo(2);
        assertThat(Database.count("SELECT COUNT(*) FROM notification WHERE task_id = ?", viewedReport))
                .as("np.applicant alone").isEqualTo(1);

        // past due, the report counts among the co-applicant's overdue tasks, the viewed one does not
        long memberBefore = overdueMine("np.applicant2");
        long creatorBefore = overdueMine("np.applicant");
        pastDue(sharedReport);
        pastDue(viewedReport);
        assertThat(overdueMine("np.applicant2")).isEqualTo(memberBefore + 1);
        assertThat(overdueMine("np.applicant")).isEqualTo(creatorBefore + 2);

        // removed, the co-applicant no longer counts it
        assertThat(creator.delete(PROPOSALS + "/" + shared + "/members/np.applicant2").status()).isEqualTo(204);
        assertThat(overdueMine("np.applicant2")).isEqualTo(memberBefore);
    }

    @Test
    void theApplicantIsToldOnceThatThePracticeOfTheClosedGrantAwaitsTheirConsent() {
        String title = "Practice " + token;
        long practice = ClosedGrants.closedWithPractice(app, "NP", title, "Enrolment desks in every school",
                "Lessons " + token + ": train the teachers first");
        long proposal = Database.count("SELECT proposal_id FROM practice WHERE id = ?", practice);
        Api owner = Api.as(app, "np.applicant");

        List<JsonObject> consent = noticesOf(owner, proposal).stream()
                .filter(n -> n.getString("kind").equals("PRACTICE_AWAITS_CONSENT")).toList();
        assertThat(consent).hasSize(1);
        assertThat(consent.get(0).getString("summary")).isEqualTo("Practice awaiting your consent: " + title);
        assertThat(consent.get(0).getString("link")).isEqualTo("/app/practice.xhtml?id=" + practice);
        assertThat(Database.count("SELECT COUNT(*) FROM notification WHERE proposal_id = ?"
                + " AND kind = 'PRACTICE_AWAITS_CONSENT'", proposal)).as("the applicant alone").isEqualTo(1);

        // the link opens the practice, with the consent form, for its applicant
        Api.Reply page = WebSession.signIn(app, "np.applicant").get("app/practice.xhtml?id=" + practice);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<h1 id=\"practice-title\">" + title + "</h1>").contains("id=\"consent\"");
    }
}
