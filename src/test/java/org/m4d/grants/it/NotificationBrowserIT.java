package org.m4d.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A notification from end to end: the applicant submits, the coordinator's mail arrives at the SMTP
 * server ({@link MailServer}), its link opened in Chromium asks for sign-in and lands on the
 * screening task; the coordinator's bell counts the unread notification and clears once it is read.
 */
@ExtendWith(SharedApp.class)
class NotificationBrowserIT {

    private static final Pattern LINK = Pattern.compile(Pattern.quote(MailServer.PUBLIC_URL) + "app/task\\.xhtml\\S*");

    @AppUrl
    URL app;

    @Test
    void theCoordinatorsMailLeadsThroughSignInToTheTaskAndTheBellClears() throws Exception {
        String title = "Diaspora bonds pilot " + UUID.randomUUID().toString().substring(0, 8);
        String address = coordinatorAddress();

        long proposal = Slice.submittedProposal(app, "NP", title, "80000");

        MimeMessage mail = awaitMailAbout(address, title);
        Matcher link = LINK.matcher(text(mail));
        assertThat(link.find()).as("a link to the task in the mail:%n%s", text(mail)).isTrue();
        String task = Slice.taskFor(Api.as(app, "np.coordinator"), "NP", "screenEligibility", proposal);
        assertThat(link.group()).isEqualTo(MailServer.PUBLIC_URL + "app/task.xhtml?tenant=NP&id=" + task);

        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            Journey user = new Journey(browser, app);
            driver.get(link.group().replace(MailServer.PUBLIC_URL, app.toString()));
            new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("login.xhtml"));
            driver.findElement(By.id("login:username")).sendKeys("np.coordinator");
            driver.findElement(By.id("login:password")).sendKeys("demo");
            driver.findElement(By.id("login:signIn")).click();
            // the sign-in page's own address names the task too (next=%2Fapp%2Ftask.xhtml…): wait for the path itself
            new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.urlMatches("/app/task\\.xhtml\\?"));
            assertThat(driver.getCurrentUrl()).endsWith("/app/task.xhtml?tenant=NP&id=" + task);
            assertThat(browser.text(By.id("task-name"))).isEqualTo("Screen eligibility");
            user.screenshot("notification-01-task-from-mail");

            long unread = Database.count("SELECT COUNT(*) FROM notification WHERE recipient = 'np.coordinator'"
                    + " AND read_at IS NULL");
            assertThat(unread).isPositive();
            assertThat(browser.text(By.id("bell-count"))).isEqualTo(Long.toString(unread));
            driver.findElement(By.id("nav-bell")).click();
            user.accessible("notifications");
            user.screenshot("notification-02-list");
            driver.findElement(By.id("notifications:markAllRead")).click();
            user.waitForExactText(By.id("bell-count"), "0");
            assertThat(Database.count("SELECT COUNT(*) FROM notification WHERE recipient = 'np.coordinator'"
                    + " AND read_at IS NULL")).isZero();
            driver.findElement(By.id("nav-preferences")).click();
            user.accessible("preferences");
        }
    }

    /** The coordinator's address: the demo's if set, else one for this run. */
    private static String coordinatorAddress() {
        try (var c = Database.connect(); var s = c.prepareStatement(
                "UPDATE user_account SET email = COALESCE(email, 'np.coordinator@m4d.test') WHERE username = 'np.coordinator'")) {
            s.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return Database.string("SELECT email FROM user_account WHERE username = 'np.coordinator'");
    }

    private static MimeMessage awaitMailAbout(String address, String title) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            List<MimeMessage> about = MailServer.receivedBy(address).stream().filter(m -> subject(m).contains(title)).toList();
            if (!about.isEmpty()) {
                return about.get(0);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("No mail about " + title + " for " + address);
    }

    private static String subject(MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain-text part of a mail. */
    private static String text(MimeMessage message) {
        try {
            return textOf(message.getContent());
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String textOf(Object content) throws IOException, MessagingException {
        if (content instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                if (part.isMimeType("text/plain")) {
                    return String.valueOf(part.getContent());
                }
                if (part.getContent() instanceof Multipart) {
                    String nested = textOf(part.getContent());
                    if (!nested.isEmpty()) {
                        return nested;
                    }
                }
            }
            return "";
        }
        return String.valueOf(content);
    }
}
