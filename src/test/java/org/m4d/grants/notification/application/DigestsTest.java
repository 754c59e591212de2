package org.m4d.grants.notification.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.m4d.grants.identity.application.Directory;
import org.m4d.grants.notification.domain.DigestKey;
import org.m4d.grants.notification.domain.Notification;
import org.m4d.grants.notification.domain.NotificationDigest;
import org.m4d.grants.tenancy.application.CountryTime;
import org.m4d.grants.tenancy.domain.Tenant;
import org.m4d.grants.tenancy.domain.TenantRepository;
import org.m4d.grants.testing.Wiring;
import org.m4d.grants.testing.InMemoryUsers;

/**
 * The daily digest on a fixed clock, in Nepal (UTC+05:45): a local day runs from 18:15 UTC the day
 * before, and yesterday's digest goes out from 07:00 local (01:15 UTC).
 */
class DigestsTest {

    private static final Instant BEFORE_SEVEN = Instant.parse("2026-12-01T01:14:59Z");
    private static final Instant AT_SEVEN = Instant.parse("2026-12-01T01:15:00Z");

    private final InMemoryNotifications rows = new InMemoryNotifications();
    private final InMemoryUsers users = new InMemoryUsers();
    private final List<MailDraft> queued = new ArrayList<>();
    private final Digests digests;

    private final Notification lastMinuteOf29 = pending("NP", "np.coordinator", "Task of 29 November", "2026-11-29T18:14:59Z");
    private final Notification firstMinuteOf30 = pending("NP", "np.coordinator", "Task at midnight", "2026-11-29T18:15:00Z");
    private final Notification lastMinuteOf30 = pending("NP", "np.coordinator", "Task <b>late</b> & more", "2026-11-30T18:14:59Z");
    private final Notification firstMinuteOf1 = pending("NP", "np.coordinator", "Task of 1 December", "2026-11-30T18:15:00Z");

    DigestsTest() {
        Tenant nepal = zoned(new Tenant("NP", "Nepal", "NPR", "ne,en"), "Asia/Kathmandu");
        Tenant senegal = zoned(new Tenant("SN", "Senegal", "XOF", "fr"), "Africa/Dakar");
        TenantRepository tenants = new TenantRepository() {
            @Override
            public Optional<Tenant> find(String code) {
                return Optional.ofNullable(Map.of("NP", nepal, "SN", senegal).get(code));
            }

            @Override
            public List<Tenant> all() {
                return List.of(nepal, senegal);
            }
        };
        CountryTime countryTime = Wiring.set(new CountryTime(), CountryTime.class, "tenants", tenants);
        NotificationConfig config = new NotificationConfig("https://grants.example.org", 7);
        Mails mails = draft -> {
            queued.add(draft);
            return queued.size();
        };
        Directory directory = Wiring.wire(new Directory(), users);
        DigestComposer composer = Wiring.wire(new DigestComposer(), rows, directory,
                Wiring.wire(new DigestMail(), config, tenants), mails);
        digests = Wiring.wire(new Digests(), rows, composer, tenants, countryTime, config);
        users.add("np.coordinator", "Nepal\r\nBcc: victim@example.org", "np.coordinator@example.org", "fr");
        users.add("np.focal", "Nepal Focal Point", null, "en");
    }

    private static Tenant zoned(Tenant tenant, String zone) {
        return Wiring.set(tenant, Tenant.class, "timeZone", zone);
    }

    private Notification pending(String tenant, String recipient, String summary, String at) {
        return rows.add(tenant, recipient, summary, "task.xhtml?id=" + summary.length(), Instant.parse(at),
                Notification.Mail.DIGEST_PENDING);
    }

    @Test
    void beforeSevenLocalOnlyTheDayBeforeYesterdayIsDue() {
        assertThat(digests.sendDue(BEFORE_SEVEN)).isEqualTo(1);

        assertThat(queued).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("M4D Grants : vos notifications du 29 novembre 2026");
            assertThat(mail.text()).contains("Task of 29 November").doesNotContain("Task at midnight");
        });
        assertThat(lastMinuteOf29.mail()).isEqualTo(Notification.Mail.DIGESTED);
        assertThat(List.of(firstMinuteOf30, lastMinuteOf30, firstMinuteOf1)).extracting(Notification::mail)
                .containsOnly(Notification.Mail.DIGEST_PENDING);
    }

    @Test
    void fromSevenLocalYesterdaysNotificationsGoOutInOneMailAndTodaysWait() {
        assertThat(digests.sendDue(AT_SEVEN)).isEqualTo(2);

        MailDraft yesterday = queued.get(1);
        assertThat(yesterday.recipient()).isEqualTo("np.coordinator");
        assertThat(yesterday.address()).isEqualTo("np.coordinator@example.org");
        assertThat(yesterday.tenantId()).isEqualTo("NP");
        assertThat(yesterday.subject()).isEqualTo("M4D Grants : vos notifications du 30 novembre 2026");
        assertThat(yesterday.text()).isEqualTo("""
                Bonjour Nepal Bcc: victim@example.org,

                Voici ce qui vous concerne au pays Nepal le 30 novembre 2026 :

                - 00:00  Task at midnight
                  https://grants.example.org/app/task.xhtml?id=16
                - 23:59  Task <b>late</b> & more
                  https://grants.example.org/app/task.xhtml?id=23

                Choisissez ce dont vous êtes averti, et comment : https://grants.example.org/app/preferences.xhtml
                """);
        assertThat(yesterday.html())
                .contains("<li>23:59 <a href=\"https://grants.example.org/app/task.xhtml?id=23\">"
                        + "Task &lt;b&gt;late&lt;/b&gt; &amp; more</a></li>")
                .contains("<a href=\"https://grants.example.org/app/preferences.xhtml\">")
                .doesNotContain("<b>late</b>");
        assertThat(List.of(firstMinuteOf30, lastMinuteOf30)).extracting(Notification::mail)
                .containsOnly(Notification.Mail.DIGESTED);
        assertThat(firstMinuteOf1.mail()).isEqualTo(Notification.Mail.DIGEST_PENDING);
        assertThat(rows.digests).extracting(NotificationDigest::key).containsExactly(
                new DigestKey("np.coordinator", "NP", LocalDate.parse("2026-11-29")),
                new DigestKey("np.coordinator", "NP", LocalDate.parse("2026-11-30")));
        assertThat(rows.digests).extracting(NotificationDigest::items).containsExactly(1, 2);
    }

    @Test
    void aSecondRunSendsNothingAgain() {
        digests.sendDue(AT_SEVEN);
        queued.clear();

        assertThat(digests.sendDue(AT_SEVEN.plusSeconds(3600))).isZero();
        assertThat(queued).isEmpty();
    }

    @Test
    void aDigestAnotherNodeRecordedIsNotComposedAgain() {
        rows.record(new NotificationDigest(new DigestKey("np.coordinator", "NP", LocalDate.parse("2026-11-30")),
                99L, 2, AT_SEVEN));

        digests.sendDue(AT_SEVEN);

        assertThat(queued).extracting(MailDraft::subject)
                .containsExactly("M4D Grants : vos notifications du 29 novembre 2026");
    }

    @Test
    void noHeaderCarriesALineBreakFromEnteredText() {
        digests.sendDue(AT_SEVEN);

        assertThat(queued).allSatisfy(mail -> {
            assertThat(mail.subject()).doesNotContain("\r", "\n");
            assertThat(mail.address()).doesNotContain("\r", "\n");
            assertThat(mail.text().lines().filter(l -> l.startsWith("Bcc:"))).isEmpty();
        });
    }

    @Test
    void aUserWithoutAnAddressGetsNoMailAndTheDayIsClosed() {
        Notification focal = pending("NP", "np.focal", "Endorse", "2026-11-30T04:00:00Z");

        digests.sendDue(AT_SEVEN);

        assertThat(queued).extracting(MailDraft::recipient).containsOnly("np.coordinator");
        assertThat(focal.mail()).isEqualTo(Notification.Mail.DIGESTED);
        assertThat(rows.digests).filteredOn(d -> d.key().recipient().equals("np.focal")).singleElement()
                .satisfies(d -> assertThat(d.mailId()).isNull());
    }

    @Test
    void eachCountrysNotificationsFollowThatCountrysDay() {
        // 20:00 UTC on 30 November is already 1 December in Nepal, still 30 November in Senegal
        Notification senegal = pending("SN", "np.coordinator", "Senegal task", "2026-11-30T20:00:00Z");

        digests.sendDue(Instant.parse("2026-12-01T07:00:00Z"));

        assertThat(senegal.mail()).isEqualTo(Notification.Mail.DIGESTED);
        assertThat(firstMinuteOf1.mail()).isEqualTo(Notification.Mail.DIGEST_PENDING);
        assertThat(queued).filteredOn(m -> m.tenantId().equals("SN")).singleElement()
                .satisfies(m -> assertThat(m.text()).contains("Senegal task").contains("Senegal le 30 novembre 2026"));
    }

    @Test
    void englishIsTheLanguageOfAUserWhoChoseNone() {
        users.add("np.finance", "Nepal Finance", "np.finance@example.org", null);
        pending("NP", "np.finance", "Release tranche", "2026-11-30T04:00:00Z");

        digests.sendDue(AT_SEVEN);

        assertThat(queued).filteredOn(m -> m.recipient().equals("np.finance")).singleElement()
                .satisfies(m -> assertThat(m.subject()).isEqualTo("M4D Grants: your notifications of November 30, 2026"));
    }
}
