package org.m4d.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The practice library in Chromium: the Nepalese applicant finds the practice their closed grant
 * left awaiting consent and publishes it; a Bangladeshi user (knowledge sharing only) searches the
 * library by text and sector and opens it, with no way to publish or withdraw it.
 */
@ExtendWith(SharedApp.class)
class PracticeBrowserIT {

    @AppUrl
    URL app;

    @Test
    void aBangladeshiUserSearchesTheLibraryAndReadsAPracticeNepalPublished() throws Exception {
        String token = "PB" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String title = "Practice " + token + " school enrolment";
        long practice = ClosedGrants.closedWithPractice(app, "NP", title, "Enrolment desks in every school",
                "Train the teachers before the school year starts");
        try (Browser browser = Browser.start()) {
            Journey user = new Journey(browser, app);
            user.signIn("np.applicant");
            user.driver().findElement(By.id("nav-practices")).click();
            user.waitForRow(By.id("practices"), title + " Awaiting the applicant's consent", "Nepal", "Education");
            user.driver().findElement(By.linkText(title)).click();
            user.waitForExactText(By.id("practice-state"), "Awaiting the applicant's consent");
            user.driver().findElement(By.id("consent:publish")).click();
            user.waitForMessage("Practice published.");
            assertThat(user.text(By.id("practice-state"))).isEqualTo("Published");
            assertThat(Database.count("SELECT COUNT(*) FROM practice WHERE id = ? AND published = TRUE AND consent_by = ?",
                    practice, "np.applicant")).isEqualTo(1);
            user.signOut();

            user.signIn("bd.applicant");
            user.driver().findElement(By.id("nav-practices")).click();
            user.driver().findElement(By.id("q")).sendKeys(token);
            new Select(user.driver().findElement(By.id("sector"))).selectByVisibleText("Education");
            user.driver().findElement(By.id("searchPractices")).click();
            // the unfiltered library lists the practice too: the search's own page is the one to read
            user.waitForUrl("q=" + token);
            assertThat(user.driver().getCurrentUrl()).contains("sector=EDUCATION");
            user.waitForRow(By.id("practices"), title, "Nepal", "Education", "Enrolment desks in every school");
            user.accessible("practices");
            user.screenshot("practices-01-library");

            user.driver().findElement(By.linkText(title)).click();
            user.waitForExactText(By.id("practice-title"), title);
            assertThat(user.text(By.id("practice-country"))).isEqualTo("Nepal");
            assertThat(user.text(By.id("practice-sector"))).isEqualTo("Education");
            assertThat(user.text(By.id("practice-summary"))).isEqualTo("Enrolment desks in every school");
            assertThat(user.text(By.id("practice-lessons"))).isEqualTo("Train the teachers before the school year starts");
            assertThat(user.text(By.id("practice-beneficiaries"))).isEqualTo("340");
            assertThat(user.driver().findElements(By.id("consent:publish"))).as("only its applicant decides").isEmpty();
            assertThat(user.driver().findElements(By.id("consent:withdraw"))).isEmpty();
            user.accessible("practice");
            user.screenshot("practices-02-practice");

            user.open("app/practices.xhtml?q=" + token + "&sector=HEALTH");
            user.waitForRow(By.id("practices"), "No practice matches.");
        }
    }
}
