package org.m4d.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Drafts that save themselves (issue 14), in Chromium: the wizard says what a draft still needs,
 * saves the new draft a moment after the last keystroke and goes on with it (a reload shows the
 * text); once the session is gone (its cookie deleted, the tab's storage untouched) what is typed
 * is not saved, the page says so and keeps it, and after signing in again from the page's link the
 * text comes back at its step and is saved into the same draft.
 */
@ExtendWith(SharedApp.class)
class AutosaveBrowserIT {

    private static final String TITLE = "Autosave journey: clinics for returnees";

    @AppUrl
    URL app;

    @Test
    void theDraftSavesItselfAndSurvivesTheSessionsExpiry() throws Exception {
        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            Journey user = new Journey(browser, app);
            user.signIn("np.applicant");
            user.open("app/proposal/edit.xhtml");
            assertThat(user.autosaveStatus()).isEqualTo("Not saved yet");

            driver.findElement(By.id("proposal:title")).sendKeys(TITLE);
            user.waitForExactText(By.id("autosave"), "Not saved yet: a draft needs a title, a sector and the amount"
                    + " requested, and no field with a wrong entry.");
            assertThat(Database.count("SELECT COUNT(*) FROM proposal WHERE title = ?", TITLE)).isZero();

            new Select(driver.findElement(By.id("proposal:sector"))).selectByVisibleText("Health");
            user.typeNumber("proposal:amount", "250000");
            user.waitForAutosave(Journey.SAVED_AT);
            String id = new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(d -> d.getCurrentUrl().contains("edit.xhtml?id=") ? d.getCurrentUrl().replaceAll(".*\\?id=", "") : null);
            assertThat(Database.count("SELECT COUNT(*) FROM proposal WHERE title = ?", TITLE)).isEqualTo(1);
            assertThat(Database.string("SELECT requested_amount FROM proposal WHERE id = ?", Long.parseLong(id)))
                    .isEqualTo("250000.000");
            user.accessible("wizard saving itself");
            user.screenshot("autosave-01-saved");

            driver.navigate().refresh();
            assertThat(driver.findElement(By.id("proposal:title")).getAttribute("value")).isEqualTo(TITLE);
            assertThat(user.autosaveStatus()).isEqualTo("All changes saved");

            driver.findElement(By.id("proposal:wizard_next")).click();
            user.waitFor(By.id("proposal:sdg"));
            driver.manage().deleteAllCookies();
            driver.findElement(By.id("proposal:sdg")).sendKeys("10.7, 8.8");
            user.waitForExactText(By.id("autosave"), "Not saved — you are signed out or the database is away;"
                    + " your text is kept in this browser. Sign in again");
            assertThat(Database.string("SELECT sdg_targets FROM proposal WHERE id = ?", Long.parseLong(id))).isNull();
            assertThat(kept(driver, id)).as("the text kept in the tab, with its step")
                    .contains("\"step\":\"results\"", "\"proposal:sdg\":[\"10.7, 8.8\"]");
            user.screenshot("autosave-02-signed-out");

            user.signInFromAutosave("np.applicant");
            new WebDriverWait(driver, Duration.ofSeconds(20))
                    .withMessage(() -> "back at the kept step; status: " + user.autosaveStatus() + ", kept: " + kept(driver, id))
                    .until(ExpectedConditions.urlContains("step=results"));
            user.waitForAutosave("The text you typed while signed out was put back\\. " + Journey.SAVED_AT);
            assertThat(driver.findElement(By.id("proposal:sdg")).getAttribute("value")).isEqualTo("10.7, 8.8");
            assertThat(Database.string("SELECT sdg_targets FROM proposal WHERE id = ?", Long.parseLong(id)))
                    .isEqualTo("10.7,8.8");
            assertThat(Database.string("SELECT title FROM proposal WHERE id = ?", Long.parseLong(id))).isEqualTo(TITLE);
            assertThat(Database.count("SELECT COUNT(*) FROM proposal WHERE title = ?", TITLE)).isEqualTo(1);
            assertThat(((JavascriptExecutor) driver).executeScript("return Object.keys(sessionStorage)"
                    + ".filter(function (k) { return k.indexOf('m4d-draft:') === 0; }).length;"))
                    .as("nothing kept in the tab once saved").isEqualTo(0L);
            user.screenshot("autosave-03-restored");
        }
    }

    private static String kept(WebDriver driver, String id) {
        return (String) ((JavascriptExecutor) driver).executeScript(
                "return sessionStorage.getItem('m4d-draft:np.applicant:' + arguments[0]);", id);
    }


}
