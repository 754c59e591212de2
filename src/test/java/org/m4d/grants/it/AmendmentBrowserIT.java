package org.m4d.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * Amendments in Chromium: the applicant asks on the grant page for a no-cost extension and then a
 * budget revision; the coordinators approve them from the inbox; the grant page shows version 3 and
 * each amendment with the terms before and after it.
 */
@ExtendWith(SharedApp.class)
class AmendmentBrowserIT {

    private static final String REQUESTED = "Amendment requested; the coordinator reviews it.";

    @AppUrl
    URL app;

    @Test
    void anExtensionAndABudgetRevisionAreRequestedOnTheGrantPageAndApprovedFromTheInbox() throws Exception {
        long id = Slice.approvedGrantWithBudget(app, "NP", "Amendment journey: returnee skills",
                new String[] {"Outreach=600000", "Training=400000"}, "60,40");
        String proposal = Long.toString(id);
        String page = "app/proposal/view.xhtml?tenant=NP&id=" + id;
        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            Journey user = new Journey(browser, app);

            user.signIn("np.applicant");
            user.open(page);
            user.waitForRow(By.id("versions"), "1", "1,000,000.00 NPR", "Feb 28, 2023");
            user.accessible("grant page with the amendment form");
            driver.findElement(By.id("amendment:reason")).sendKeys("Monsoon floods closed the road for three months");
            user.typeDate("amendment:newEndDate", "06/30/2023");
            user.screenshot("amendment-01-request");
            driver.findElement(By.id("amendment:requestAmendment")).click();
            user.waitForMessage(REQUESTED);
            user.waitForRow(By.id("amendments"), "1", "No-cost extension", "Requested", "np.applicant", "Feb 28, 2023",
                    "Jun 30, 2023");
            user.signOut();

            user.signIn("np.coordinator");
            user.claimFromInbox("Review amendment", proposal);
            assertThat(user.text(By.id("amendment-kind"))).isEqualTo("No-cost extension");
            assertThat(user.text(By.id("amendment-before"))).isEqualTo("Feb 28, 2023");
            assertThat(user.text(By.id("amendment-after"))).isEqualTo("Jun 30, 2023");
            user.accessible("amendment review");
            user.screenshot("amendment-02-review");
            driver.findElement(By.id("amendmentDecision:approveAmendment")).click();
            user.waitForMessage("Amendment decided.");
            user.signOut();

            user.signIn("np.applicant");
            user.open(page);
            new Select(driver.findElement(By.id("amendment:kind"))).selectByValue("BUDGET_REVISION");
            driver.findElement(By.id("amendment:reason")).sendKeys("Training needs more trainers than planned");
            user.typeNumber("amendment:lines:0:lineAmount", "400000");
            user.typeNumber("amendment:lines:1:lineAmount", "600000");
            driver.findElement(By.id("amendment:requestAmendment")).click();
            user.waitForMessage(REQUESTED);
            user.signOut();

            user.signIn("np.coordinator");
            user.claimFromInbox("Review amendment", proposal);
            driver.findElement(By.id("amendmentDecision:approveAmendment")).click();
            user.waitForMessage("Amendment decided.");
            user.signOut();
            user.signIn("np.coordinator2");
            user.claimFromInbox("Approve amendment", proposal);
            assertThat(user.text(By.id("amendment-kind"))).isEqualTo("Budget revision");
            user.accessible("amendment approval");
            driver.findElement(By.id("amendmentDecision:approveAmendment")).click();
            user.waitForMessage("Amendment decided.");
            user.signOut();

            user.signIn("np.applicant");
            user.open(page);
            user.waitForRow(By.id("versions"), "3", "1,000,000.00 NPR", "Jun 30, 2023");
            List<String> revision = user.waitForRow(By.id("amendments"), "2", "Budget revision", "Approved");
            assertThat(revision.subList(5, 8)).containsExactly(
                    "Outreach: 600,000.00 NPR; Training: 400,000.00 NPR",
                    "Outreach: 400,000.00 NPR; Training: 600,000.00 NPR", "np.coordinator2");
            user.waitForRow(By.id("amendments"), "1", "No-cost extension", "Approved", "Feb 28, 2023", "Jun 30, 2023",
                    "np.coordinator");
            user.waitForRow(By.id("history"), "np.coordinator2", "Amendment decided");
            user.accessible("grant page with version 3");
            user.screenshot("amendment-03-versions");
        }
    }
}
