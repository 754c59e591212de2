package org.m4d.grants.notification.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.m4d.grants.audit.application.RecordedAudit;
import org.m4d.grants.grant.application.DisbursementRecorded;
import org.m4d.grants.grant.application.GrantClosed;
import org.m4d.grants.grant.application.ReportReturned;
import org.m4d.grants.identity.application.Directory;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.identity.domain.UserAccount;
import org.m4d.grants.notification.domain.DeliveryMode;
import org.m4d.grants.notification.domain.Notification;
import org.m4d.grants.notification.domain.NotificationKind;
import org.m4d.grants.platform.application.TenantContext;
import org.m4d.grants.platform.domain.Agency;
import org.m4d.grants.practice.application.PracticeAwaitingConsent;
import org.m4d.grants.proposal.application.HistoryKind;
import org.m4d.grants.proposal.application.ProposalDecided;
import org.m4d.grants.proposal.application.Proposals;
import org.m4d.grants.proposal.domain.MemberRole;
import org.m4d.grants.proposal.domain.ProposalMember;
import org.m4d.grants.proposal.domain.LeadActor;
import org.m4d.grants.tenancy.application.CountryTime;
import org.m4d.grants.testing.SignedInUser;
import org.m4d.grants.testing.Wiring;
import org.m4d.grants.workflow.application.FakeWorkflow;
import org.m4d.grants.workflow.application.TaskDeadline;
import org.m4d.grants.workflow.application.TaskNotice;
import org.m4d.grants.workflow.domain.OpenTask;
import org.m4d.grants.testing.InMemoryProposalMembers;
import org.m4d.grants.testing.InMemoryUsers;

/**
 * Who hears of what, and how: the task's holder or its groups' members (less the excluded and the
 * one who acted), and for the applicant's reporting tasks the proposal's co-applicants (never its
 * viewers), coordinators or the programme unit for an escalation, the applicant for decisions and
 * their grant and the practice it leaves; a mail per preference, none without an address; what the
 * timers sent to whom in the proposal's history. Nepal, proposal 13 of np.applicant.
 */
class NotificationsTest {

    private final TenantContext context = new TenantContext();
    private final TenantContext.Scope nepal = context.enter("NP");
    private final SignedInUser user = new SignedInUser();
    private final InMemoryUsers users = new InMemoryUsers(context::current);
    private final List<MailDraft> mails = new ArrayList<>();
    private final List<Notification> stored = new ArrayList<>();
    private final Map<String, DeliveryMode> chosen = new HashMap<>();
    private final RecordedAudit audit = new RecordedAudit();
    private final FakeWorkflow workflow = new FakeWorkflow(context, user);
    private final Notifier notifier = new Notifier();
    private final TaskNotices tasks = new TaskNotices();
    private final CaseNotices cases = new CaseNotices();
    private final DueSoonReminders dueSoon = new DueSoonReminders();
    private final InMemoryProposalMembers members = new InMemoryProposalMembers(context);
    private final java.util.Set<String> marked = new java.util.HashSet<>();

    NotificationsTest() {
        account("np.coordinator", "fr", "coordinator@np.example.org", Role.COORDINATOR, "NP");
        account("np.coordinator2", "en", null, Role.COORDINATOR, "NP");
        account("sn.coordinator", "fr", "coordinator@sn.example.org", Role.COORDINATOR, "SN");
        account("np.applicant", "es", "applicant@np.example.org", Role.APPLICANT, "NP");
        account("np.reviewer.undp", "en", "undp@np.example.org", Role.REVIEWER, "NP");
        account("np.reviewer.undp2", "en", "undp2@np.example.org", Role.REVIEWER, "NP");
        account("pmu", "en", "pmu@example.org", Role.PMU, null);
        Proposals proposals = new Proposals();
        proposals.submitted(13, LeadActor.OTHER);

        Directory directory = Wiring.set(new Directory(), Directory.class, "users", users);
        Recipients recipients = new Recipients();
        recipients.directory = directory;
        recipients.user = user;
        recipients.members = members;
        notifier.preferences = (username, kind) -> chosen.getOrDefault(username + " " + kind, kind.byDefault());
        notifier.mails = draft -> {
            mails.add(draft);
            return mails.size();
        };
        notifier.store = stored::add;
        notifier.time = new CountryTime() {
            @Override
            public ZoneId zone(String tenant) {
                return ZoneId.of("Asia/Kathmandu");
            }

            @Override
            public Duration reminderLead(String tenant) {
                return Duration.ofDays(2);
            }
        };
        notifier.publicUrl = "https://grants.example.org";
        notifier.switchedOn = "on";
        notifier.init();
        tasks.notifier = notifier;
        tasks.recipients = recipients;
        tasks.proposals = proposals;
        tasks.workflow = workflow;
        tasks.audit = audit;
        cases.notifier = notifier;
        cases.recipients = recipients;
        cases.proposals = proposals;
        dueSoon.workflow = workflow;
        dueSoon.time = notifier.time;
        dueSoon.reminders = (taskId, tenant, now) -> marked.add(taskId);
        dueSoon.notifier = notifier;
        dueSoon.recipients = recipients;
        dueSoon.proposals = proposals;
        dueSoon.context = context;
    }

    @AfterEach
    void leave() {
        nepal.close();
    }

    private void account(String username, String language, String email, Role role, String tenant) {
        UserAccount account = new UserAccount(username, username.toUpperCase(), "-");
        account.grant(role, tenant, role == Role.REVIEWER ? Agency.UNDP : null);
        account.chooseLanguage(language);
        account.changeEmail(email);
        users.store(account);
    }

    private void invite(String username, MemberRole role) {
        members.store(new ProposalMember(13, username, role, "np.applicant", Instant.parse("2026-11-29T10:00:00Z")));
    }

    /** np.applicant2 co-applicant, np.applicant3 viewer, np.former co-applicant who is no applicant any more. */
    private void membersOfProposal13() {
        account("np.applicant2", "en", "applicant2@np.example.org", Role.APPLICANT, "NP");
        account("np.applicant3", "en", "applicant3@np.example.org", Role.APPLICANT, "NP");
        account("np.former", "en", "former@np.example.org", Role.NATIONAL_FOCAL_POINT, "NP");
        invite("np.applicant2", MemberRole.CO_APPLICANT);
        invite("np.applicant3", MemberRole.VIEWER);
        invite("np.former", MemberRole.CO_APPLICANT);
    }

    private static OpenTask applicantTask(String id, String key, String name, String assignee, Instant due) {
        return new OpenTask(id, key, name, 13, assignee, List.of(), List.of(), due);
    }

    private static OpenTask screening(String assignee) {
        return new OpenTask("t-1", "screenEligibility", "Screen eligibility", 13, assignee, List.of("NP-coordinator"),
                List.of(), Instant.parse("2026-12-03T10:00:00Z"));
    }

    @Test
    void aNewGroupTaskTellsEveryMemberOfTheCountryButTheOneWhoActed() {
        user.as("np.coordinator2", "NP", Role.COORDINATOR);

        tasks.taskChanged(new TaskNotice(TaskNotice.Kind.CREATED, "NP", screening(null)));

        assertThat(stored).extracting(Notification::recipient, Notification::kind, Notification::taskId,
                Notification::link, Notification::mail).containsExactly(tuple("np.coordinator", NotificationKind.TASK_NEW,
                "t-1", "/app/task.xhtml?tenant=NP&id=t-1", Notification.Mail.QUEUED));
        assertThat(stored.get(0).summary()).isEqualTo("Nouvelle t\u00e2che\u00a0: Examen d'\u00e9ligibilit\u00e9"
                + " \u2014 Skills recognition for returnees");
        assertThat(mails).extracting(MailDraft::tenantId, MailDraft::recipient, MailDraft::address, MailDraft::subject)
                .containsExactly(tuple("NP", "np.coordinator", "coordinator@np.example.org", stored.get(0).summary()));
    }

    @Test
    void aUserWithoutAnAddressGetsTheInAppLineOnly() {
        user.as("np.applicant", "NP", Role.APPLICANT);

        tasks.taskChanged(new TaskNotice(TaskNotice.Kind.CREATED, "NP", screening(null)));

        assertThat(stored).extracting(Notification::recipient, Notification::mail).containsExactly(
                tuple("np.coordinator", Notification.Mail.QUEUED), tuple("np.coordinator2", Notification.Mail.NONE));
        assertThat(mails).extracting(MailDraft::recipient).containsExactly("np.coordinator");
    }

    @Test
    void preferencesDecideTheMailNotTheInAppLine() {
        chosen.put("np.coordinator " + NotificationKind.TASK_NEW, DeliveryMode.NONE);
        chosen.put("np.applicant " + NotificationKind.PROPOSAL_APPROVED, DeliveryMode.DIGEST);

        tasks.taskChanged(new TaskNotice(TaskNotice.Kind.CREATED, "NP", screening(null)));
        cases.decided(new ProposalDecided("NP", 13, ProposalDecided.Outcome.APPROVED, null, "pmu"));

        assertThat(stored).extracting(Notification::recipient, Notification::kind, Notification::mail).containsExactly(
                tuple("np.coordinator", NotificationKind.TASK_NEW, Notification.Mail.NONE),
                tuple("np.coordinator2", NotificationKind.TASK_NEW, Notification.Mail.NONE),
                tuple("np.applicant", NotificationKind.PROPOSAL_APPROVED, Notification.Mail.DIGEST_PENDING));
        assertThat(mails).isEmpty();
    }

    @Test
    void aClaimByTheUserIsNoNewsButAHandOverIs() {
        user.as("np.coordinator", "NP", Role.COORDINATOR);
        tasks.taskChanged(new TaskNotice(TaskNotice.Kind.ASSIGNED, "NP", screening("np.coordinator")));
        assertThat(stored).isEmpty();

        user.as("np.coordinator2", "NP", Role.COORDINATOR);
        tasks.taskChanged(new TaskNotice(TaskNotice.Kind.ASSIGNED, "NP", screening("np.coordinator")));
        assertThat(stored).extracting(Notification::recipient, Notification::kind)
                .containsExactly(tuple("np.coordinator", NotificationKind.TASK_ASSIGNED));
    }

    @Test
    void aReofferedReviewSkipsTheReviewerWhoDeclaredAConflict() {
        tasks.taskChanged(new TaskNotice(TaskNotice.Kind.CREATED, "NP", new OpenTask("t-2", "declareConflictOfInterest",
                "Declare conflict of interest", 13, null, List.of("NP-reviewer-UNDP"), List.of("np.reviewer.undp"), null)));

        assertThat(stored).extracting(Notification::recipient).containsExactly("np.reviewer.undp2");
    }

    @Test
    void reportsDueGoToTheApplicantAndARevisionIsToldByItsDecisionOnly() {
        tasks.taskChanged(new TaskNotice(TaskNotice.Kind.CREATED, "NP", new OpenTask("t-3", "submitReports",
                "Submit progress and financial report", 13, "np.applicant", List.of(), List.of(), null)));
        tasks.taskChanged(new TaskNotice(TaskNotice.Kind.CREATED, "NP", new OpenTask("t-4", "reviseProposal",
                "Revise proposal", 13, "np.applicant", List.of(), List.of(), null)));

        assertThat(stored).extracting(Notification::recipient, Notification::kind)
                .containsExactly(tuple("np.applicant", NotificationKind.REPORT_DUE));
        assertThat(mails.get(0).subject()).isEqualTo("Informe pendiente: Presentar informes de avance y financiero"
                + " \u2014 Skills recognition for returnees");
    }

    @Test
    void aReportDueReachesTheCreatorAndEachCoApplicantAsEachPrefersButNoViewerNorAFormerApplicant() {
        membersOfProposal13();
        chosen.put("np.applicant2 " + NotificationKind.REPORT_DUE, DeliveryMode.DIGEST);

        tasks.taskChanged(new TaskNotice(TaskNotice.Kind.CREATED, "NP", applicantTask("t-3", "submitReports",
                "Submit progress and financial report", "np.applicant", null)));

        assertThat(stored).extracting(Notification::recipient, Notification::kind, Notification::taskId,
                Notification::link, Notification::mail).containsExactly(
                tuple("np.applicant", NotificationKind.REPORT_DUE, "t-3", "/app/task.xhtml?tenant=NP&id=t-3",
                        Notification.Mail.QUEUED),
                tuple("np.applicant2", NotificationKind.REPORT_DUE, "t-3", "/app/task.xhtml?tenant=NP&id=t-3",
                        Notification.Mail.DIGEST_PENDING));
        assertThat(stored.get(1).summary()).isEqualTo("Report due: Submit progress and financial report"
                + " \u2014 Skills recognition for returnees");
        assertThat(mails).extracting(MailDraft::recipient).containsExactly("np.applicant");
    }

    @Test
    void aCoApplicantWhoActedHearsNothingOfTheNextTaskAndTheCreatorOnce() {
        membersOfProposal13();
        user.as("np.applicant2", "NP", Role.APPLICANT);

        tasks.taskChanged(new TaskNotice(TaskNotice.Kind.CREATED, "NP", applicantTask("t-10", "requestAdvance",
                "Request advance (FACE)", "np.applicant", null)));

        assertThat(stored).extracting(Notification::recipient, Notification::kind)
                .containsExactly(tuple("np.applicant", NotificationKind.TASK_NEW));
    }

    @Test
    void onlyTheApplicantsReportingTasksHeldByTheCreatorReachTheCoApplicants() {
        membersOfProposal13();
        workflow.hold(applicantTask("t-11", "reviseProposal", "Revise proposal", "np.applicant", null));
        workflow.hold(applicantTask("t-12", "requestPayment", "Request direct payment", "np.applicant3", null));

        tasks.deadlinePassed(new TaskDeadline("NP", 13, "reviseProposal", TaskDeadline.Stage.OVERDUE));
        tasks.deadlinePassed(new TaskDeadline("NP", 13, "requestPayment", TaskDeadline.Stage.OVERDUE));

        assertThat(stored).extracting(Notification::recipient, Notification::taskId).as("the revision stays the"
                + " creator's; a task handed to someone else is theirs alone").containsExactly(
                tuple("np.applicant", "t-11"), tuple("np.applicant3", "t-12"));
    }

    @Test
    void anOverdueReportRemindsTheCreatorAndTheCoApplicantsAndTheHistorySaysWhom() {
        membersOfProposal13();
        workflow.hold(applicantTask("t-13", "submitReports", "Submit progress and financial report", "np.applicant",
                null));

        tasks.deadlinePassed(new TaskDeadline("NP", 13, "submitReports", TaskDeadline.Stage.OVERDUE));

        assertThat(stored).extracting(Notification::recipient, Notification::kind).containsExactly(
                tuple("np.applicant", NotificationKind.TASK_OVERDUE), tuple("np.applicant2", NotificationKind.TASK_OVERDUE));
        assertThat(audit.entries).extracting(RecordedAudit.Entry::action, RecordedAudit.Entry::detail).containsExactly(
                tuple("REPORT_OVERDUE", "Reminder sent to np.applicant, np.applicant2: Submit progress and financial report"
                        + " overdue"));
    }

    @Test
    void aReportDueSoonRemindsTheCreatorAndTheCoApplicantsOnce() {
        membersOfProposal13();
        Instant now = Instant.parse("2026-12-01T06:00:00Z");
        workflow.hold(applicantTask("t-14", "certifyExpenditure", "Certify expenditure (FACE)", "np.applicant",
                now.plus(Duration.ofDays(1))));

        assertThat(dueSoon.remindIn("NP", now)).isEqualTo(1);
        assertThat(dueSoon.remindIn("NP", now.plus(Duration.ofMinutes(15)))).as("a second run").isZero();

        assertThat(stored).extracting(Notification::recipient, Notification::kind, Notification::taskId, Notification::mail)
                .containsExactly(
                        tuple("np.applicant", NotificationKind.TASK_DUE_SOON, "t-14", Notification.Mail.DIGEST_PENDING),
                        tuple("np.applicant2", NotificationKind.TASK_DUE_SOON, "t-14", Notification.Mail.DIGEST_PENDING));
    }

    @Test
    void theApplicantIsToldThatThePracticeOfTheClosedGrantAwaitsTheirConsent() {
        membersOfProposal13();

        cases.awaitsConsent(new PracticeAwaitingConsent("NP", 13, 7, "np.applicant", "np.coordinator"));

        assertThat(stored).extracting(Notification::recipient, Notification::kind, Notification::proposalId,
                Notification::link).containsExactly(tuple("np.applicant", NotificationKind.PRACTICE_AWAITS_CONSENT, 13L,
                "/app/practice.xhtml?id=7"));
        assertThat(stored.get(0).summary()).isEqualTo("Pr\u00e1ctica a la espera de su consentimiento:"
                + " Skills recognition for returnees");
        assertThat(mails).extracting(MailDraft::address, MailDraft::subject).containsExactly(
                tuple("applicant@np.example.org", stored.get(0).summary()));
        assertThat(mails.get(0).text()).contains("Abrirla en M4D Grants: https://grants.example.org/app/practice.xhtml?id=7\n");
    }

    @Test
    void theApplicantHearsOfDecisionsDisbursementsReturnedReportsAndTheClosure() {
        cases.decided(new ProposalDecided("NP", 13, ProposalDecided.Outcome.RETURNED, "Budget lines missing",
                "np.coordinator"));
        cases.decided(new ProposalDecided("NP", 13, ProposalDecided.Outcome.REJECTED, "Out of scope", "np.coordinator"));
        cases.disbursed(new DisbursementRecorded("NP", 13, 1, "np.finance"));
        cases.reportReturned(new ReportReturned("NP", 13, 2, "Attach the bank statement", "np.finance"));
        cases.closed(new GrantClosed("NP", 13, "np.coordinator"));

        assertThat(stored).extracting(Notification::recipient, Notification::kind, Notification::link).containsExactly(
                tuple("np.applicant", NotificationKind.PROPOSAL_RETURNED, "/app/proposal/view.xhtml?tenant=NP&id=13"),
                tuple("np.applicant", NotificationKind.PROPOSAL_REJECTED, "/app/proposal/view.xhtml?tenant=NP&id=13"),
                tuple("np.applicant", NotificationKind.DISBURSEMENT_RECORDED, "/app/proposal/view.xhtml?tenant=NP&id=13"),
                tuple("np.applicant", NotificationKind.REPORT_RETURNED, "/app/proposal/view.xhtml?tenant=NP&id=13"),
                tuple("np.applicant", NotificationKind.GRANT_CLOSED, "/app/proposal/view.xhtml?tenant=NP&id=13"));
        assertThat(mails.get(0).text()).contains("Motivo o nota: Budget lines missing\n");
        assertThat(mails.get(3).text()).contains("Motivo o nota: Attach the bank statement\n");
    }

    @Test
    void anOverdueTaskRemindsItsPeopleAndTheHistorySaysWhom() {
        workflow.hold(screening(null));
        workflow.hold(new OpenTask("t-9", "reviseProposal", "Revise proposal", 13, "np.applicant", List.of(), List.of(),
                null));

        tasks.deadlinePassed(new TaskDeadline("NP", 13, "screenEligibility", TaskDeadline.Stage.OVERDUE));

        assertThat(stored).extracting(Notification::recipient, Notification::kind).containsExactly(
                tuple("np.coordinator", NotificationKind.TASK_OVERDUE), tuple("np.coordinator2", NotificationKind.TASK_OVERDUE));
        assertThat(audit.entries).containsExactly(new RecordedAudit.Entry("system", "SCREENING_OVERDUE", "PROPOSAL", 13,
                "SUBMITTED", "SUBMITTED", "Reminder sent to np.coordinator, np.coordinator2: Screen eligibility overdue"));
    }

    @Test
    void anEscalationGoesToTheCoordinatorsOrToThePmuWhenTheLateTaskIsTheirs() {
        workflow.hold(new OpenTask("t-5", "approveGrant", "Approve grant", 13, null, List.of("NP-finance"), List.of(),
                null));
        workflow.hold(new OpenTask("t-6", "closeGrant", "Close grant", 13, "np.coordinator", List.of("NP-coordinator"),
                List.of(), null));

        tasks.deadlinePassed(new TaskDeadline("NP", 13, "approveGrant", TaskDeadline.Stage.ESCALATION));
        tasks.deadlinePassed(new TaskDeadline("NP", 13, "closeGrant", TaskDeadline.Stage.ESCALATION));

        assertThat(stored).extracting(Notification::recipient, Notification::kind, Notification::taskId).containsExactly(
                tuple("np.coordinator", NotificationKind.TASK_ESCALATED, "t-5"),
                tuple("np.coordinator2", NotificationKind.TASK_ESCALATED, "t-5"),
                tuple("pmu", NotificationKind.TASK_ESCALATED, "t-6"));
        assertThat(audit.entries).extracting(RecordedAudit.Entry::action, RecordedAudit.Entry::detail).containsExactly(
                tuple("TASK_ESCALATED", "Escalation sent to np.coordinator, np.coordinator2: Approve grant overdue"),
                tuple("TASK_ESCALATED", "Escalation sent to pmu: Close grant overdue"));
        assertThat(List.of(HistoryKind.of("TASK_ESCALATED"), HistoryKind.of("TASK_OVERDUE")))
                .as("names of recipients are for those who oversee").containsOnly(HistoryKind.FOLLOW_UP);
    }

    @Test
    void aTaskDueWithinTheLeadIsRemindedOfOnceAndNeitherALaterNorAnOverdueOne() {
        Instant now = Instant.parse("2026-12-01T06:00:00Z");
        workflow.hold(new OpenTask("t-7", "approveGrant", "Approve grant", 13, null, List.of("NP-coordinator"), List.of(),
                now.plus(Duration.ofDays(1))));
        workflow.hold(new OpenTask("t-8", "releaseTranche", "Release tranche", 13, null, List.of("NP-coordinator"),
                List.of(), now.plus(Duration.ofDays(3))));
        workflow.hold(new OpenTask("t-9", "closeGrant", "Close grant", 13, null, List.of("NP-coordinator"), List.of(),
                now.minus(Duration.ofHours(1))));

        assertThat(dueSoon.remindIn("NP", now)).isEqualTo(1);
        assertThat(dueSoon.remindIn("NP", now.plus(Duration.ofMinutes(15)))).as("a second run").isZero();

        assertThat(stored).extracting(Notification::recipient, Notification::kind, Notification::taskId, Notification::mail)
                .containsExactly(tuple("np.coordinator", NotificationKind.TASK_DUE_SOON, "t-7", Notification.Mail.DIGEST_PENDING),
                        tuple("np.coordinator2", NotificationKind.TASK_DUE_SOON, "t-7", Notification.Mail.NONE));
        assertThat(stored.get(0).summary()).isEqualTo("Échéance proche : Approuver la subvention"
                + " — Skills recognition for returnees");
    }

    @Test
    void switchedOffNothingIsWrittenOrSentAndTheHistorySaysSo() {
        notifier.switchedOn = "off";
        workflow.hold(screening(null));

        tasks.taskChanged(new TaskNotice(TaskNotice.Kind.CREATED, "NP", screening(null)));
        cases.decided(new ProposalDecided("NP", 13, ProposalDecided.Outcome.APPROVED, null, "pmu"));
        tasks.deadlinePassed(new TaskDeadline("NP", 13, "screenEligibility", TaskDeadline.Stage.OVERDUE));

        assertThat(stored).isEmpty();
        assertThat(mails).isEmpty();
        assertThat(audit.entries).extracting(RecordedAudit.Entry::detail)
                .containsExactly("Notifications are off: Screen eligibility overdue");
    }
}
