package org.m4d.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The reviewer sees everything they score (issue 14): before declaring a conflict of interest, who
 * proposes what and nothing more; once they declare none, the scoring page shows the whole proposal
 * beside the form, its budget with the exact total, its indicators and its files, a PDF opening in
 * the browser (inline, no sniffing, its own content security policy) and a Word file only downloaded.
 * A reviewer of the country who has not declared may not open the file.
 */
@ExtendWith(SharedApp.class)
class ReviewerProposalBrowserIT {

    private static final String REVIEWER = "np.reviewer.iom";

    @AppUrl
    URL app;

    @Test
    void afterDeclaringNoConflictTheReviewerScoresBesideTheWholeProposalAndOpensItsPdf() throws Exception {
        long id = submittedWithEverything("Whole proposal journey: returnee workshops");
        String pdf = Long.toString(Fixtures.attachment("NP", id, "Workplan 2026.pdf", "%PDF-1.4 workplan"));
        Fixtures.attachment("NP", id, "Letters.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "PK\u0003\u0004letters");
        Slice.screen(app, "NP", id, "ACCEPT");
        Slice.handDeclarationTo(Api.as(app, REVIEWER), "NP", id);
        String proposal = Long.toString(id);
        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            Journey user = new Journey(browser, app);
            user.signIn(REVIEWER);

            user.openFromInbox("Declare conflict of interest", proposal);
            assertThat(driver.findElements(By.id("whole-budget"))).as("no budget before the declaration").isEmpty();
            assertThat(driver.getPageSource()).as("nothing of the proposal before the declaration")
                    .doesNotContain("Village outreach", "150,000.50", "Returnees placed in work", "Workplan 2026.pdf");
            driver.findElement(By.id("conflict:noConflict")).click();
            user.waitForMessage("No conflict declared: the review is yours to score.");

            user.openFromInbox("Score proposal", proposal);
            assertThat(user.waitForRow(By.id("whole-budget"), "Village outreach"))
                    .containsExactly("Village outreach", "100,000.25");
            assertThat(user.waitForRow(By.id("whole-budget"), "Trainers"))
                    .containsExactly("Trainers", "50,000.25");
            assertThat(user.text(By.id("whole-budget-total"))).isEqualTo("150,000.50 NPR");
            assertThat(user.waitForRow(By.id("whole-indicators"), "Returnees placed in work"))
                    .containsExactly("Returnees placed in work", "people", "12", "250");
            assertThat(user.text(By.id("whole-people-total"))).isEqualTo("330");
            assertThat(user.text(By.id("whole-gender"))).isEqualTo("2 - principal objective");
            assertThat(user.text(By.id("task-period"))).isEqualTo("Mar 1, 2020 to Feb 28, 2023");
            assertThat(user.text(By.id("whole-cofinancing"))).isEqualTo("20,000.00 NPR");
            assertThat(driver.findElements(By.id("review:submitReview"))).as("the scoring form beside it").hasSize(1);

            List<WebElement> files = driver.findElements(By.cssSelector("#whole-files li"));
            assertThat(files).extracting(WebElement::getText)
                    .containsExactly("Workplan 2026.pdf Open Download", "Letters.docx Download");
            WebElement open = files.get(0).findElement(By.cssSelector("a.file-open"));
            assertThat(open.getAttribute("target")).isEqualTo("_blank");
            user.accessible("scoring page with the whole proposal");
            user.screenshot("review-whole-proposal");

            WebSession reviewer = WebSession.signIn(app, REVIEWER);
            HttpResponse<String> opened = reviewer.response(open.getAttribute("href"));
            assertThat(opened.statusCode()).isEqualTo(200);
            assertThat(opened.headers().firstValue("Content-Type")).hasValue("application/pdf");
            assertThat(opened.headers().firstValue("Content-Disposition"))
                    .hasValue("inline; filename=\"Workplan_2026.pdf\"; filename*=UTF-8''Workplan%202026.pdf");
            assertThat(opened.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(opened.headers().allValues("Content-Security-Policy"))
                    .containsExactly("default-src 'none'; object-src 'self'; frame-ancestors 'none'");
            assertThat(opened.body()).isEqualTo("%PDF-1.4 workplan");
            HttpResponse<String> word = reviewer.response(files.get(1).findElement(By.cssSelector("a.file-download"))
                    .getAttribute("href") + "&open=1");
            assertThat(word.headers().firstValue("Content-Disposition"))
                    .hasValue("attachment; filename=\"Letters.docx\"; filename*=UTF-8''Letters.docx");

            // the other agency's reviewer of the country has not declared on it: the file is not theirs to read
            assertThat(WebSession.signIn(app, "np.reviewer.undp").response("app/attachment?tenant=NP&id=" + pdf + "&open=1")
                    .statusCode()).isEqualTo(403);
        }
    }

    /** A proposal of Nepal with markers, people reached, two budget lines, an indicator and co-financing, submitted. */
    private long submittedWithEverything(String title) {
        Api applicant = Api.as(app, "np.applicant");
        Api.Reply created = applicant.post("api/v1/tenants/NP/proposals", "{\"title\":\"" + title
                + "\",\"sector\":\"EDUCATION\",\"leadActor\":\"NATIONAL_INSTITUTION\",\"requestedAmount\":150000.50,"
                + "\"partnerId\":" + Slice.lowRiskPartner("NP") + ",\"profile\":{\"genderMarker\":2,\"covidRecovery\":true,"
                + "\"beneficiaries\":{\"migrantsWomen\":120,\"migrantsMen\":100,\"familiesWomen\":40,\"familiesMen\":30,"
                + "\"hostWomen\":20,\"hostMen\":20},"
                + "\"budgetLines\":[{\"description\":\"Village outreach\",\"amount\":100000.25},"
                + "{\"description\":\"Trainers\",\"amount\":50000.25}],\"coFinancing\":20000,"
                + "\"startDate\":\"2020-03-01\",\"endDate\":\"2023-02-28\","
                + "\"indicators\":[{\"name\":\"Returnees placed in work\",\"unit\":\"people\",\"baseline\":12,\"target\":250}]}}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        Api.Reply submitted = applicant.post("api/v1/tenants/NP/proposals/" + id + "/submit", null);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        return id;
    }
}
