package org.m4d.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.m4d.grants.platform.web.Formats;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * One journey per persona through the real pages in headless Chromium, on one grant from draft to
 * closure: the applicant drafts with an attachment and submits; the national focal point endorses;
 * the coordinator screens; the IOM and UNDP reviewers declare no conflict and score; the approver
 * approves; finance sets the tranches and disburses (a refused over-disbursement first); the
 * applicant reports; coordinator and finance verify; finance releases the last tranche; the
 * applicant sends the final report; the coordinator closes. Then finance's ledger and exports, the
 * global view, another country's users, languages, and a refused sign-in. Every main page is
 * checked with axe-core and photographed into {@code target/screenshots/}.
 */
@ExtendWith(SharedApp.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserIT {

    private static final String TITLE = "Migrant resource centres in Pokhara";
    private static String proposalId;

    @AppUrl
    URL app;

    private Browser browser;
    private Journey user;
    private WebDriver driver;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browser.start();
        driver = browser.driver();
        user = new Journey(browser, app);
    }

    @AfterEach
    void closeBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @AfterAll
    static void figures() {
        System.out.println("Accessibility: " + Journey.Accessibility.pages.get()
                + " page states checked with axe-core, 0 serious or critical findings");
    }

    @Test
    @Order(1)
    void applicantDraftsWithAnAttachmentAndSubmits() throws IOException {
        user.signIn("np.applicant");
        user.accessible("dashboard");
        user.screenshot("01-dashboard-applicant");
        driver.findElement(By.id("nav-proposals")).click();
        user.accessible("proposals");
        driver.findElement(By.id("newProposal")).click();

        driver.findElement(By.id("proposal:title")).sendKeys(TITLE);
        new Select(driver.findElement(By.id("proposal:sector"))).selectByVisibleText("Employment and economic inclusion");
        new Select(driver.findElement(By.id("proposal:leadActor"))).selectByValue("LOCAL_AUTHORITY");
        new Select(driver.findElement(By.id("proposal:partner"))).selectByVisibleText("Kathmandu Metropolitan City");
        new Select(driver.findElement(By.id("proposal:level"))).selectByValue("LOCAL");
        // the demo's low-risk partner: its grant may be paid by advances
        new Select(driver.findElement(By.id("proposal:partner"))).selectByVisibleText("Kathmandu Metropolitan City");
        user.typeNumber("proposal:amount", "120000.50");
        assertThat(user.shownNumber("proposal:amount")).isEqualTo("120,000.50");
        user.accessible("wizard: basics");
        user.screenshot("02-wizard-basics");
        driver.findElement(By.id("proposal:saveDraft")).click();
        user.waitForExactText(By.id("proposal:formMessages"), "Draft saved.");

        next("proposal:outcomes:0");
        driver.findElement(By.id("proposal:outcomes:0")).click();
        driver.findElement(By.id("proposal:areas:3")).click();
        driver.findElement(By.id("proposal:sdg")).sendKeys("10.7, 8.8");
        new Select(driver.findElement(By.id("proposal:gender"))).selectByValue("2");
        driver.findElement(By.id("proposal:addIndicator")).click();
        user.waitFor(By.id("proposal:indicators:0:indicatorName")).sendKeys("Migrants placed in jobs");
        user.typeNumber("proposal:indicators:0:indicatorTarget", "400");
        user.accessible("wizard: results");
        user.screenshot("03-wizard-results");

        next("proposal:migrantsWomen");
        driver.findElement(By.id("proposal:migrantsWomen")).sendKeys("300");
        driver.findElement(By.id("proposal:migrantsMen")).sendKeys("250");
        driver.findElement(By.id("proposal:addLine")).click();
        user.waitFor(By.id("proposal:budgetLines:0:lineDescription")).sendKeys("Centre staff and outreach");
        user.typeNumber("proposal:budgetLines:0:lineAmount", "100000");
        driver.findElement(By.id("proposal:startDate_input")).click();
        user.waitForExactText(By.id("proposal:budgetTotal"),
                "Budget lines total 100,000.00 NPR, but the requested amount is 120,000.50 NPR: they must be equal.");
        driver.findElement(By.id("proposal:addLine")).click();
        user.waitFor(By.id("proposal:budgetLines:1:lineDescription")).sendKeys("Training");
        user.typeNumber("proposal:budgetLines:1:lineAmount", "20000.50");
        user.typeDate("proposal:startDate", "03/01/2021");
        user.waitForExactText(By.id("proposal:budgetTotal"), "Budget lines total 120,000.50 NPR.");
        user.typeDate("proposal:endDate", "06/30/2023");
        user.accessible("wizard: budget");
        user.screenshot("04-wizard-budget");

        next("proposal:upload_input");
        Path concept = Files.createTempFile("concept-note", ".pdf");
        Files.writeString(concept, "%PDF-1.4\n% concept note of the Pokhara centres\n%%EOF\n", StandardCharsets.US_ASCII);
        driver.findElement(By.id("proposal:upload_input")).sendKeys(concept.toString());
        user.waitForExactText(By.id("proposal:formMessages"), concept.getFileName() + " attached.");
        user.waitForRow(By.id("proposal:attachments"), concept.getFileName().toString());
        Path script = Files.createTempFile("not-a-pdf", ".pdf");
        Files.writeString(script, "<script>alert(1)</script>", StandardCharsets.US_ASCII);
        driver.findElement(By.id("proposal:upload_input")).sendKeys(script.toString());
        user.waitForExactText(By.id("proposal:formMessages"), "Only PDF, Word, Excel, PowerPoint, OpenDocument, PNG and "
                + "JPEG files can be attached, and the file's content must match its extension");
        assertThat(user.text(By.id("proposal:attachments"))).doesNotContain(script.getFileName().toString());
        user.accessible("wizard: files");
        user.screenshot("05-wizard-files");

        next("proposal:submit");
        assertThat(driver.findElements(By.cssSelector("#summary dd")).stream().map(WebElement::getText)).containsExactly(
                TITLE, "Employment and economic inclusion", "Local authority", "Kathmandu Metropolitan City",
                "120,000.50 NPR",
                "Budget lines total 120,000.50 NPR.", "1");
        user.screenshot("06-wizard-confirm");
        driver.findElement(By.id("proposal:submit")).click();

        user.waitForExactText(By.id("proposal-state"), "Submitted");
        proposalId = driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
        assertThat(user.text(By.id("waiting-in"))).isEqualTo("National endorsement");
        assertThat(user.text(By.id("partner"))).isEqualTo("Kathmandu Metropolitan City");
        assertThat(driver.findElements(By.cssSelector("#attachments a")).stream().map(WebElement::getText))
                .containsExactly(concept.getFileName().toString());
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(20)).until(
                org.openqa.selenium.support.ui.ExpectedConditions.attributeToBe(By.id("diagram"), "data-ready", "true"));
        assertThat(driver.findElements(By.cssSelector("#diagram [data-element-id='nationalEndorsement'].highlight")))
                .as("the step the proposal waits in is highlighted").hasSize(1);
        user.accessible("proposal page");
        user.screenshot("07-proposal-submitted");
    }

    @Test
    @Order(2)
    void nationalFocalPointEndorses() {
        user.signIn("np.focal");
        user.open("app/inbox.xhtml");
        // the keyboard alone: Tab to the claim button, Enter; Tab to "Endorse", Enter
        user.pressTabUntil("Claim").sendKeys(org.openqa.selenium.Keys.ENTER);
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(15))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("task.xhtml"));
        user.accessible("endorsement form");
        user.screenshot("08-endorsement");
        user.pressTabUntil(driver.findElement(By.id("endorsement:endorse")).getAttribute("value"))
                .sendKeys(org.openqa.selenium.Keys.ENTER);
        user.waitForMessage("Proposal endorsed.");
        assertThat(user.inboxHas("National endorsement", proposalId)).as("the endorsement left the inbox").isFalse();
    }

    @Test
    @Order(3)
    void coordinatorScreens() {
        user.signIn("np.coordinator");
        user.open("app/inbox.xhtml");
        user.accessible("inbox");
        user.screenshot("09-inbox-coordinator");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(820, 1180));
        user.open("app/inbox.xhtml?due=week&sort=due");
        assertThat((Boolean) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth;"))
                .as("the inbox fits a tablet's width").isTrue();
        user.screenshot("09b-inbox-tablet");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
        user.claimFromInbox("Screen eligibility", proposalId);
        driver.findElement(By.id("screening:comment")).sendKeys("Scales up the Kathmandu pilot; eligible.");
        user.accessible("screening form");
        user.screenshot("10-screening");
        driver.findElement(By.id("screening:approve")).click();
        user.waitForMessage("Proposal found eligible and sent to technical review.");
        proposalShows("Under technical review", "Declare conflict of interest");
        // who holds each review, and a reassignment with its reason (docs/adr/0032)
        assertThat(user.text(By.id("assignments"))).contains("IOM", "UNDP");
        new Select(driver.findElement(By.id("reassign:choice"))).selectByIndex(0);
        driver.findElement(By.id("reassign:reason")).sendKeys("Tour: the other IOM reviewer");
        driver.findElement(By.id("reassign:submitReassign")).click();
        user.waitForMessage("The review is reassigned.");
        assertThat(user.text(By.id("history"))).contains("Review reassigned", "Tour: the other IOM reviewer");
    }

    @Test
    @Order(4)
    void reviewersDeclareNoConflictAndScore() {
        // a reviewer going on leave marks the period away in their preferences, and back again
        user.signIn("np.reviewer.undp3");
        user.open("app/preferences.xhtml");
        String today = java.time.LocalDate.now().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        user.typeDate("away:awayFrom", today);
        driver.findElement(By.id("away:saveAway")).click();
        user.waitForMessage("Give both the first and the last day away");
        user.typeDate("away:awayTo", today);
        driver.findElement(By.id("away:saveAway")).click();
        user.waitForMessage("Your period away is saved.");
        driver.findElement(By.id("away:clearAway")).click();
        user.waitForMessage("You are no longer marked away.");
        String[] reviewers = {"np.reviewer.iom", "np.reviewer.undp"};
        String[][] afterwards = {{"Under technical review", "Declare conflict of interest"}, {"Awaiting approval", "Approve grant"}};
        for (int i = 0; i < reviewers.length; i++) {
            String reviewer = reviewers[i];
            // each agency's review is assigned to one reviewer of its pool (docs/adr/0032): made this one's
            Slice.handDeclarationTo(Api.as(app, reviewer), "NP", Long.parseLong(proposalId));
            user.signIn(reviewer);
            user.openFromInbox("Declare conflict of interest", proposalId);
            assertThat(driver.getPageSource()).as("nothing of the proposal before the declaration").doesNotContain("120,000.50");
            user.accessible("conflict of interest form");
            driver.findElement(By.id("conflict:noConflict")).click();
            user.waitForMessage("No conflict declared: the review is yours to score.");
            user.openFromInbox("Score proposal", proposalId);
            for (String criterion : new String[] {"relevance", "scalability", "localOwnership", "genderResponsiveness",
                    "sustainability", "budgetRealism"}) {
                new Select(driver.findElement(By.id("review:" + criterion))).selectByVisibleText("4");
            }
            new Select(driver.findElement(By.id("review:recommendation"))).selectByIndex(1);
            driver.findElement(By.id("review:comments")).sendKeys("Builds on a working pilot.");
            user.accessible("review form");
            user.screenshot("11-review-" + reviewer);
            driver.findElement(By.id("review:submitReview")).click();
            user.waitForMessage("Review submitted.");
            assertThat(user.inboxHas("Score proposal", proposalId)).as("the scoring left the inbox").isFalse();
            proposalShows(afterwards[i][0], afterwards[i][1]);
            user.signOut();
        }
    }

    @Test
    @Order(5)
    void approverApproves() {
        user.signIn("np.coordinator");
        user.claimFromInbox("Approve grant", proposalId);
        user.accessible("approval form");
        user.screenshot("12-approval");
        driver.findElement(By.id("approval:approve")).click();
        user.waitForMessage("Grant approved.");
        proposalShows("Approved", "Set tranche plan");
    }

    @Test
    @Order(6)
    void financeSetsTranchesAndDisbursesWithinTheTranche() {
        user.signIn("np.finance");
        user.claimFromInbox("Set tranche plan", proposalId);
        assertThat(user.text(By.id("modalityNote"))).isEqualTo("The implementing partner's risk rating today: "
                + "Low risk. The country's HACT table allows every modality.");
        assertThat(new Select(driver.findElement(By.id("plan:modality"))).getFirstSelectedOption().getText())
                .isEqualTo("Direct cash transfer");
        WebElement plan = driver.findElement(By.id("plan:percentages"));
        plan.clear();
        plan.sendKeys("60, 40");
        user.accessible("tranche plan form");
        user.screenshot("13-tranche-plan");
        driver.findElement(By.id("plan:setPlan")).click();
        user.waitForMessage("Tranche plan set; the first tranche is open.");
        user.signOut();

        // a direct cash transfer: the partner requests the advance on a FACE form, finance authorises it
        user.signIn("np.applicant");
        user.openFromInbox("Request advance (FACE)", proposalId);
        assertThat(user.text(By.id("face-intro"))).isEqualTo("FACE request of the advance: the period and the amount per"
                + " budget line, up to the tranche of 72,000.30 NPR. You still hold 0.00 NPR of earlier advances not yet"
                + " accounted for: ask only for what the period needs beyond it.");
        user.typeDate("face:periodStart", "01/01/2026");
        user.typeDate("face:periodEnd", "06/30/2026");
        faceLine(0, "Credential desk", "50000");
        faceLine(1, "Outreach", "22000.30");
        user.accessible("advance request form");
        user.screenshot("13a-advance-request");
        driver.findElement(By.id("face:request")).click();
        user.waitForMessage("Advance requested and sent to finance.");
        user.signOut();

        user.signIn("np.finance");
        user.claimFromInbox("Authorise advance", proposalId);
        assertThat(user.text(By.id("face-requested"))).isEqualTo("72,000.30 NPR");
        assertThat(user.text(By.id("face-balance"))).isEqualTo("0.00 NPR");
        user.accessible("advance authorisation form");
        user.screenshot("13b-advance-authorise");
        driver.findElement(By.id("face:authorise")).click();
        user.waitForMessage("Advance authorised.");

        user.claimFromInbox("Release tranche", proposalId);
        assertThat(user.text(By.id("payment-note"))).isEqualTo("Advance: at most 72,000.30 NPR authorised may be paid.");
        record("80000", "NPR-TT-0042");
        user.waitForMessage("Disbursing 80,000.00 NPR would exceed tranche 1 of 72,000.30 NPR; at most 72,000.30 NPR remains in it");
        user.screenshot("14-over-disbursement-refused");
        record("72000.30", "NPR-TT-0042");
        user.waitForMessage("Disbursement recorded.");
        user.accessible("disbursement form");
        driver.findElement(By.id("release:releaseTranche")).click();
        user.waitForMessage("Tranche released.");
        proposalShows("Disbursing", "Submit progress and financial report");
        assertThat(user.text(By.id("disbursed"))).isEqualTo("72,000.30 NPR");
        assertThat(user.text(By.id("remaining"))).isEqualTo("48,000.20 NPR");
    }

    @Test
    @Order(7)
    void applicantReports() {
        user.signIn("np.applicant");
        user.openFromInbox("Submit progress and financial report", proposalId);
        report();
        user.accessible("report form");
        user.screenshot("15-report");
        driver.findElement(By.id("report:submitReports")).click();
        user.waitForMessage("Reports submitted for verification.");
        proposalShows("Disbursing", "Verify progress report", "Verify financial report");
    }

    @Test
    @Order(8)
    void coordinatorAndFinanceVerifyTheReports() {
        user.signIn("np.coordinator");
        user.claimFromInbox("Verify progress report", proposalId);
        user.accessible("verification form");
        user.screenshot("16-verify-progress");
        driver.findElement(By.id("verification:accept")).click();
        user.waitForMessage("Report accepted.");
        user.signOut();

        user.signIn("np.finance");
        user.claimFromInbox("Verify financial report", proposalId);
        driver.findElement(By.id("verification:accept")).click();
        user.waitForMessage("Report accepted.");
        Slice.advanceAuthorised(app, "NP", Long.parseLong(proposalId));
        user.claimFromInbox("Release tranche", proposalId);
        record("48000.20", "NPR-TT-0043");
        user.waitForMessage("Disbursement recorded.");
        driver.findElement(By.id("release:releaseTranche")).click();
        user.waitForMessage("Tranche released.");
        proposalShows("Disbursing", "Submit final report");
        assertThat(user.text(By.id("disbursed"))).isEqualTo("120,000.50 NPR");
        assertThat(user.text(By.id("remaining"))).isEqualTo("0.00 NPR");
    }

    @Test
    @Order(9)
    void applicantSendsTheFinalReportAndTheCoordinatorCloses() {
        user.signIn("np.applicant");
        user.openFromInbox("Submit final report", proposalId);
        report();
        driver.findElement(By.id("report:submitFinalReport")).click();
        user.waitForMessage("Final report submitted.");
        user.signOut();

        user.signIn("np.coordinator");
        user.claimFromInbox("Close grant", proposalId);
        user.accessible("closure form");
        user.screenshot("17-close");
        driver.findElement(By.id("close:summary")).sendKeys("A credential desk for returnees");
        driver.findElement(By.id("close:lessons")).sendKeys("Involve the municipality from the first month");
        driver.findElement(By.id("close:closeGrant")).click();
        user.waitForMessage("Grant closed.");

        proposalShows("Closed", "-");
        assertThat(user.text(By.id("history"))).contains("np.applicant", "np.focal", "np.reviewer.iom",
                "np.reviewer.undp", "np.finance", "np.coordinator");
        user.screenshot("18-proposal-closed");
    }

    @Test
    @Order(10)
    void financeFindsTheLedgerAndExportsIt() throws IOException {
        user.signIn("np.finance");
        driver.findElement(By.id("nav-finance")).click();
        user.waitForRow(By.id("grants"), TITLE);
        user.accessible("finance");
        user.screenshot("19-finance");
        assertThat(csvRow(download("grants:exportCsv"), 2, TITLE)).startsWith("NP", proposalId, TITLE, "Closed", "NPR",
                "120000.50", "120000.50", "0.00");
        user.open("app/finance/grant.xhtml?tenant=NP&grant=" + proposalId);
        user.waitForRow(By.id("ledger"), "NPR-TT-0043");
        user.accessible("ledger");
        user.screenshot("20-ledger");
        String csv = download("ledger:exportCsv");
        assertThat(csvRow(csv, 9, "NPR-TT-0042").subList(6, 10)).containsExactly("NPR", "72000.30", "72000.30", "NPR-TT-0042");
        assertThat(csvRow(csv, 9, "NPR-TT-0043").subList(6, 10)).containsExactly("NPR", "48000.20", "120000.50", "NPR-TT-0043");
        List<Row> sheet = xlsxRows(downloadBytes("ledger:exportXlsx"), "Ledger");
        assertThat(sheet).hasSize(3);
        assertLedgerRow(sheet.get(1), "NPR-TT-0042", "72000.30", "72000.30");
        assertLedgerRow(sheet.get(2), "NPR-TT-0043", "48000.20", "120000.50");
    }

    @Test
    @Order(11)
    void theProgrammeUnitSeesAllCountries() {
        user.signIn("pmu");
        user.chooseAllCountries();
        user.open("app/index.xhtml");
        user.accessible("dashboard, all countries");
        user.screenshot("21-dashboard-all-countries");
        user.open("app/proposals.xhtml?sector=EMPLOYMENT");
        assertThat(user.text(By.tagName("h1"))).isEqualTo("Proposals in All countries");
        user.waitForRow(By.id("list:proposals"), TITLE, "NP");
        user.accessible("proposals, all countries");
        user.screenshot("22-proposals-all-countries");
        user.open("app/proposals.xhtml?sector=HEALTH");
        assertThat(user.hasRow(By.id("list:proposals"), TITLE)).isFalse();
    }

    @Test
    @Order(12)
    void usersOfAnotherCountryReachNothingByUrl() {
        user.signIn("sn.coordinator");
        for (String path : new String[] {"app/proposal/view.xhtml?id=" + proposalId,
                "app/proposal/edit.xhtml?id=" + proposalId,
                "app/finance/grant.xhtml?tenant=NP&grant=" + proposalId,
                "app/attachment?tenant=NP&id=1"}) {
            user.open(path);
            assertThat(driver.getPageSource()).as(path).doesNotContain("Pokhara").doesNotContain("NPR-TT");
        }
        user.open("app/proposal/view.xhtml?id=" + proposalId);
        assertThat(user.text(By.id("error-title"))).isEqualTo("Not found");
        user.screenshot("23-other-country-404");
        for (String path : new String[] {"app/inbox.xhtml", "app/proposals.xhtml", "app/index.xhtml", "app/finance.xhtml"}) {
            user.open(path);
            assertThat(driver.getPageSource()).as(path).doesNotContain("Pokhara");
        }
    }

    @Test
    @Order(13)
    void theTenantAdministratorManagesUsersAndSettings() {
        user.signIn("np.admin");
        driver.findElement(By.id("nav-admin")).click();
        user.waitForRow(By.id("userList:users"), "np.coordinator");
        assertThat(user.text(By.id("userList:users"))).doesNotContain("sn.coordinator");
        driver.findElement(By.id("users:newUsername")).sendKeys("np.reviewer.iom2");
        driver.findElement(By.id("users:newDisplayName")).sendKeys("Second IOM reviewer");
        driver.findElement(By.id("users:newPassword")).sendKeys("a-long-enough-passphrase");
        new Select(driver.findElement(By.id("users:newRole"))).selectByValue("REVIEWER");
        driver.findElement(By.id("users:create")).click();
        user.waitForMessage("A reviewer needs an agency (IOM or UNDP)");
        new Select(driver.findElement(By.id("users:newRole"))).selectByValue("REVIEWER");
        new Select(driver.findElement(By.id("users:newAgency"))).selectByValue("IOM");
        WebElement password = driver.findElement(By.id("users:newPassword"));
        password.clear();
        password.sendKeys("a-long-enough-passphrase");
        driver.findElement(By.id("users:create")).click();
        user.waitForMessage("User np.reviewer.iom2 created.");
        user.waitForRow(By.id("userList:users"), "np.reviewer.iom2");
        new Select(driver.findElement(By.id("email:emailUser"))).selectByValue("np.reviewer.iom2");
        driver.findElement(By.id("email:address")).sendKeys("Reviewer <reviewer.iom2@m4d.example>");
        driver.findElement(By.id("email:changeEmail")).click();
        user.waitForMessage("Enter a plain e-mail address such as name@example.org");
        new Select(driver.findElement(By.id("email:emailUser"))).selectByValue("np.reviewer.iom2");
        WebElement address = driver.findElement(By.id("email:address"));
        address.clear();
        address.sendKeys("Reviewer.IOM2@m4d.example");
        driver.findElement(By.id("email:changeEmail")).click();
        user.waitForMessage("E-mail address of np.reviewer.iom2 saved.");
        user.waitForRow(By.id("userList:users"), "reviewer.iom2@m4d.example");
        user.accessible("users administration");
        user.screenshot("27-admin-users");

        driver.findElement(By.id("admin-settings")).click();
        WebElement period = user.waitFor(By.id("settings:reviewPeriod"));
        period.clear();
        period.sendKeys("7");
        WebElement lead = driver.findElement(By.id("settings:reminderLead"));
        lead.clear();
        lead.sendKeys("400");
        driver.findElement(By.id("settings:save")).click();
        user.waitForMessage("The reminder lead must be 1 to 365 days");
        lead = driver.findElement(By.id("settings:reminderLead"));
        lead.clear();
        lead.sendKeys("3");
        WebElement approval = driver.findElement(By.id("settings:approvalPeriod"));
        approval.clear();
        approval.sendKeys("12");
        new Select(driver.findElement(By.id("settings:timeZone"))).selectByValue("Asia/Kathmandu");
        driver.findElement(By.id("settings:save")).click();
        user.waitForMessage("Settings saved.");
        assertThat(driver.findElement(By.id("settings:reviewPeriod")).getAttribute("value")).isEqualTo("7");
        assertThat(driver.findElement(By.id("settings:approvalPeriod")).getAttribute("value")).isEqualTo("12");
        assertThat(driver.findElement(By.id("settings:reminderLead")).getAttribute("value")).isEqualTo("3");
        user.accessible("country settings");
        user.screenshot("28-admin-settings");
        user.signOut();

        user.signIn("np.applicant");
        user.open("app/admin/users.xhtml");
        assertThat(driver.getPageSource()).doesNotContain("np.reviewer.iom2");
    }

    @Test
    @Order(14)
    void thePagesSpeakFrenchAndSpanishAndKeepTheChoice() {
        user.open("login.xhtml");
        new Select(driver.findElement(By.id("languageForm:language"))).selectByValue("fr");
        user.waitForExactText(By.cssSelector("label[for='login:username']"), "Nom d'utilisateur");
        String sessionBefore = driver.manage().getCookieNamed("JSESSIONID").getValue();
        driver.findElement(By.id("login:username")).sendKeys("sn.applicant");
        driver.findElement(By.id("login:password")).sendKeys("demo");
        driver.findElement(By.id("login:signIn")).click();
        user.waitForExactText(By.id("nav-inbox"), "Boîte de réception");
        assertThat(driver.manage().getCookieNamed("JSESSIONID").getValue())
                .as("a new session id at sign-in").isNotEqualTo(sessionBefore);
        assertThat(user.text(By.id("welcome"))).isEqualTo("Bienvenue, Awa Ndiaye (Commune de Dakar)");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
        user.screenshot("24-home-french");

        driver.findElement(By.id("nav-inbox")).click();
        user.waitForExactText(By.id("inbox-heading"), "Vos tâches – Senegal");
        new Select(driver.findElement(By.id("languageForm:language"))).selectByValue("es");
        user.waitForExactText(By.id("nav-inbox"), "Bandeja de entrada");
        user.waitForExactText(By.id("inbox-heading"), "Sus tareas en Senegal");
        user.open("app/proposals.xhtml");
        user.waitForExactText(By.id("nav-proposals"), "Propuestas");
        user.screenshot("25-proposals-spanish");
        driver.findElement(By.id("newProposal")).click();
        user.waitForExactText(By.tagName("h1"), "Nueva propuesta para Senegal");
        driver.findElement(By.id("proposal:saveDraft")).click();
        user.waitForExactText(By.id("proposal:formMessages"),
                "Introduzca un título\nElija un sector\nIntroduzca el importe solicitado");
        user.screenshot("26-wizard-spanish-validation");
    }

    @Test
    @Order(15)
    void aTaskCompletedMeanwhileSendsTheUserBackToTheInboxSayingSo() {
        Api applicant = Api.as(app, "np.applicant2");
        long id = applicant.post("api/v1/tenants/NP/proposals", "{\"title\":\"Diaspora health volunteers\","
                + "\"sector\":\"HEALTH\",\"leadActor\":\"NATIONAL_INSTITUTION\",\"requestedAmount\":90000}")
                .json().getJsonNumber("id").longValue();
        assertThat(applicant.post("api/v1/tenants/NP/proposals/" + id + "/submit", null).status()).isEqualTo(200);
        user.signIn("np.coordinator");
        user.claimFromInbox("Screen eligibility", Long.toString(id));
        String taskId = driver.getCurrentUrl().replaceAll(".*[?&]id=([^&]+).*", "$1");

        assertThat(Api.as(app, "np.coordinator").post("api/v1/tenants/NP/tasks/" + taskId + "/complete",
                "{\"decision\":\"ACCEPT\"}").status()).as("completed in another window").isEqualTo(204);
        driver.findElement(By.id("screening:approve")).click();

        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(15))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("inbox.xhtml"));
        user.waitForMessage("This task was already completed by np.coordinator");
        user.screenshot("29-completed-meanwhile");
    }

    @Test
    @Order(16)
    void aWrongPasswordKeepsTheUserOutWithAMessage() {
        user.open("app/inbox.xhtml");
        assertThat(driver.getCurrentUrl()).contains("login.xhtml");
        driver.findElement(By.id("login:username")).sendKeys("np.applicant");
        driver.findElement(By.id("login:password")).sendKeys("wrong");
        driver.findElement(By.id("login:signIn")).click();
        user.waitForMessage("Unknown user name or wrong password.");
        user.accessible("sign-in");
        user.screenshot("00-login-refused");
    }

    @Test
    @Order(17)
    void amountsAndDatesAreTypedAsTheUsersLanguageWritesThemAtTheCurrencysDecimals() {
        String rupees = "Guichets de la diaspora à Biratnagar";
        user.open("login.xhtml");
        new Select(driver.findElement(By.id("languageForm:language"))).selectByValue("fr");
        user.waitForExactText(By.cssSelector("label[for='login:username']"), "Nom d'utilisateur");
        user.signIn("np.applicant2");
        user.open("app/proposal/edit.xhtml");
        driver.findElement(By.id("proposal:title")).sendKeys(rupees);
        new Select(driver.findElement(By.id("proposal:sector"))).selectByValue("EMPLOYMENT");
        user.typeNumber("proposal:amount", "1 234,56");
        assertThat(user.shownNumber("proposal:amount")).isEqualTo(Formats.amount(Locale.FRENCH, new BigDecimal("1234.56"), "NPR"))
                .isEqualTo("1\u202f234,56");
        next("proposal:outcomes:0");
        next("proposal:migrantsWomen");
        user.typeNumber("proposal:coFinancing", "2500,5");
        user.typeDate("proposal:startDate", "01/03/2021");
        user.typeDate("proposal:endDate", "30/06/2023");
        assertThat(user.shownNumber("proposal:coFinancing")).as("padded once left").isEqualTo("2\u202f500,50");
        assertThat(driver.findElement(By.id("proposal:startDate_input")).getAttribute("placeholder")).isEqualTo("31/01/2021");
        user.accessible("wizard in French: budget");
        driver.findElement(By.id("proposal:saveDraft")).click();
        user.waitForExactText(By.id("proposal:formMessages"), "Brouillon enregistré.");
        assertThat(new BigDecimal(Database.string("SELECT requested_amount FROM proposal WHERE title = ?", rupees)))
                .isEqualByComparingTo("1234.56");
        assertThat(new BigDecimal(Database.string("SELECT co_financing FROM proposal WHERE title = ?", rupees)))
                .isEqualByComparingTo("2500.50");
        assertThat(Database.string("SELECT start_date || ' ' || end_date FROM proposal WHERE title = ?", rupees))
                .isEqualTo("2021-03-01 2023-06-30");
        new Select(driver.findElement(By.id("languageForm:language"))).selectByValue("en");
        user.waitForExactText(By.id("nav-inbox"), "Inbox");
        user.signOut();

        String francs = "Maisons des migrants à Kolda";
        user.signIn("sn.applicant");
        new Select(driver.findElement(By.id("languageForm:language"))).selectByValue("fr");
        user.waitForExactText(By.id("nav-inbox"), "Boîte de réception");
        user.open("app/proposal/edit.xhtml");
        driver.findElement(By.id("proposal:title")).sendKeys(francs);
        new Select(driver.findElement(By.id("proposal:sector"))).selectByValue("EMPLOYMENT");
        user.typeNumber("proposal:amount", "1500000");
        assertThat(user.shownNumber("proposal:amount")).as("CFA francs have no decimals").isEqualTo("1\u202f500\u202f000");
        assertThat(driver.findElement(By.id("proposal:amount_input")).getAttribute("inputmode")).isEqualTo("numeric");
        // what the widget sends, forged once it has copied the typed amount on leaving the field (which
        // saved the draft by itself, ADR 0038): refused next to the field, the saved amount unchanged
        driver.findElement(By.id("proposal:title")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(20))
                .until(d -> d.findElement(By.id("autosave")).getText().matches("Enregistré à \\d{2}:\\d{2}:\\d{2}"));
        ((JavascriptExecutor) driver).executeScript("document.getElementById('proposal:amount_hinput').value = '12abc';");
        driver.findElement(By.id("proposal:saveDraft")).click();
        user.waitForExactText(By.id("proposal:formMessages"), "Saisissez le montant en chiffres, p. ex. 250 000,00");
        assertThat(Database.count("SELECT COUNT(*) FROM proposal WHERE title = ?", francs)).isEqualTo(1);
        assertThat(Database.string("SELECT requested_amount FROM proposal WHERE title = ?", francs)).isEqualTo("1500000.000");
        user.typeNumber("proposal:amount", "1500000");
        driver.findElement(By.id("proposal:saveDraft")).click();
        user.waitForExactText(By.id("proposal:formMessages"), "Brouillon enregistré.");
        assertThat(Database.string("SELECT requested_amount FROM proposal WHERE title = ?", francs)).isEqualTo("1500000.000");
        user.screenshot("30-wizard-french-francs");
    }

    private void next(String waitFor) {
        driver.findElement(By.id("proposal:wizard_next")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(20))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(By.id(waitFor)));
    }

    private void faceLine(int row, String description, String amount) {
        WebElement field = driver.findElement(By.id("face:rows:" + row + ":description"));
        field.clear();
        field.sendKeys(description);
        user.typeNumber("face:rows:" + row + ":amount", amount);
    }

    private void record(String amount, String reference) {
        user.typeNumber("disbursement:amount", amount);
        WebElement ref = driver.findElement(By.id("disbursement:reference"));
        ref.clear();
        ref.sendKeys(reference);
        driver.findElement(By.id("disbursement:record")).click();
    }

    private void report() {
        driver.findElement(By.id("report:narrative")).sendKeys("Two centres open; 180 migrants placed in jobs.");
        driver.findElement(By.id("report:beneficiaries")).sendKeys("180");
        user.typeDate("report:periodStart", "03/01/2021");
        user.typeDate("report:periodEnd", "09/30/2021");
        user.typeNumber("report:expenditure", "70000");
        user.waitForRow(By.id("report"), "Migrants placed in jobs", "400");
        user.typeNumber("report:actuals:0:actual", "180");
    }

    /**
     * Reloads the proposal page until it shows this state and waits in exactly these steps (in any
     * order; the job executor may take a moment), then checks both.
     */
    private void proposalShows(String state, String... waitingIn) {
        java.util.function.Supplier<List<String>> waiting = () -> List.of(user.text(By.id("waiting-in")).split(", "));
        java.time.Instant end = java.time.Instant.now().plusSeconds(30);
        do {
            user.open("app/proposal/view.xhtml?id=" + proposalId);
        } while (!(state.equals(user.text(By.id("proposal-state")))
                && new java.util.HashSet<>(waiting.get()).equals(java.util.Set.of(waitingIn)))
                && java.time.Instant.now().isBefore(end));
        assertThat(user.text(By.id("proposal-state"))).isEqualTo(state);
        assertThat(waiting.get()).containsExactlyInAnyOrder(waitingIn);
    }

    /** The fields of the CSV line whose field {@code column} is exactly {@code value}; no field here holds a comma. */
    private static List<String> csvRow(String csv, int column, String value) {
        return java.util.Arrays.stream(csv.split("\\R")).map(line -> List.of(line.split(",", -1)))
                .filter(fields -> fields.size() > column && fields.get(column).equals(value))
                .findFirst().orElseThrow(() -> new AssertionError("no line with " + value + " in\n" + csv));
    }

    private static List<Row> xlsxRows(byte[] xlsx, String sheetName) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false))) {
            assertThat(workbook.getSheets().map(org.dhatim.fastexcel.reader.Sheet::getName)).containsExactly(sheetName);
            return workbook.getFirstSheet().read();
        }
    }

    /** A ledger line of the workbook: its reference, and amount and running balance as exact two-decimal numbers. */
    private static void assertLedgerRow(Row row, String reference, String amount, String balance) {
        assertThat(row.getCell(9).asString()).isEqualTo(reference);
        assertThat(row.getCell(6).asString()).isEqualTo("NPR");
        for (int column : new int[] {7, 8}) {
            assertThat(row.getCell(column).getType()).isEqualTo(CellType.NUMBER);
            assertThat(row.getCell(column).getDataFormatString()).isEqualTo("#,##0.00");
        }
        assertThat(row.getCell(7).asNumber()).isEqualTo(new BigDecimal(amount));
        assertThat(row.getCell(8).asNumber()).isEqualTo(new BigDecimal(balance));
    }

    /** Fetches what an export button would download, in the user's session, as bytes. */
    private byte[] downloadBytes(String buttonId) {
        String form = driver.findElement(By.id(buttonId)).findElement(By.xpath("ancestor::form")).getAttribute("id");
        Object base64 = ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "const form = document.getElementById(arguments[0]);"
                        + "const data = new FormData(form); data.append(arguments[1], arguments[1]);"
                        + "fetch(form.action, {method: 'POST', body: new URLSearchParams(data)})"
                        + ".then(r => r.arrayBuffer()).then(b => { let s = ''; new Uint8Array(b).forEach(c => s += String.fromCharCode(c));"
                        + " done(btoa(s)); }).catch(e => done('failed: ' + e));", form, buttonId);
        return Base64.getDecoder().decode(String.valueOf(base64));
    }

    /** Fetches what an export button would download, in the user's session, as text. */
    private String download(String buttonId) {
        String form = driver.findElement(By.id(buttonId)).findElement(By.xpath("ancestor::form")).getAttribute("id");
        Object text = ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "const form = document.getElementById(arguments[0]);"
                        + "const data = new FormData(form); data.append(arguments[1], arguments[1]);"
                        + "fetch(form.action, {method: 'POST', body: new URLSearchParams(data)})"
                        + ".then(r => r.text()).then(done).catch(e => done('failed: ' + e));", form, buttonId);
        return String.valueOf(text);
    }
}
