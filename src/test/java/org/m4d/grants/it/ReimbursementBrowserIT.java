package org.m4d.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.m4d.grants.workflow.domain.GrantLifecycle;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * A grant paid by reimbursement, in Chromium: the partner certifies the period's expenditure per
 * budget line, finance accepts part of it, a payment above the accepted amount is refused with the
 * figures, the accepted amount is paid and the tranche released; the finance page shows the FACE
 * document. The partner is rated HIGH, so the plan may not use advances.
 */
@ExtendWith(SharedApp.class)
class ReimbursementBrowserIT {

    @AppUrl
    URL app;

    @Test
    void aReimbursedGrantIsPaidOnlyTheAcceptedExpenditure() throws Exception {
        String title = "Reimbursed migrant desk " + UUID.randomUUID().toString().substring(0, 8);
        long id = Slice.submittedProposal(app, "NP", title, "400000", "NATIONAL_INSTITUTION",
                Fixtures.assessedPartner("NP", "HIGH"));
        Slice.screen(app, "NP", id, "ACCEPT");
        Slice.reviewByBothAgencies(app, "NP", id, 4);
        assertThat(Slice.complete(Api.as(app, "np.coordinator"), "NP", GrantLifecycle.APPROVE_GRANT, id,
                "{\"decision\":\"ACCEPT\"}").status()).isEqualTo(204);
        Api finance = Api.as(app, "np.finance");
        assertThat(Slice.complete(finance, "NP", GrantLifecycle.SET_TRANCHE_PLAN, id,
                "{\"modality\":\"DIRECT_CASH_TRANSFER\",\"percentages\":[100]}").status()).as("no advances to a high-risk partner")
                .isEqualTo(422);
        assertThat(Slice.complete(finance, "NP", GrantLifecycle.SET_TRANCHE_PLAN, id,
                "{\"modality\":\"REIMBURSEMENT\",\"percentages\":[100]}").status()).isEqualTo(204);
        String proposal = Long.toString(id);
        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            Journey user = new Journey(browser, app);

            user.signIn("np.applicant");
            user.openFromInbox("Certify expenditure (FACE)", proposal);
            assertThat(user.text(By.id("face-intro"))).isEqualTo("FACE report for reimbursement: the period's expenditure"
                    + " per budget line, up to the tranche of 400,000.00 NPR. Only what finance accepts is reimbursed.");
            user.typeDate("face:periodStart", "01/01/2026");
            user.typeDate("face:periodEnd", "06/30/2026");
            line(driver, user, 0, "Staff", "250000.50");
            line(driver, user, 1, "Outreach", "100000");
            user.accessible("FACE certification");
            user.screenshot("face-01-certify");
            driver.findElement(By.id("face:certify")).click();
            user.waitForMessage("Expenditure certified and sent to finance.");
            user.signOut();

            user.signIn("np.finance");
            user.claimFromInbox("Accept expenditure", proposal);
            assertThat(user.text(By.id("face-reported"))).isEqualTo("350,000.50 NPR");
            assertThat(user.text(By.id("face-certified-by"))).startsWith("np.applicant, ");
            user.typeNumber("face:rows:0:accepted", "200000.25");
            user.accessible("FACE acceptance");
            user.screenshot("face-02-accept");
            driver.findElement(By.id("face:accept")).click();
            user.waitForMessage("Expenditure accepted.");

            user.claimFromInbox("Release tranche", proposal);
            assertThat(user.text(By.id("payment-note"))).isEqualTo("Reimbursement: at most 300,000.25 NPR of accepted"
                    + " expenditure may be paid.");
            record(driver, user, "300000.26", "NPR-RB-0001");
            user.waitForMessage("Reimbursing 300,000.26 NPR would pay more than the 300,000.25 NPR of expenditure"
                    + " accepted; at most 300,000.25 NPR remains");
            user.screenshot("face-03-above-accepted-refused");
            assertThat(Database.count("SELECT COUNT(*) FROM disbursement d JOIN grant_agreement g ON g.id = d.grant_id"
                    + " WHERE g.proposal_id = ?", id)).isZero();
            record(driver, user, "300000.25", "NPR-RB-0001");
            user.waitForMessage("Disbursement recorded.");
            user.accessible("reimbursement");
            driver.findElement(By.id("release:releaseTranche")).click();
            user.waitForMessage("Tranche released.");

            user.open("app/finance/grant.xhtml?tenant=NP&grant=" + proposal);
            assertThat(user.text(By.id("face-modality"))).isEqualTo("Reimbursement");
            assertThat(user.waitForRow(By.id("faceDocuments"), "Reimbursement claim", "350,000.50 NPR", "300,000.25 NPR",
                    "Accepted")).contains("1", "400,000.00 NPR", "np.applicant");
            user.accessible("finance page with FACE");
            user.screenshot("face-04-finance");
        }
    }

    private static void line(WebDriver driver, Journey user, int row, String description, String amount) {
        WebElement field = driver.findElement(By.id("face:rows:" + row + ":description"));
        field.clear();
        field.sendKeys(description);
        user.typeNumber("face:rows:" + row + ":amount", amount);
    }

    private static void record(WebDriver driver, Journey user, String amount, String reference) {
        user.typeNumber("disbursement:amount", amount);
        WebElement ref = driver.findElement(By.id("disbursement:reference"));
        ref.clear();
        ref.sendKeys(reference);
        driver.findElement(By.id("disbursement:record")).click();
    }
}
