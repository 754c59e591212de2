package org.m4d.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The thin slice through the real pages in headless Chromium: an applicant submits, a coordinator
 * of another country cannot reach it, the coordinator screens, finance records a disbursement
 * (first too much, refused with a message, then within the grant). Screenshots go to
 * {@code target/screenshots/}.
 */
@ExtendWith(ArquillianExtension.class)
class BrowserIT {

    @Deployment(testable = false)
    static WebArchive app() {
        return Deployments.app();
    }

    @ArquillianResource
    URL app;

    private Browser browser;
    private WebDriver driver;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browser.start();
        driver = browser.driver();
    }

    @AfterEach
    void closeBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void applicantSubmitsCoordinatorScreensFinanceDisburses() {
        signIn("np.applicant");
        browser.screenshot("01-home");
        driver.findElement(By.id("nav-proposals")).click();
        driver.findElement(By.id("newProposal")).click();
        driver.findElement(By.id("proposal:title")).sendKeys("Migrant resource centres in Pokhara");
        new Select(driver.findElement(By.id("proposal:sector"))).selectByVisibleText("Employment and economic inclusion");
        driver.findElement(By.id("proposal:amount")).sendKeys("120000.50");
        browser.screenshot("02-new-proposal");
        driver.findElement(By.id("proposal:submit")).click();

        assertThat(browser.text(By.id("proposal-state"))).isEqualTo("Submitted");
        assertThat(browser.text(By.id("waiting-in"))).contains("Screen eligibility");
        String id = driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.attributeToBe(By.id("diagram"), "data-ready", "true"));
        assertThat(driver.findElements(By.cssSelector("#diagram [data-element-id='screenEligibility'].highlight")))
                .as("the step the proposal waits in is highlighted").hasSize(1);
        assertThat(driver.findElements(By.cssSelector("#diagram [data-element-id='proposalSubmitted'].done"))).hasSize(1);
        browser.screenshot("03-proposal-submitted");
        signOut();

        signIn("sn.coordinator");
        open("app/proposal/view.xhtml?id=" + id);
        assertThat(browser.text(By.id("error-title"))).isEqualTo("Not found");
        assertThat(driver.getPageSource()).doesNotContain("Pokhara");
        browser.screenshot("04-other-country-404");
        open("app/inbox.xhtml");
        assertThat(driver.getPageSource()).doesNotContain("Pokhara");
        signOut();

        signIn("np.coordinator");
        claimFromInbox("Screen eligibility", id);
        assertThat(browser.text(By.id("task-name"))).isEqualTo("Screen eligibility");
        driver.findElement(By.id("screening:comment")).sendKeys("Scales up the Kathmandu pilot; eligible.");
        browser.screenshot("05-screening");
        driver.findElement(By.id("screening:approve")).click();
        waitForText(By.id("messages"), "found eligible");
        signOut();

        for (String reviewer : new String[] {"np.reviewer.iom", "np.reviewer.undp"}) {
            signIn(reviewer);
            claimFromInbox("Declare conflict of interest", id);
            assertThat(driver.getPageSource()).doesNotContain("120000.50", "120,000.50");
            driver.findElement(By.id("conflict:noConflict")).click();
            waitForText(By.id("messages"), "yours to score");
            openFromInbox("Score proposal", id);
            for (String criterion : new String[] {"relevance", "scalability", "localOwnership", "genderResponsiveness",
                    "sustainability", "budgetRealism"}) {
                new Select(driver.findElement(By.id("review:" + criterion))).selectByVisibleText("4");
            }
            new Select(driver.findElement(By.id("review:recommendation"))).selectByVisibleText("Fund");
            driver.findElement(By.id("review:comments")).sendKeys("Builds on a working pilot.");
            browser.screenshot("06-review-" + reviewer);
            driver.findElement(By.id("review:submitReview")).click();
            waitForText(By.id("messages"), "Review submitted");
            signOut();
        }

        signIn("np.coordinator");
        claimFromInbox("Approve grant", id);
        driver.findElement(By.id("approval:approve")).click();
        waitForText(By.id("messages"), "Grant approved");
        signOut();

        signIn("np.finance");
        claimFromInbox("Set tranche plan", id);
        driver.findElement(By.id("plan:setPlan")).click();
        waitForText(By.id("messages"), "first tranche is open");
        claimFromInbox("Release tranche", id);
        assertThat(browser.text(By.id("remaining"))).isEqualTo("120,000.50 NPR");
        driver.findElement(By.id("disbursement:amount")).sendKeys("50000");
        driver.findElement(By.id("disbursement:reference")).sendKeys("NPR-TT-0042");
        driver.findElement(By.id("disbursement:record")).click();
        waitForText(By.id("messages"), "would exceed tranche 1 of 48,000.20 NPR");
        browser.screenshot("07-over-disbursement-refused");

        WebElement amount = driver.findElement(By.id("disbursement:amount"));
        amount.clear();
        amount.sendKeys("48000.20");
        driver.findElement(By.id("disbursement:record")).click();
        waitForText(By.id("messages"), "Disbursement recorded");
        driver.findElement(By.id("release:releaseTranche")).click();
        waitForText(By.id("messages"), "Tranche released");

        open("app/proposal/view.xhtml?id=" + id);
        assertThat(browser.text(By.id("proposal-state"))).isEqualTo("Disbursing");
        assertThat(browser.text(By.id("disbursed"))).isEqualTo("48,000.20 NPR");
        assertThat(browser.text(By.id("history"))).contains("Submitted", "Screened eligible", "Review scored",
                "Approved", "Tranche plan set", "Disbursement recorded", "Tranche released", "np.finance");
        assertThat(browser.text(By.id("tranches"))).contains("Released", "Planned");
        browser.screenshot("08-proposal-disbursed");
    }

    @Test
    void thePagesSpeakFrenchAndSpanishAndKeepTheChoice() {
        open("login.xhtml");
        new Select(driver.findElement(By.id("languageForm:language"))).selectByValue("fr");
        new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("label[for='login:username']"),
                        "Nom d'utilisateur"));
        String sessionBefore = driver.manage().getCookieNamed("JSESSIONID").getValue();
        driver.findElement(By.id("login:username")).sendKeys("sn.applicant");
        driver.findElement(By.id("login:password")).sendKeys("demo");
        driver.findElement(By.id("login:signIn")).click();
        waitForText(By.id("nav-inbox"), "Boîte de réception");
        assertThat(driver.manage().getCookieNamed("JSESSIONID").getValue())
                .as("a new session id at sign-in").isNotEqualTo(sessionBefore);
        assertThat(browser.text(By.id("welcome"))).startsWith("Bienvenue");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
        browser.screenshot("09-home-french");

        driver.findElement(By.id("nav-inbox")).click();
        waitForText(By.id("inbox-heading"), "Vos tâches");
        new Select(driver.findElement(By.id("languageForm:language"))).selectByValue("es");
        waitForText(By.id("nav-inbox"), "Bandeja de entrada");
        waitForText(By.id("inbox-heading"), "Sus tareas en Senegal");
        open("app/proposals.xhtml");
        waitForText(By.id("nav-proposals"), "Propuestas");
        browser.screenshot("10-proposals-spanish");
        driver.findElement(By.id("newProposal")).click();
        waitForText(By.tagName("h1"), "Nueva propuesta para Senegal");
        driver.findElement(By.id("proposal:title")).sendKeys("Retorno de profesionales de la salud");
        new Select(driver.findElement(By.id("proposal:sector"))).selectByVisibleText("Health");
        driver.findElement(By.id("proposal:amount")).sendKeys("5000000");
        driver.findElement(By.id("proposal:saveDraft")).click();
        waitForText(By.tagName("body"), "Importe solicitado");
        assertThat(browser.text(By.tagName("body"))).contains("Estado", "Historial", "Creada por");
    }

    @Test
    void aWrongPasswordKeepsTheUserOutWithAMessage() {
        open("app/inbox.xhtml");
        assertThat(driver.getCurrentUrl()).contains("login.xhtml");
        driver.findElement(By.id("login:username")).sendKeys("np.applicant");
        driver.findElement(By.id("login:password")).sendKeys("wrong");
        driver.findElement(By.id("login:signIn")).click();
        waitForText(By.id("messages"), "Unknown user name or wrong password");
        browser.screenshot("00-login-refused");
    }

    private void waitForText(By element, String text) {
        // Chromium reports a node replaced by the next page as an "inspector error", not as stale
        new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(element, text));
    }

    private void open(String path) {
        driver.get(app.toString() + path);
    }

    private void signIn(String username) {
        open("login.xhtml");
        driver.findElement(By.id("login:username")).sendKeys(username);
        driver.findElement(By.id("login:password")).sendKeys("demo");
        driver.findElement(By.id("login:signIn")).click();
        assertThat(browser.text(By.id("user-name"))).isNotBlank();
    }

    private void signOut() {
        driver.findElement(By.id("logoutForm:logout")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("login.xhtml"));
    }

    /** Opens a task already assigned to the user from the inbox. */
    private void openFromInbox(String taskName, String proposalId) {
        open("app/inbox.xhtml");
        driver.findElement(By.xpath("//tr[td[normalize-space()='" + taskName + "'] and .//a[substring-after(@href, 'id=')='"
                + proposalId + "']]//a[normalize-space()='Open']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("task.xhtml"));
    }

    /** Claims the task from the inbox, reloading while the job executor has not yet created it. */
    private void claimFromInbox(String taskName, String proposalId) {
        String claim = "//tr[td[normalize-space()='" + taskName + "'] and .//a[substring-after(@href, 'id=')='" + proposalId + "']]"
                + "//input[@value='Claim']";
        WebElement button = Slice.waitFor(() -> {
            open("app/inbox.xhtml");
            try {
                return driver.findElement(By.xpath(claim));
            } catch (NoSuchElementException notYet) {
                return null;
            }
        }, Duration.ofSeconds(60), taskName + " in the inbox");
        browser.screenshot("inbox-" + taskName.toLowerCase().replace(' ', '-'));
        button.click();
    }
}
