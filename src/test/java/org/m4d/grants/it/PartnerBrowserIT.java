package org.m4d.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The partner pages in Chromium: a coordinator adds a partner and records a high-risk
 * micro-assessment (a blank assessor is refused on the page with nothing written); the applicant's
 * draft is made for that partner, whose name its page shows without a link, while the partner's own
 * page is closed to the applicant; the coordinator follows the link from the proposal to the partner.
 */
@ExtendWith(SharedApp.class)
class PartnerBrowserIT {

    @AppUrl
    URL app;

    @Test
    void aCoordinatorAddsAndAssessesAPartnerAndTheApplicantsProposalIsMadeForIt() throws Exception {
        String name = "Returnee Cooperative " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = Browser.start()) {
            Journey user = new Journey(browser, app);
            user.signIn("np.coordinator");
            user.driver().findElement(By.id("nav-partners")).click();
            user.waitForRow(By.id("partners"), "Nepal Diaspora Returnee Network", "NGO / civil society organisation",
                    "High risk");
            user.accessible("partners");
            user.screenshot("partners-01-list");

            user.driver().findElement(By.id("addPartner:name")).sendKeys(name);
            new Select(user.driver().findElement(By.id("addPartner:type"))).selectByVisibleText("NGO / civil society organisation");
            user.driver().findElement(By.id("addPartner:vendorNumber")).sendKeys("NP-V-99001");
            user.driver().findElement(By.id("addPartner:add")).click();
            user.waitForMessage("Partner added.");
            assertThat(user.text(By.id("partner-name"))).isEqualTo(name);
            assertThat(user.text(By.id("partner-rating"))).isEqualTo("Not assessed");
            long id = Long.parseLong(user.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));

            String today = LocalDate.now().format(DateTimeFormatter.ofPattern("MM/dd/yyyy"));
            new Select(user.driver().findElement(By.id("assess:rating"))).selectByVisibleText("High risk");
            user.typeDate("assess:assessedOn", today);
            user.driver().findElement(By.id("assess:record")).click();
            new WebDriverWait(user.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(
                    By.xpath("//*[normalize-space(text())='Enter who carried out the assessment']")));
            assertThat(Database.count("SELECT COUNT(*) FROM risk_assessment WHERE partner_id = ?", id)).isZero();

            user.driver().findElement(By.id("assess:assessor")).sendKeys("KPMG Nepal");
            user.driver().findElement(By.id("assess:record")).click();
            user.waitForMessage("Assessment recorded.");
            assertThat(user.text(By.id("partner-rating"))).isEqualTo("High risk");
            user.waitForRow(By.id("assessments"), "High risk", "KPMG Nepal");
            user.accessible("partner");
            user.screenshot("partners-02-partner");
            user.signOut();

            Api applicant = Api.as(app, "np.applicant");
            Api.Reply draft = applicant.post("api/v1/tenants/NP/proposals", "{\"title\":\"" + name + " clinics\","
                    + "\"sector\":\"HEALTH\",\"leadActor\":\"OTHER\",\"requestedAmount\":1000,\"partnerId\":" + id + "}");
            assertThat(draft.status()).as(draft.body()).isEqualTo(201);
            long proposal = draft.json().getJsonNumber("id").longValue();

            user.signIn("np.applicant");
            user.open("app/proposal/view.xhtml?id=" + proposal);
            assertThat(user.text(By.id("partner"))).isEqualTo(name);
            assertThat(user.driver().findElements(By.id("partnerLink"))).isEmpty();
            user.open("app/proposal/edit.xhtml?id=" + proposal);
            assertThat(new Select(user.driver().findElement(By.id("proposal:partner"))).getFirstSelectedOption().getText())
                    .isEqualTo(name);
            user.accessible("proposal-edit-partner");
            user.open("app/partner.xhtml?tenant=NP&id=" + id);
            assertThat(user.text(By.id("error-title"))).isEqualTo("Not allowed");
            assertThat(user.driver().getPageSource()).doesNotContain("NP-V-99001");
            user.open("app/index.xhtml");
            user.signOut();

            user.signIn("np.coordinator");
            user.open("app/proposal/view.xhtml?id=" + proposal);
            user.driver().findElement(By.linkText(name)).click();
            user.waitForExactText(By.id("partner-name"), name);
            assertThat(user.text(By.id("partner-vendor"))).isEqualTo("NP-V-99001");
        }
    }
}
