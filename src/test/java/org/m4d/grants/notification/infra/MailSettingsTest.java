package org.m4d.grants.notification.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where mail goes for each combination of settings, and what the start-up line says about it. */
class MailSettingsTest {

    private static MailSettings settings(String host, boolean demo) {
        MailSettings settings = new MailSettings();
        settings.host = Optional.ofNullable(host);
        settings.port = 587;
        settings.user = Optional.empty();
        settings.password = Optional.empty();
        settings.from = Optional.empty();
        settings.starttls = true;
        settings.demo = demo;
        settings.demoPort = 2525;
        settings.publicUrl = "https://grants.example.org/";
        settings.poll = Duration.ofSeconds(5);
        settings.retryBase = Duration.ofSeconds(30);
        settings.retryMax = Duration.ofHours(1);
        settings.maxAttempts = 10;
        return settings;
    }

    @Test
    void withoutSmtpHostOutsideTheDemoNoMailIsSentAndOneLineSaysSo() {
        MailSettings off = settings(null, false);
        assertThat(off.mode()).isEqualTo(MailSettings.Mode.OFF);
        assertThat(off.describe())
                .isEqualTo("Mail: SMTP_HOST not set; notifications appear in the app only, no mail is sent");
        assertThat(settings("  ", false).mode()).isEqualTo(MailSettings.Mode.OFF);
    }

    @Test
    void theDemoWithoutSmtpHostSendsToItsCatcherOnTheDemoPortWithoutStarttls() {
        MailSettings demo = settings(null, true);
        assertThat(demo.mode()).isEqualTo(MailSettings.Mode.DEMO);
        assertThat(demo.host()).isEqualTo("localhost");
        assertThat(demo.port()).isEqualTo(2525);
        assertThat(demo.starttls()).isFalse();
        assertThat(demo.describe()).isEqualTo("Mail: SMTP_HOST not set; demo mail catcher (GreenMail) on "
                + "localhost:2525, sent mail listed under Administration → Mail");
    }

    @Test
    void aRealServerWinsOverTheDemoAndTheLineNeverNamesThePassword() {
        MailSettings smtp = settings("smtp.example.org", true);
        smtp.user = Optional.of("grants");
        smtp.password = Optional.of("s3cret-Passw0rd");
        assertThat(smtp.mode()).isEqualTo(MailSettings.Mode.SMTP);
        assertThat(smtp.from()).isEqualTo("no-reply@grants.example.org");
        assertThat(smtp.publicHost()).isEqualTo("grants.example.org");
        assertThat(smtp.describe()).isEqualTo("Mail: sending through smtp.example.org:587 (user grants) as "
                + "no-reply@grants.example.org, STARTTLS required");
    }
}
