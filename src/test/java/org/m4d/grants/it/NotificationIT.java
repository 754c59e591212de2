package org.m4d.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.m4d.grants.it.probe.NoticeProbe;
import org.m4d.grants.it.probe.NoticeProbeWork;
import org.m4d.grants.it.probe.PersistenceProbe;
import org.m4d.grants.it.probe.TxProbeResource;
import org.m4d.grants.it.probe.TxProbeSteps;
import org.m4d.grants.it.probe.TxProbeWork;
import org.m4d.grants.workflow.domain.GrantLifecycle;

/**
 * Notifications on Payara Micro and PostgreSQL, mailed through the outbox to a real SMTP server
 * ({@link MailServer}): the events of real steps reach the right people in their language with the
 * task's link, the timers' reminders say in the history whom they told, and a step that rolls back
 * tells nobody. Each test gives the Nepalese users it needs fresh addresses and languages, and puts
 * back what they had.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("probes")
class NotificationIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String[] USERS = {"np.coordinator", "np.coordinator2", "np.applicant"};

    @Deployment(testable = false)
    static WebArchive app() {
        return Deployments.app()
                .addClasses(NoticeProbe.class, NoticeProbeWork.class, TxProbeResource.class, TxProbeSteps.class, TxProbeWork.class,
                        PersistenceProbe.class)
                .addAsResource("it-probe/tx-probe.bpmn");
    }

    @ArquillianResource
    URL app;

    private final Map<String, String[]> before = new LinkedHashMap<>();
    private final Map<String, String> address = new LinkedHashMap<>();

    @BeforeEach
    void addressesAndLanguages() {
        for (String user : USERS) {
            before.put(user, new String[] {
                    Database.string("SELECT email FROM user_account WHERE username = ?", user),
                    Database.string("SELECT language FROM user_account WHERE username = ?", user)});
        }
        reach("np.coordinator", "fr");
        reach("np.coordinator2", "en");
        reach("np.applicant", "es");
    }

    @AfterEach
    void putBack() {
        before.forEach((user, was) -> update(user, was[0], was[1]));
    }

    @Test
    void aSubmissionMailsEachCoordinatorInTheirLanguageWithTheTasksLinkAndNotTheApplicant() throws Exception {
        String title = "Notices " + UUID.randomUUID().toString().substring(0, 8);
        long proposal = Slice.submittedProposal(app, "NP", title, "1000");
        String task = Database.string("SELECT t.id_ FROM act_ru_task t JOIN act_ru_execution e ON e.id_ = t.proc_inst_id_"
                + " WHERE e.business_key_ = ? AND t.task_def_key_ = ?", Long.toString(proposal), GrantLifecycle.SCREEN_ELIGIBILITY);

        MimeMessage french = MailServer.awaitFor(address.get("np.coordinator"), 1, WAIT).get(0);
        MimeMessage english = MailServer.awaitFor(address.get("np.coordinator2"), 1, WAIT).get(0);

        assertThat(french.getRecipients(Message.RecipientType.TO))
                .containsExactly(new InternetAddress(address.get("np.coordinator")));
        assertThat(french.getSubject()).isEqualTo("Nouvelle t\u00e2che\u00a0: Examen d'\u00e9ligibilit\u00e9 \u2014 " + title);
        assertThat(english.getSubject()).isEqualTo("New task: Screen eligibility \u2014 " + title);
        String text = text(english);
        String name = Database.string("SELECT display_name FROM user_account WHERE username = ?", "np.coordinator2");
        assertThat(text).startsWith("Hello " + name + ",\n\nA new task is waiting for you or your group: Screen eligibility,"
                + " on the proposal \"" + title + "\".\n");
        assertThat(text).contains("\nOpen it in M4D Grants: " + MailServer.PUBLIC_URL + "app/task.xhtml?tenant=NP&id=" + task + "\n");
        assertThat(text).endsWith("Choose which mails you receive: " + MailServer.PUBLIC_URL + "app/preferences.xhtml\n");
        assertThat(text).doesNotContain("1000");
        assertThat(MailServer.receivedBy(address.get("np.applicant"))).as("the one who acted").isEmpty();
        assertThat(Database.count("SELECT COUNT(*) FROM notification WHERE proposal_id = ? AND kind = 'TASK_NEW'"
                + " AND task_id = ? AND link = ? AND mail = 'QUEUED'", proposal, task, "/app/task.xhtml?tenant=NP&id=" + task))
                .isEqualTo(2);
        assertThat(Database.count("SELECT COUNT(*) FROM notification WHERE proposal_id = ? AND recipient = 'np.applicant'",
                proposal)).isZero();
    }

    @Test
    void aCoordinatorWhoWantsNoMailOfNewTasksGetsNoneAndStillSeesItInTheList() throws Exception {
        Api quiet = Api.as(app, "np.coordinator2");
        Api.Reply chosen = quiet.put("api/v1/me/notification-preferences",
                "{\"preferences\":[{\"kind\":\"TASK_NEW\",\"mode\":\"NONE\"}]}");
        assertThat(chosen.status()).as(chosen.body()).isEqualTo(200);
        try {
            String title = "Quiet " + UUID.randomUUID().toString().substring(0, 8);
            long proposal = Slice.submittedProposal(app, "NP", title, "1000");

            assertThat(MailServer.awaitFor(address.get("np.coordinator"), 1, WAIT)).hasSize(1);
            // both lines were written in the submission's transaction; the sender polls every second
            Thread.sleep(3_000);
            assertThat(MailServer.receivedBy(address.get("np.coordinator2"))).isEmpty();
            assertThat(Database.string("SELECT mail FROM notification WHERE proposal_id = ? AND kind = 'TASK_NEW'"
                    + " AND recipient = 'np.coordinator2'", proposal)).isEqualTo("NONE");
            assertThat(Database.string("SELECT mail FROM notification WHERE proposal_id = ? AND kind = 'TASK_NEW'"
                    + " AND recipient = 'np.coordinator'", proposal)).isEqualTo("QUEUED");
        } finally {
            assertThat(quiet.put("api/v1/me/notification-preferences", "{\"preferences\":[]}").status()).isEqualTo(200);
        }
    }

    @Test
    void aReturnTellsTheApplicantTheReasonInSpanish() throws Exception {
        String title = "Notices " + UUID.randomUUID().toString().substring(0, 8);
        long proposal = Slice.submittedProposal(app, "NP", title, "1000");
        Api.Reply returned = Slice.complete(Api.as(app, "np.coordinator"), "NP", GrantLifecycle.SCREEN_ELIGIBILITY,
                proposal, "{\"decision\":\"REVISE\",\"comment\":\"Faltan las l\u00edneas del presupuesto\"}");
        assertThat(returned.status()).as(returned.body()).isEqualTo(204);

        MimeMessage mail = MailServer.awaitFor(address.get("np.applicant"), 1, WAIT).get(0);

        assertThat(mail.getSubject()).isEqualTo("Propuesta devuelta para revisi\u00f3n: " + title);
        assertThat(text(mail)).contains("Su propuesta \u00ab" + title + "\u00bb fue devuelta para revisi\u00f3n.\n"
                + "Motivo o nota: Faltan las l\u00edneas del presupuesto\n\nAbrirla en M4D Grants: "
                + MailServer.PUBLIC_URL + "app/proposal/view.xhtml?tenant=NP&id=" + proposal + "\n");
        assertThat(Database.count("SELECT COUNT(*) FROM notification WHERE proposal_id = ? AND recipient = 'np.applicant'",
                proposal)).as("the revision task is told by the decision alone").isEqualTo(1);
    }

    @Test
    void anOverdueScreeningRemindsTheCoordinatorsAndTheHistorySaysWhom() throws Exception {
        String title = "Notices " + UUID.randomUUID().toString().substring(0, 8);
        long proposal = Slice.submittedProposal(app, "NP", title, "1000");
        MailServer.awaitFor(address.get("np.coordinator2"), 1, WAIT);
        Api.as(app, "np.coordinator").post("api/v1/it-probe/due-now?proposal=" + proposal, null);

        MimeMessage reminder = MailServer.awaitFor(address.get("np.coordinator2"), 2, WAIT).get(1);

        assertThat(reminder.getSubject()).isEqualTo("Overdue: Screen eligibility \u2014 " + title);
        assertThat(MailServer.awaitFor(address.get("np.coordinator"), 2, WAIT).get(1).getSubject())
                .isEqualTo("En retard\u00a0: Examen d'\u00e9ligibilit\u00e9 \u2014 " + title);
        assertThat(Database.string("SELECT detail FROM audit_entry WHERE subject_id = ? AND action = 'SCREENING_OVERDUE'",
                proposal)).isEqualTo("Reminder sent to np.coordinator, np.coordinator2: Screen eligibility overdue");
    }

    @Test
    void aStepThatRollsBackAfterItsDecisionTellsNobodyAndOneThatCommitsDoes() throws Exception {
        long proposal = Slice.submittedProposal(app, "NP", "Notices " + UUID.randomUUID().toString().substring(0, 8),
                "1000");
        Api probe = Api.as(app, "np.coordinator");

        Api.Reply failed = probe.post("api/v1/notice-probe/reject?fail=true&proposal=" + proposal, null);
        Api.Reply committed = probe.post("api/v1/notice-probe/reject?fail=false&proposal=" + proposal, null);

        assertThat(failed.json().getBoolean("failed")).isTrue();
        assertThat(committed.json().getBoolean("failed")).isFalse();
        assertThat(MailServer.awaitFor(address.get("np.applicant"), 1, WAIT)).hasSize(1);
        assertThat(Database.count("SELECT COUNT(*) FROM notification WHERE proposal_id = ? AND kind = 'PROPOSAL_REJECTED'",
                proposal)).isEqualTo(1);
        assertThat(Database.count("SELECT COUNT(*) FROM mail_outbox WHERE recipient = 'np.applicant' AND address = ?",
                address.get("np.applicant"))).isEqualTo(1);
    }

    @Test
    void aTaskDueWithinTheLeadIsRemindedOfOnceForTheDigest() {
        long proposal = Slice.submittedProposal(app, "NP", "Notices " + UUID.randomUUID().toString().substring(0, 8),
                "1000");
        String task = Database.string("SELECT t.id_ FROM act_ru_task t JOIN act_ru_execution e ON e.id_ = t.proc_inst_id_"
                + " WHERE e.business_key_ = ? AND t.task_def_key_ = ?", Long.toString(proposal), GrantLifecycle.SCREEN_ELIGIBILITY);
        execute("UPDATE act_ru_task SET due_date_ = now() + interval '1 day' WHERE id_ = ?", task);
        Api probe = Api.as(app, "np.coordinator");

        probe.post("api/v1/notice-probe/due-soon", null);
        probe.post("api/v1/notice-probe/due-soon", null);

        assertThat(Database.count("SELECT COUNT(*) FROM notification WHERE task_id = ? AND kind = 'TASK_DUE_SOON'"
                + " AND mail = 'DIGEST_PENDING'", task)).as("np.coordinator and np.coordinator2, once").isEqualTo(2);
        assertThat(Database.count("SELECT COUNT(*) FROM task_reminder WHERE task_id = ? AND tenant_id = 'NP'", task))
                .isEqualTo(1);
    }

    private static void execute(String sql, String param) {
        try (Connection c = Database.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, param);
            assertThat(s.executeUpdate()).isEqualTo(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void reach(String user, String language) {
        String mail = user.replace('.', '-') + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        address.put(user, mail);
        update(user, mail, language);
    }

    private static void update(String user, String email, String language) {
        try (Connection c = Database.connect();
             PreparedStatement s = c.prepareStatement("UPDATE user_account SET email = ?, language = ? WHERE username = ?")) {
            s.setString(1, email);
            s.setString(2, language);
            s.setString(3, user);
            assertThat(s.executeUpdate()).isEqualTo(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(MimeMessage mail) throws Exception {
        return ((String) ((MimeMultipart) mail.getContent()).getBodyPart(0).getContent()).replace("\r\n", "\n");
    }
}
