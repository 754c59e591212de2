package org.m4d.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.m4d.grants.workflow.domain.GrantLifecycle;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The journey of a call (issue 14), in the pages: the coordinator opens a call with three sections
 * (two of the programme's library and a free one) and Nepal's envelope; the applicant writes the
 * proposal in the wizard, which saves itself, and invites a co-applicant; the co-applicant writes
 * their section, loses their session mid-sentence and finds their text saved after signing in again;
 * the reviewer, once cleared, scores with the questions, the answers and the budget in view; the
 * dashboard shows the envelope the approval used.
 */
@ExtendWith(SharedApp.class)
class CallJourneyBrowserIT {

    private static final String TOKEN = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
    private static final String CALL = "Returnee enterprise call " + TOKEN;
    private static final String TITLE = "Returnee enterprises in Gandaki " + TOKEN;
    private static final String FREE_QUESTION = "What will change for returnees in the first year?";
    private static final String SUMMARY = "Grants and coaching for 200 returnee enterprises in four municipalities.";
    private static final String RISKS = "Late cash transfers; mitigated by a reserve held by the municipality.";
    private static final String CHANGE = "Returnees open businesses and hire neighbours.";
    private static final String CHANGE_AFTER_EXPIRY = " Women returnees lead half of them.";

    @AppUrl
    URL app;

    @Test
    void aCallIsOpenedAnsweredByTwoApplicantsReviewedWithItsSectionsAndItsEnvelopeUsed() throws Exception {
        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            Journey user = new Journey(browser, app);

            // the coordinator opens a call asking three sections, with Nepal's envelope
            user.signIn("np.coordinator");
            user.open("app/calls.xhtml");
            driver.findElement(By.id("openCall:callTitle")).sendKeys(CALL);
            DateTimeFormatter typed = DateTimeFormatter.ofPattern("MM/dd/yyyy");
            user.typeDate("openCall:opensOn", LocalDate.now().format(typed));
            user.typeDate("openCall:closesOn", LocalDate.now().plusDays(60).format(typed));
            user.typeNumber("openCall:envelopes:0:amount", "500000");
            for (int row : new int[] {1, 2, 3, 4, 6}) { // the library's sections but the summary and the risks
                driver.findElement(By.id("openCall:sections:" + row + ":ask")).click();
            }
            driver.findElement(By.id("openCall:sections:7:ask")).click();
            driver.findElement(By.id("openCall:sections:7:questionEn")).sendKeys(FREE_QUESTION);
            driver.findElement(By.id("openCall:sections:7:questionFr")).sendKeys("Qu'est-ce qui changera la première année ?");
            driver.findElement(By.id("openCall:sections:7:questionEs")).sendKeys("¿Qué cambiará el primer año?");
            user.screenshot("call-01-opening");
            driver.findElement(By.id("openCall:open")).click();
            user.waitForMessage("Call \"" + CALL + "\" opened.");
            assertThat(user.waitForRow(By.id("calls"), CALL)).element(4).isEqualTo("500,000.00 USD");
            long call = callId();
            assertThat(Api.as(app, "np.coordinator").get("api/v1/tenants/NP/calls/" + call).json()
                    .getJsonArray("sections").getValuesAs(JsonObject.class))
                    .extracting(s -> s.getString("code")).containsExactly("SUMMARY", "RISKS", "FREE_3");
            user.signOut();

            // the applicant writes the proposal for the call; the wizard shows its three questions and saves itself
            user.signIn("np.applicant");
            user.open("app/proposal/edit.xhtml");
            driver.findElement(By.id("proposal:title")).sendKeys(TITLE);
            new Select(driver.findElement(By.id("proposal:sector"))).selectByVisibleText("Employment and economic inclusion");
            new Select(driver.findElement(By.id("proposal:leadActor"))).selectByValue("NATIONAL_INSTITUTION");
            new Select(driver.findElement(By.id("proposal:call"))).selectByValue(Long.toString(call));
            new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(WebDriverException.class)
                    .until(d -> d.findElements(By.cssSelector(".section-answer textarea")).size() == 3);
            assertThat(driver.findElements(By.cssSelector(".section-answer label"))).extracting(WebElement::getText)
                    .containsExactly("Summarise the proposal: what it will do, where, with whom and for whom. *",
                            "What are the main risks, and how will they be mitigated?", FREE_QUESTION);
            user.typeNumber("proposal:amount", "2670000");
            answer(driver, 0).sendKeys(SUMMARY);
            answer(driver, 1).sendKeys(RISKS);
            user.waitForAutosave(Journey.SAVED_AT);
            String id = new WebDriverWait(driver, Duration.ofSeconds(20))
                    .until(d -> d.getCurrentUrl().contains("edit.xhtml?id=") ? d.getCurrentUrl().replaceAll(".*\\?id=(\\d+).*", "$1") : null);
            long proposal = Long.parseLong(id);
            assertThat(savedAnswers(proposal, "np.applicant", SUMMARY, RISKS, "")).containsExactly(SUMMARY, RISKS, "");
            user.screenshot("call-02-form");

            // and invites a second applicant of Nepal to write with them
            user.open("app/proposal/view.xhtml?id=" + id);
            driver.findElement(By.id("invite:username")).sendKeys("np.applicant2");
            new Select(driver.findElement(By.id("invite:role"))).selectByValue("CO_APPLICANT");
            driver.findElement(By.id("invite:submitInvite")).click();
            user.waitForMessage("The applicant is invited.");
            user.signOut();

            // the co-applicant writes the free section; their session ends mid-sentence; nothing is lost
            user.signIn("np.applicant2");
            user.open("app/proposal/edit.xhtml?id=" + id);
            answer(driver, 2).sendKeys(CHANGE);
            user.waitForAutosave(Journey.SAVED_AT);
            assertThat(savedAnswers(proposal, "np.applicant2", SUMMARY, RISKS, CHANGE)).containsExactly(SUMMARY, RISKS, CHANGE);
            driver.manage().deleteAllCookies();
            answer(driver, 2).sendKeys(CHANGE_AFTER_EXPIRY);
            user.waitForExactText(By.id("autosave"), "Not saved — you are signed out or the database is away;"
                    + " your text is kept in this browser. Sign in again");
            assertThat(answers(proposal, "np.applicant")).as("nothing written while signed out")
                    .containsExactly(SUMMARY, RISKS, CHANGE);
            user.signInFromAutosave("np.applicant2");
            user.waitForAutosave("The text you typed while signed out was put back\\. " + Journey.SAVED_AT);
            assertThat(answer(driver, 2).getAttribute("value")).isEqualTo(CHANGE + CHANGE_AFTER_EXPIRY);
            assertThat(savedAnswers(proposal, "np.applicant2", SUMMARY, RISKS, CHANGE + CHANGE_AFTER_EXPIRY))
                    .containsExactly(SUMMARY, RISKS, CHANGE + CHANGE_AFTER_EXPIRY);
            assertThat(Database.string("SELECT written_by FROM proposal_answer WHERE proposal_id = ? AND section_code = 'FREE_3'",
                    proposal)).isEqualTo("np.applicant2");
            user.signOut();

            // submitted with its budget, screened; the IOM reviewer declares no conflict and scores beside it all
            Api applicant = Api.as(app, "np.applicant");
            Api.Reply budget = applicant.put("api/v1/tenants/NP/proposals/" + id, "{\"title\":\"" + TITLE
                    + "\",\"sector\":\"EMPLOYMENT\",\"leadActor\":\"NATIONAL_INSTITUTION\",\"requestedAmount\":2670000,"
                    + "\"callId\":" + call + ",\"partnerId\":" + Slice.lowRiskPartner("NP") + ",\"profile\":{"
                    + "\"budgetLines\":[{\"description\":\"Enterprise grants\",\"amount\":2000000},"
                    + "{\"description\":\"Coaching\",\"amount\":670000}]}}");
            assertThat(budget.status()).as(budget.body()).isEqualTo(200);
            Api.Reply submitted = applicant.post("api/v1/tenants/NP/proposals/" + id + "/submit", null);
            assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
            Slice.screen(app, "NP", proposal, "ACCEPT");
            Slice.handDeclarationTo(Api.as(app, "np.reviewer.iom"), "NP", proposal);

            user.signIn("np.reviewer.iom");
            user.openFromInbox("Declare conflict of interest", id);
            assertThat(driver.findElements(By.id("sections"))).as("no answers before the declaration").isEmpty();
            driver.findElement(By.id("conflict:noConflict")).click();
            user.waitForMessage("No conflict declared: the review is yours to score.");
            user.openFromInbox("Score proposal", id);
            assertThat(driver.findElements(By.cssSelector("#sections h4"))).extracting(WebElement::getText)
                    .containsExactly("Summarise the proposal: what it will do, where, with whom and for whom.",
                            "What are the main risks, and how will they be mitigated?", FREE_QUESTION);
            assertThat(driver.findElements(By.cssSelector("#sections p.answer"))).extracting(WebElement::getText)
                    .containsExactly(SUMMARY, RISKS, CHANGE + CHANGE_AFTER_EXPIRY);
            assertThat(user.waitForRow(By.id("whole-budget"), "Coaching")).containsExactly("Coaching", "670,000.00");
            assertThat(user.text(By.id("whole-budget-total"))).isEqualTo("2,670,000.00 NPR");
            for (String criterion : new String[] {"relevance", "scalability", "localOwnership", "genderResponsiveness",
                    "sustainability", "budgetRealism"}) {
                new Select(driver.findElement(By.id("review:" + criterion))).selectByVisibleText("4");
            }
            new Select(driver.findElement(By.id("review:recommendation"))).selectByIndex(1);
            user.screenshot("call-03-review");
            driver.findElement(By.id("review:submitReview")).click();
            user.waitForMessage("Review submitted.");
            user.signOut();

            // UNDP reviews and the coordinator approves; the dashboard shows the envelope the call used
            Api undp = Api.as(app, "np.reviewer.undp");
            assertThat(Slice.complete(undp, "NP", GrantLifecycle.DECLARE_CONFLICT, proposal, "{\"conflict\":false}").status())
                    .isEqualTo(204);
            assertThat(Slice.complete(undp, "NP", GrantLifecycle.SCORE_PROPOSAL, proposal, Slice.scores(4)).status())
                    .isEqualTo(204);
            Api.Reply approved = Slice.complete(Api.as(app, "np.coordinator"), "NP", GrantLifecycle.APPROVE_GRANT, proposal,
                    "{\"decision\":\"ACCEPT\"}");
            assertThat(approved.status()).as(approved.body()).isEqualTo(204);
            Slice.waitFor(() -> Database.count("SELECT COUNT(*) FROM grant_agreement WHERE proposal_id = ?", proposal) == 1
                    ? Boolean.TRUE : null, Duration.ofSeconds(60), "the grant agreement");
            BigDecimal requested = Database.usd("SELECT requested_amount || ' ' || usd_rate FROM proposal WHERE id = ?", proposal);
            BigDecimal grant = Database.usd("SELECT approved_amount || ' ' || usd_rate FROM grant_agreement WHERE proposal_id = ?",
                    proposal);

            user.signIn("np.coordinator");
            List<String> row = user.waitForRow(By.id("callsTable"), CALL);
            System.out.printf("Call journey: call %d, envelope %s, requested %s, approved %s USD; dashboard row %s%n",
                    call, "500000", requested, grant, row);
            assertThat(row).containsExactly(CALL, "500,000.00 USD", String.format(Locale.ENGLISH, "%,.2f USD", requested),
                    String.format(Locale.ENGLISH, "%,.2f USD", grant), "0.00 USD");
            user.screenshot("call-04-dashboard");
        }
    }

    private long callId() {
        return Api.as(app, "np.coordinator").get("api/v1/tenants/NP/calls").array().stream().map(JsonObject.class::cast)
                .filter(c -> c.getString("title").equals(CALL)).mapToLong(c -> c.getJsonNumber("id").longValue())
                .findFirst().orElseThrow();
    }

    private static WebElement answer(WebDriver driver, int section) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(WebDriverException.class)
                .until(ExpectedConditions.visibilityOfAllElementsLocatedBy(By.cssSelector(".section-answer textarea")))
                .get(section);
    }

    /** The proposal's answers of its current round through the API, as a reader of it, in the call's order. */
    private List<String> answers(long proposal, String reader) {
        return Api.as(app, reader).get("api/v1/tenants/NP/proposals/" + proposal + "/answers").json()
                .getJsonArray("sections").getValuesAs(JsonObject.class).stream().map(s -> s.getString("text")).toList();
    }

    /**
     * The answers once the autosave that follows the last keystroke has written them (a save of what was
     * typed before may be the one the status reports): at most 20 s, then what they are.
     */
    private List<String> savedAnswers(long proposal, String reader, String... expected) {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        List<String> now = answers(proposal, reader);
        while (!now.equals(List.of(expected)) && System.nanoTime() < until) {
            sleep();
            now = answers(proposal, reader);
        }
        return now;
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }


}
