package org.m4d.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.m4d.grants.workflow.domain.GrantLifecycle;

/**
 * Co-applicants and viewers of a proposal (issue 14, docs/adr/0035) on Payara Micro and PostgreSQL,
 * through the API: the creator invites np.applicant2 as co-applicant on one draft and as viewer on
 * another; the co-applicant edits (the history names them and the fields changed) but does not submit;
 * the viewer may not edit; invitations of a user of another country, an unknown user, the creator,
 * twice, or by the co-applicant are 4xx problem+json with nothing written; the member finds both in
 * their list; an approved grant is read by a viewer invited to it; a removed co-applicant edits no more;
 * a co-applicant files the creator's report task (the report and the engine's history name them), a
 * viewer never sees it, and removal takes the next one away at once.
 */
@ExtendWith(SharedApp.class)
class ProposalMembersIT {

    private static final String PROPOSALS = "api/v1/tenants/NP/proposals";

    @AppUrl
    URL app;

    private final String token = "PM" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();

    private static String draft(String title, String amount) {
        return "{\"title\":\"" + title + "\",\"sector\":\"HEALTH\",\"leadActor\":\"NATIONAL_INSTITUTION\","
                + "\"requestedAmount\":" + amount + "}";
    }

    private long created(Api applicant, String title) {
        Api.Reply created = applicant.post(PROPOSALS, draft(title, "1000"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    private static String invitation(String username, String role) {
        return "{\"username\":\"" + username + "\",\"role\":\"" + role + "\"}";
    }

    private static long rows(String sql, long id) {
        return Database.count(sql, id);
    }

    @Test
    void coApplicantsEditViewersReadAndBadInvitationsWriteNothing() {
        Api creator = Api.as(app, "np.applicant");
        Api member = Api.as(app, "np.applicant2");
        long shared = created(creator, token + " shared");
        long viewed = created(creator, token + " viewed");

        Api.Reply coApplicant = creator.post(PROPOSALS + "/" + shared + "/members", invitation("np.applicant2", "CO_APPLICANT"));
        assertThat(coApplicant.status()).as(coApplicant.body()).isEqualTo(201);
        assertThat(coApplicant.json().getString("username")).isEqualTo("np.applicant2");
        assertThat(coApplicant.json().getString("role")).isEqualTo("CO_APPLICANT");
        assertThat(coApplicant.json().getString("invitedBy")).isEqualTo("np.applicant");
        Api.Reply viewer = creator.post(PROPOSALS + "/" + viewed + "/members", invitation("np.applicant2", "VIEWER"));
        assertThat(viewer.status()).as(viewer.body()).isEqualTo(201);

        // the co-applicant edits: 200, and the history names them with the fields they changed
        Api.Reply edit = member.put(PROPOSALS + "/" + shared, draft(token + " shared and edited", "2500"));
        assertThat(edit.status()).as(edit.body()).isEqualTo(200);
        List<JsonObject> history = edit.json().getJsonArray("history").stream().map(JsonObject.class::cast).toList();
        JsonObject last = history.get(history.size() - 1);
        assertThat(last.getString("action")).isEqualTo("EDITED");
        assertThat(last.getString("actor")).isEqualTo("np.applicant2");
        assertThat(last.getString("detail")).isEqualTo(token + " shared and edited (changed title, requestedAmount)");
        assertThat(history.stream().map(h -> h.getString("action")).toList())
                .containsExactly("CREATED", "MEMBER_INVITED", "EDITED");
        // ... but only the creator submits
        Api.Reply submit = member.post(PROPOSALS + "/" + shared + "/submit", null);
        assertThat(submit.status()).as(submit.body()).isEqualTo(403);
        assertThat(Database.string("SELECT state FROM proposal WHERE id = ?", shared)).isEqualTo("DRAFT");

        // the viewer reads but may not edit
        assertThat(member.get(PROPOSALS + "/" + viewed).status()).isEqualTo(200);
        Api.Reply viewerEdit = member.put(PROPOSALS + "/" + viewed, draft(token + " viewer's edit", "1"));
        assertThat(viewerEdit.status()).as(viewerEdit.body()).isEqualTo(403);
        assertThat(viewerEdit.contentType()).startsWith("application/problem+json");
        assertThat(Database.string("SELECT title FROM proposal WHERE id = ?", viewed)).isEqualTo(token + " viewed");

        // bad invitations: 4xx problem+json, nothing written
        String membersSql = "SELECT COUNT(*) FROM proposal_member WHERE proposal_id = ?";
        String auditSql = "SELECT COUNT(*) FROM audit_entry WHERE subject_type = 'PROPOSAL' AND subject_id = ?";
        long auditBefore = rows(auditSql, shared);
        Map<String, Integer> refused = new LinkedHashMap<>();
        refused.put(invitation("sn.applicant", "VIEWER"), 422);
        refused.put(invitation("np.nobody." + token, "VIEWER"), 422);
        refused.put(invitation("np.focal", "VIEWER"), 422);
        refused.put(invitation("np.applicant", "VIEWER"), 422);
        refused.put(invitation("np.applicant2", "VIEWER"), 409);
        refused.put("{\"username\":\"np.applicant2\"}", 422);
        refused.put(invitation("np.applicant2", "OWNER"), 400);
        refused.forEach((body, status) -> {
            Api.Reply reply = creator.post(PROPOSALS + "/" + shared + "/members", body);
            assertThat(reply.status()).as(body + ": " + reply.body()).isEqualTo(status);
            assertThat(reply.contentType()).as(body).startsWith("application/problem+json");
        });
        Api.Reply foreign = creator.post(PROPOSALS + "/" + shared + "/members", invitation("sn.applicant", "VIEWER"));
        assertThat(foreign.json().getString("detail")).isEqualTo("There is no applicant sn.applicant in this country");
        Api.Reply byMember = member.post(PROPOSALS + "/" + viewed + "/members", invitation("np.applicant2", "CO_APPLICANT"));
        assertThat(byMember.status()).as(byMember.body()).isEqualTo(403);
        assertThat(rows(membersSql, shared)).isEqualTo(1);
        assertThat(rows(membersSql, viewed)).isEqualTo(1);
        assertThat(rows(auditSql, shared)).isEqualTo(auditBefore);
        // another country's user does not see the proposal's members at all
        assertThat(Api.as(app, "sn.applicant").get(PROPOSALS + "/" + shared + "/members").status()).isEqualTo(404);

        // the member finds both proposals in their list, and reads who takes part
        Api.Reply list = member.get(PROPOSALS);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.array().stream().map(JsonObject.class::cast).map(p -> p.getJsonNumber("id").longValue()).toList())
                .contains(shared, viewed);
        Api.Reply members = member.get(PROPOSALS + "/" + shared + "/members");
        assertThat(members.status()).isEqualTo(200);
        assertThat(members.array().stream().map(JsonObject.class::cast).map(m -> m.getString("username") + " "
                + m.getString("role")).toList()).containsExactly("np.applicant2 CO_APPLICANT");

        // the wizard opens for the co-applicant, not for the viewer
        WebSession pages = WebSession.signIn(app, "np.applicant2");
        assertThat(pages.get("app/proposal/edit.xhtml?tenant=NP&id=" + shared).status()).isEqualTo(200);
        assertThat(pages.get("app/proposal/edit.xhtml?tenant=NP&id=" + viewed).status()).isEqualTo(403);

        // removed, the co-applicant edits no more; removing again is not found
        assertThat(creator.delete(PROPOSALS + "/" + shared + "/members/np.applicant2").status()).isEqualTo(204);
        assertThat(creator.delete(PROPOSALS + "/" + shared + "/members/np.applicant2").status()).isEqualTo(404);
        Api.Reply late = member.put(PROPOSALS + "/" + shared, draft(token + " late edit", "1"));
        assertThat(late.status()).as(late.body()).isEqualTo(403);
        assertThat(rows(membersSql, shared)).isZero();
    }

    @Test
    void aViewerReadsTheGrantOfTheProposalAsItsCreatorDoes() {
        long granted = Slice.approvedGrant(app, "NP", token + " granted", "50000");
        Api member = Api.as(app, "np.applicant2");
        assertThat(member.get(PROPOSALS + "/" + granted + "/grant").status()).isEqualTo(403);

        Api.Reply invited = Api.as(app, "np.coordinator").post(PROPOSALS + "/" + granted + "/members",
                invitation("np.applicant2", "VIEWER"));
        assertThat(invited.status()).as(invited.body()).isEqualTo(201);
        assertThat(invited.json().getString("invitedBy")).isEqualTo("np.coordinator");

        Api.Reply grant = member.get(PROPOSALS + "/" + granted + "/grant");
        assertThat(grant.status()).as(grant.body()).isEqualTo(200);
        assertThat(grant.json().getJsonNumber("approvedAmount").bigDecimalValue())
                .isEqualByComparingTo(new java.math.BigDecimal("50000"));

        // the proposal page's People part: the member for everybody who reads it, the form for the coordinator
        String page = "app/proposal/view.xhtml?tenant=NP&id=" + granted;
        Api.Reply asCoordinator = WebSession.signIn(app, "np.coordinator").get(page);
        assertThat(asCoordinator.status()).isEqualTo(200);
        assertThat(asCoordinator.body()).contains("<td class=\"member\">np.applicant2</td>")
                .contains("id=\"invite:submitInvite\"").contains("id=\"members:rows:0:remove\"");
        Api.Reply asViewer = WebSession.signIn(app, "np.applicant2").get(page);
        assertThat(asViewer.status()).isEqualTo(200);
        assertThat(asViewer.body()).contains("<td class=\"member\">np.applicant2</td>")
                .doesNotContain("invite:submitInvite").doesNotContain("members:rows:0:remove");
    }

    /** The proposal's open task of a kind in the user's inbox of that kind; null when it is not there. */
    private static String inboxTask(Api user, String key, long proposalId) {
        Api.Reply inbox = user.get("api/v1/tenants/NP/tasks?key=" + key + "&max=200");
        assertThat(inbox.status()).as(inbox.body()).isEqualTo(200);
        return inbox.array().stream().map(JsonObject.class::cast)
                .filter(t -> t.getJsonNumber("proposalId").longValue() == proposalId)
                .map(t -> t.getString("id")).findFirst().orElse(null);
    }

    @Test
    void aCoApplicantFilesTheCreatorsReportAndAViewerNeverSeesTheTask() {
        long id = Slice.approvedGrant(app, "NP", token + " reported", "400000",
                "{\"modality\":\"DIRECT_CASH_TRANSFER\",\"percentages\":[50,50]}");
        Api creator = Api.as(app, "np.applicant");
        Api coordinator = Api.as(app, "np.coordinator");
        Api finance = Api.as(app, "np.finance");
        Api member = Api.as(app, "np.applicant2");
        String today = java.time.LocalDate.now().toString();
        assertThat(Slice.complete(finance, "NP", GrantLifecycle.RELEASE_TRANCHE, id, "{\"amount\":200000,\"date\":\""
                + today + "\",\"reference\":\"" + token + "-1\"}").status()).isEqualTo(204);
        String report = Slice.taskFor(creator, "NP", GrantLifecycle.SUBMIT_REPORTS, id);
        String task = "api/v1/tenants/NP/tasks/" + report;
        String reports = "{\"narrative\":\"" + token + " desk open\",\"periodStart\":\"2026-01-01\",\"periodEnd\":\""
                + today + "\",\"expenditure\":150000}";

        // a viewer reads the grant but never sees the task: not in the inbox, 404 to open or complete it
        assertThat(coordinator.post(PROPOSALS + "/" + id + "/members", invitation("np.applicant2", "VIEWER")).status())
                .isEqualTo(201);
        assertThat(inboxTask(member, GrantLifecycle.SUBMIT_REPORTS, id)).isNull();
        assertThat(member.get(task).status()).isEqualTo(404);
        Api.Reply byViewer = member.post(task + "/complete", reports);
        assertThat(byViewer.status()).as(byViewer.body()).isEqualTo(404);
        assertThat(byViewer.contentType()).startsWith("application/problem+json");
        // nor does anybody of another country
        assertThat(Api.as(app, "sn.applicant").get(task).status()).isEqualTo(404);
        assertThat(Api.as(app, "sn.applicant").post(task + "/complete", reports).status()).isEqualTo(404);

        // as co-applicant, they find it in their inbox, open it, and file the report under their own name
        assertThat(coordinator.delete(PROPOSALS + "/" + id + "/members/np.applicant2").status()).isEqualTo(204);
        assertThat(coordinator.post(PROPOSALS + "/" + id + "/members", invitation("np.applicant2", "CO_APPLICANT"))
                .status()).isEqualTo(201);
        assertThat(inboxTask(member, GrantLifecycle.SUBMIT_REPORTS, id)).isEqualTo(report);
        Api.Reply opened = member.get(task);
        assertThat(opened.status()).as(opened.body()).isEqualTo(200);
        assertThat(opened.json().getString("assignee")).isEqualTo("np.applicant");
        WebSession pages = WebSession.signIn(app, "np.applicant2");
        Api.Reply form = pages.get("app/task.xhtml?id=" + report);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("<h1 id=\"task-name\">Submit progress and financial report</h1>");
        assertThat(pages.get("app/inbox.xhtml").body()).contains("task.xhtml?id=" + report + "\"");
        // same validation as for the creator: too much spent is refused and nothing is recorded
        Api.Reply tooMuch = member.post(task + "/complete", reports.replace("150000", "200000.01"));
        assertThat(tooMuch.status()).as(tooMuch.body()).isEqualTo(422);
        String reportsSql = "SELECT COUNT(*) FROM report r JOIN grant_agreement g ON g.id = r.grant_id WHERE g.proposal_id = ?";
        assertThat(rows(reportsSql, id)).isZero();
        Api.Reply filed = member.post(task + "/complete", reports);
        assertThat(filed.status()).as(filed.body()).isEqualTo(204);
        assertThat(Database.string("SELECT r.submitted_by FROM report r JOIN grant_agreement g ON g.id = r.grant_id"
                + " WHERE g.proposal_id = ?", id)).isEqualTo("np.applicant2");
        assertThat(Database.string("SELECT assignee_ FROM act_hi_taskinst WHERE id_ = ?", report))
                .isEqualTo("np.applicant2");
        assertThat(Database.string("SELECT actor FROM audit_entry WHERE subject_type = 'PROPOSAL' AND subject_id = ?"
                + " AND action = 'REPORTS_SUBMITTED'", id)).isEqualTo("np.applicant2");
        assertThat(inboxTask(creator, GrantLifecycle.SUBMIT_REPORTS, id)).isNull();

        // the next applicant task (the second tranche's advance) is theirs too, until they are removed
        assertThat(Slice.complete(coordinator, "NP", GrantLifecycle.VERIFY_PROGRESS_REPORT, id, "{\"accepted\":true}")
                .status()).isEqualTo(204);
        assertThat(Slice.complete(finance, "NP", GrantLifecycle.VERIFY_FINANCIAL_REPORT, id, "{\"accepted\":true}")
                .status()).isEqualTo(204);
        String advance = Slice.taskFor(creator, "NP", GrantLifecycle.REQUEST_ADVANCE, id);
        assertThat(inboxTask(member, GrantLifecycle.REQUEST_ADVANCE, id)).isEqualTo(advance);
        assertThat(creator.delete(PROPOSALS + "/" + id + "/members/np.applicant2").status()).isEqualTo(204);
        assertThat(inboxTask(member, GrantLifecycle.REQUEST_ADVANCE, id)).isNull();
        assertThat(member.get("api/v1/tenants/NP/tasks/" + advance).status()).isEqualTo(404);
        assertThat(creator.get("api/v1/tenants/NP/tasks/" + advance).status()).isEqualTo(200);
    }
}
