package org.m4d.grants.notification.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.m4d.grants.notification.domain.NotificationKind;

/**
 * Each kind in English, French and Spanish, with the title, the task in the user's language, the
 * due date in the country's time zone, the absolute link and the preferences link; values escaped
 * in HTML and never breaking a header.
 */
class NoticeRendererTest {

    private static final ZoneId KATHMANDU = ZoneId.of("Asia/Kathmandu");
    private static final Instant DUE = Instant.parse("2026-12-03T10:00:00Z");
    private final NoticeRenderer renderer = new NoticeRenderer("https://grants.example.org/");

    private static Notice task(NotificationKind kind) {
        return new Notice(kind, "NP", 13, "t-1", "screenEligibility", "Skills for returnees", "Screen eligibility",
                DUE, null, Notice.taskLink("NP", "t-1"));
    }

    private static Notice grant(NotificationKind kind, String note) {
        return new Notice(kind, "NP", 13, null, null, "Skills for returnees", null, null, note, Notice.proposalLink("NP", 13));
    }

    @Test
    void everyKindHasItsSubjectInEachLanguage() {
        Map<NotificationKind, String> english = new EnumMap<>(NotificationKind.class);
        Map<NotificationKind, String> french = new EnumMap<>(NotificationKind.class);
        Map<NotificationKind, String> spanish = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            Notice notice = kind.name().startsWith("TASK_") || kind == NotificationKind.REPORT_DUE ? task(kind)
                    : grant(kind, null);
            english.put(kind, renderer.render(notice, "Nabin", "en", KATHMANDU).subject());
            french.put(kind, renderer.render(notice, "Nabin", "fr", KATHMANDU).subject());
            spanish.put(kind, renderer.render(notice, "Nabin", "es", KATHMANDU).subject());
        }
        assertThat(english).isEqualTo(Map.ofEntries(
                Map.entry(NotificationKind.TASK_NEW, "New task: Screen eligibility \u2014 Skills for returnees"),
                Map.entry(NotificationKind.TASK_ASSIGNED, "Task handed to you: Screen eligibility \u2014 Skills for returnees"),
                Map.entry(NotificationKind.TASK_DUE_SOON, "Due soon: Screen eligibility \u2014 Skills for returnees"),
                Map.entry(NotificationKind.TASK_OVERDUE, "Overdue: Screen eligibility \u2014 Skills for returnees"),
                Map.entry(NotificationKind.TASK_ESCALATED, "Escalated to you: Screen eligibility \u2014 Skills for returnees"),
                Map.entry(NotificationKind.PROPOSAL_RETURNED, "Proposal returned for revision: Skills for returnees"),
                Map.entry(NotificationKind.PROPOSAL_REJECTED, "Proposal rejected: Skills for returnees"),
                Map.entry(NotificationKind.PROPOSAL_APPROVED, "Proposal approved: Skills for returnees"),
                Map.entry(NotificationKind.DISBURSEMENT_RECORDED, "Disbursement recorded: Skills for returnees"),
                Map.entry(NotificationKind.REPORT_DUE, "Report due: Screen eligibility \u2014 Skills for returnees"),
                Map.entry(NotificationKind.REPORT_RETURNED, "Report returned: Skills for returnees"),
                Map.entry(NotificationKind.GRANT_CLOSED, "Grant closed: Skills for returnees"),
                Map.entry(NotificationKind.PRACTICE_AWAITS_CONSENT, "Practice awaiting your consent: Skills for returnees")));
        assertThat(french).isEqualTo(Map.ofEntries(
                Map.entry(NotificationKind.TASK_NEW, "Nouvelle t\u00e2che\u00a0: Examen d'\u00e9ligibilit\u00e9 \u2014 Skills for returnees"),
                Map.entry(NotificationKind.TASK_ASSIGNED, "T\u00e2che qui vous est confi\u00e9e\u00a0: Examen d'\u00e9ligibilit\u00e9 \u2014 Skills for returnees"),
                Map.entry(NotificationKind.TASK_DUE_SOON, "\u00c9ch\u00e9ance proche\u00a0: Examen d'\u00e9ligibilit\u00e9 \u2014 Skills for returnees"),
                Map.entry(NotificationKind.TASK_OVERDUE, "En retard\u00a0: Examen d'\u00e9ligibilit\u00e9 \u2014 Skills for returnees"),
                Map.entry(NotificationKind.TASK_ESCALATED, "Escalad\u00e9e vers vous\u00a0: Examen d'\u00e9ligibilit\u00e9 \u2014 Skills for returnees"),
                Map.entry(NotificationKind.PROPOSAL_RETURNED, "Proposition renvoy\u00e9e pour r\u00e9vision\u00a0: Skills for returnees"),
                Map.entry(NotificationKind.PROPOSAL_REJECTED, "Proposition rejet\u00e9e\u00a0: Skills for returnees"),
                Map.entry(NotificationKind.PROPOSAL_APPROVED, "Proposition approuv\u00e9e\u00a0: Skills for returnees"),
                Map.entry(NotificationKind.DISBURSEMENT_RECORDED, "D\u00e9caissement enregistr\u00e9\u00a0: Skills for returnees"),
                Map.entry(NotificationKind.REPORT_DUE, "Rapport attendu\u00a0: Examen d'\u00e9ligibilit\u00e9 \u2014 Skills for returnees"),
                Map.entry(NotificationKind.REPORT_RETURNED, "Rapport renvoy\u00e9\u00a0: Skills for returnees"),
                Map.entry(NotificationKind.GRANT_CLOSED, "Subvention cl\u00f4tur\u00e9e\u00a0: Skills for returnees"),
                Map.entry(NotificationKind.PRACTICE_AWAITS_CONSENT,
                        "Pratique en attente de votre consentement\u00a0: Skills for returnees")));
        assertThat(spanish).isEqualTo(Map.ofEntries(
                Map.entry(NotificationKind.TASK_NEW, "Nueva tarea: Examen de elegibilidad \u2014 Skills for returnees"),
                Map.entry(NotificationKind.TASK_ASSIGNED, "Tarea asignada a usted: Examen de elegibilidad \u2014 Skills for returnees"),
                Map.entry(NotificationKind.TASK_DUE_SOON, "Vence pronto: Examen de elegibilidad \u2014 Skills for returnees"),
                Map.entry(NotificationKind.TASK_OVERDUE, "Vencida: Examen de elegibilidad \u2014 Skills for returnees"),
                Map.entry(NotificationKind.TASK_ESCALATED, "Escalada a usted: Examen de elegibilidad \u2014 Skills for returnees"),
                Map.entry(NotificationKind.PROPOSAL_RETURNED, "Propuesta devuelta para revisi\u00f3n: Skills for returnees"),
                Map.entry(NotificationKind.PROPOSAL_REJECTED, "Propuesta rechazada: Skills for returnees"),
                Map.entry(NotificationKind.PROPOSAL_APPROVED, "Propuesta aprobada: Skills for returnees"),
                Map.entry(NotificationKind.DISBURSEMENT_RECORDED, "Desembolso registrado: Skills for returnees"),
                Map.entry(NotificationKind.REPORT_DUE, "Informe pendiente: Examen de elegibilidad \u2014 Skills for returnees"),
                Map.entry(NotificationKind.REPORT_RETURNED, "Informe devuelto: Skills for returnees"),
                Map.entry(NotificationKind.GRANT_CLOSED, "Subvenci\u00f3n cerrada: Skills for returnees"),
                Map.entry(NotificationKind.PRACTICE_AWAITS_CONSENT,
                        "Pr\u00e1ctica a la espera de su consentimiento: Skills for returnees")));
    }

    @Test
    void theTextHasTheTaskItsDueDateInTheCountrysZoneTheLinkAndThePreferences() {
        RenderedNotice mail = renderer.render(task(NotificationKind.TASK_NEW), "Nabin Shrestha", "en", KATHMANDU);

        assertThat(mail.text()).isEqualTo("""
                Hello Nabin Shrestha,

                A new task is waiting for you or your group: Screen eligibility, on the proposal "Skills for returnees".
                Due: December 3, 2026, 3:45 PM (Asia/Kathmandu)

                Open it in M4D Grants: https://grants.example.org/app/task.xhtml?tenant=NP&id=t-1

                --\s
                Choose which mails you receive: https://grants.example.org/app/preferences.xhtml
                """);
    }

    @Test
    void aFrenchSpeakerGetsTheReasonAndDatesInFrench() {
        RenderedNotice mail = renderer.render(grant(NotificationKind.PROPOSAL_RETURNED, "Budget incomplet"), "Awa",
                "fr", ZoneId.of("Africa/Dakar"));

        assertThat(mail.text()).isEqualTo("""
                Bonjour Awa,

                Votre proposition \u00ab\u00a0Skills for returnees\u00a0\u00bb a \u00e9t\u00e9 renvoy\u00e9e pour r\u00e9vision.
                Motif ou remarque\u00a0: Budget incomplet

                L\u2019ouvrir dans M4D Grants: https://grants.example.org/app/proposal/view.xhtml?tenant=NP&id=13

                --\s
                Choisir les courriels que vous recevez: https://grants.example.org/app/preferences.xhtml
                """);
        assertThat(NoticeRenderer.dueDate(DUE, java.util.Locale.FRENCH, KATHMANDU))
                .isEqualTo("3 d\u00e9cembre 2026 15:45 (Asia/Kathmandu)");
    }

    @Test
    void aPracticeAwaitingConsentSaysWhatConsentDoesAndLinksToThePractice() {
        Notice practice = new Notice(NotificationKind.PRACTICE_AWAITS_CONSENT, "NP", 13, null, null,
                "Skills for returnees", null, null, null, Notice.practiceLink(7));

        assertThat(renderer.render(practice, "Nabin", "en", KATHMANDU).text()).isEqualTo("""
                Hello Nabin,

                The grant of your proposal "Skills for returnees" was closed and left a practice of its lessons. \
                It is published to the other countries of the programme only if you consent.

                Open it in M4D Grants: https://grants.example.org/app/practice.xhtml?id=7

                --\s
                Choose which mails you receive: https://grants.example.org/app/preferences.xhtml
                """);
        assertThat(renderer.render(practice, "Awa", "fr", KATHMANDU).text()).contains("\n\nLa subvention de votre"
                + " proposition \u00ab\u00a0Skills for returnees\u00a0\u00bb a \u00e9t\u00e9 cl\u00f4tur\u00e9e et"
                + " laisse une pratique tir\u00e9e de ses enseignements. Elle n\u2019est publi\u00e9e pour les autres"
                + " pays du programme que si vous y consentez.\n");
    }

    @Test
    void anUnknownLanguageGetsEnglish() {
        assertThat(renderer.render(grant(NotificationKind.GRANT_CLOSED, null), "Ana", "de", KATHMANDU).subject())
                .isEqualTo("Grant closed: Skills for returnees");
        assertThat(renderer.render(grant(NotificationKind.GRANT_CLOSED, null), "Ana", null, KATHMANDU).subject())
                .isEqualTo("Grant closed: Skills for returnees");
    }

    @Test
    void aTitleWithLineBreaksNeverBreaksTheSubjectAndHtmlIsEscaped() {
        Notice hostile = new Notice(NotificationKind.PROPOSAL_APPROVED, "NP", 13, null, null,
                "Clinics\r\nBcc: victim@example.org\u2028<script>alert(1)</script>", null, null,
                "Note with \"quotes\" & <b>tags</b>", Notice.proposalLink("NP", 13));

        RenderedNotice mail = renderer.render(hostile, "Eve\r\nX-Evil: 1", "en", KATHMANDU);

        assertThat(mail.subject()).isEqualTo("Proposal approved: Clinics Bcc: victim@example.org <script>alert(1)</script>");
        assertThat(mail.html()).isEqualTo("<!DOCTYPE html><html lang=\"en\"><body><p>Hello Eve X-Evil: 1,</p>"
                + "<p>Your proposal &quot;Clinics Bcc: victim@example.org &lt;script&gt;alert(1)&lt;/script&gt;&quot; was approved.</p>"
                + "<p>Reason or note: Note with &quot;quotes&quot; &amp; &lt;b&gt;tags&lt;/b&gt;</p>"
                + "<p><a href=\"https://grants.example.org/app/proposal/view.xhtml?tenant=NP&amp;id=13\">Open it in M4D Grants</a></p>"
                + "<hr><p><small><a href=\"https://grants.example.org/app/preferences.xhtml\">Choose which mails you receive</a>"
                + "</small></p></body></html>");
        assertThat(NoticeRenderer.oneLine("a\tb\u0000c\u0085d\re\nf")).isEqualTo("a b c d e f");
    }
}
