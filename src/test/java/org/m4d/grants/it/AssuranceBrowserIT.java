package org.m4d.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.m4d.grants.platform.web.Formats;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The assurance part of the HACT journey in Chromium: finance plans a partner's year on the
 * Assurance page and records a spot check with a high-priority finding; the release of the grant's
 * tranche is then refused with the finding named on the page; a coordinator closes the finding, and
 * finance's payment and release go through.
 */
@ExtendWith(SharedApp.class)
class AssuranceBrowserIT {

    @AppUrl
    URL app;

    @Test
    void aSpotChecksHighFindingHoldsTheReleaseUntilACoordinatorClosesIt() throws Exception {
        String token = UUID.randomUUID().toString().substring(0, 8);
        String partnerName = "Assurance journey " + token;
        long partner = PartnerGrants.significantPartner(app, partnerName);
        String proposal = Long.toString(PartnerGrants.grantOf(app, partner, "Assurance journey " + token));
        LocalDate due = LocalDate.now().plusDays(30);
        String finding = "Cash book " + token + " not reconciled since January";

        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            Journey user = new Journey(browser, app);
            user.signIn("np.finance");
            driver.findElement(By.id("nav-assurance")).click();
            new Select(driver.findElement(By.id("partner"))).selectByVisibleText(partnerName);
            driver.findElement(By.id("plan")).click();
            user.waitForMessage("2 activities added; the year has 2 in all (" + LocalDate.now().getYear() + ").");
            assertThat(user.waitForRow(By.id("progress"), partnerName)).containsExactly("NP", partnerName, "0 / 1",
                    "0 / 1", "0 / 0", "0", "0");
            user.accessible("assurance");
            user.screenshot("assurance-01-planned");

            user.claimFromInbox("Conduct spot check", proposal);
            new Select(driver.findElement(By.id("assurance:findingPriority"))).selectByVisibleText("High");
            driver.findElement(By.id("assurance:findingText")).sendKeys(finding);
            driver.findElement(By.id("assurance:findingRecommendation")).sendKeys("Reconcile the cash book monthly");
            user.typeDate("assurance:findingDueOn", due.format(DateTimeFormatter.ofPattern("MM/dd/yyyy")));
            user.accessible("spot check");
            user.screenshot("assurance-02-spot-check");
            driver.findElement(By.id("assurance:recordActivity")).click();
            user.waitForMessage("The activity is recorded.");

            user.claimFromInbox("Release tranche", proposal);
            record(user, driver, "50000", "PAY-" + token);
            user.waitForMessage("The high-priority finding \"" + finding + "\" (due " + Formats.date(Locale.ENGLISH, due)
                    + ") is open: no payment to this partner until it is closed");
            assertThat(ledger(proposal)).isZero();
            user.accessible("release refused");
            user.screenshot("assurance-03-release-refused");
            user.signOut();

            user.signIn("np.coordinator");
            user.claimFromInbox("Follow up finding", proposal);
            assertThat(user.text(By.id("finding-text"))).isEqualTo(finding);
            driver.findElement(By.id("followUpFinding:note")).sendKeys("Reconciled to date; checked on site");
            user.accessible("follow up finding");
            driver.findElement(By.id("followUpFinding:closeFinding")).click();
            user.waitForMessage("The finding is closed.");
            user.signOut();

            user.signIn("np.finance");
            user.openFromInbox("Release tranche", proposal);
            record(user, driver, "50000", "PAY-" + token);
            user.waitForMessage("Disbursement recorded.");
            driver.findElement(By.id("release:releaseTranche")).click();
            user.waitForMessage("Tranche released.");
            assertThat(ledger(proposal)).isEqualTo(1);
            driver.findElement(By.id("nav-assurance")).click();
            assertThat(user.waitForRow(By.id("progress"), partnerName)).containsExactly("NP", partnerName, "0 / 1",
                    "1 / 1", "0 / 0", "0", "0");
            user.screenshot("assurance-04-done");
        }
    }

    private static void record(Journey user, WebDriver driver, String amount, String reference) {
        user.typeNumber("disbursement:amount", amount);
        WebElement ref = driver.findElement(By.id("disbursement:reference"));
        ref.clear();
        ref.sendKeys(reference);
        driver.findElement(By.id("disbursement:record")).click();
    }

    private static long ledger(String proposal) {
        return Database.count("SELECT COUNT(*) FROM disbursement d JOIN grant_agreement g ON g.id = d.grant_id"
                + " WHERE g.proposal_id = ?", Long.parseLong(proposal));
    }
}
