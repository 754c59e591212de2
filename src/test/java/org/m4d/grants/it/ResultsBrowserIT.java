package org.m4d.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The programme unit's view of results in Chromium: after a Nepalese grant's report is accepted,
 * the results page for all countries shows the programme indicator's row exactly as the roll-up counts it, and the
 * dashboard's IATI button downloads, in the same session, a file holding the grant's activity; the
 * dashboard of a country without grant says it has none to publish instead of offering the file.
 */
@ExtendWith(SharedApp.class)
class ResultsBrowserIT {

    @AppUrl
    URL app;

    /** The programme row (no country) of a programme indicator in the results of the API. */
    private static JsonObject programmeRow(JsonObject results, long programmeIndicator) {
        return results.getJsonArray("indicators").getValuesAs(JsonObject.class).stream()
                .filter(r -> !r.containsKey("country") || r.isNull("country"))
                .filter(r -> r.getJsonNumber("programmeIndicatorId").longValue() == programmeIndicator)
                .findFirst().orElseThrow();
    }

    private static String plain(JsonObject row, String figure) {
        return row.getJsonNumber(figure).bigDecimalValue().stripTrailingZeros().toPlainString();
    }

    @Test
    void theDashboardOfACountryWithoutGrantSaysSoInsteadOfOfferingTheIatiFile() throws Exception {
        try (Browser browser = Browser.start()) {
            Journey user = new Journey(browser, app);
            user.signIn("pmu");
            user.open("app/index.xhtml");
            user.chooseCountry("BD");

            assertThat(user.text(By.id("iatiNone"))).isEqualTo("Bangladesh has no grant to publish yet");
            assertThat(user.driver().findElements(By.id("iatiDownload"))).isEmpty();
        }
    }

    @Test
    void pmuSeesTheResultsChartAfterAReportAndDownloadsTheIatiFile() throws Exception {
        ResultsFixtures fx = new ResultsFixtures(app);
        String title = "Results journey " + UUID.randomUUID().toString().substring(0, 8);
        ResultsFixtures.Target trained = fx.catalogue(fx.results("pmu", "api/v1/results").getString("phaseId")).get(0);
        long id = fx.proposal("NP", title, "400000", 2, ResultsFixtures.indicator("Officials trained", trained, 20));
        fx.grantReady("NP", id, "200000");
        fx.report("NP", id, "{\"name\":\"Officials trained\",\"actual\":14}", true);
        JsonObject row = programmeRow(fx.results("pmu", "api/v1/results"), trained.id());

        try (Browser browser = Browser.start()) {
            Journey user = new Journey(browser, app);
            user.signIn("pmu");
            user.chooseAllCountries();
            user.open("app/results.xhtml");
            assertThat(user.text(By.id("results-heading"))).isEqualTo("Results of "
                    + fx.results("pmu", "api/v1/results").getString("phase") + ": All countries");
            List<String> cells = user.waitForRow(By.id("results:resultsTable"), trained.name(), plain(row, "actual"));
            assertThat(cells).containsExactly(Integer.toString(row.getInt("outcome")), trained.name(), row.getString("unit"),
                    Integer.toString(row.getInt("linked")), Integer.toString(row.getInt("reporting")), plain(row, "target"),
                    plain(row, "actual"));
            assertThat(user.driver().findElement(By.id("results:resultsChart")).isDisplayed()).isTrue();
            user.accessible("results");
            user.screenshot("results-01-dashboard");

            user.open("app/index.xhtml");
            String href = user.driver().findElement(By.id("iatiDownload")).getAttribute("href");
            Object fetched = ((JavascriptExecutor) user.driver()).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "fetch(arguments[0]).then(r => r.text().then(t => done([String(r.status),"
                            + " r.headers.get('Content-Type'), t]))).catch(e => done(['failed', String(e), '']));", href);
            List<?> answer = (List<?>) fetched;
            assertThat(answer.get(0)).isEqualTo("200");
            assertThat(String.valueOf(answer.get(1))).startsWith("application/xml");
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document file = factory.newDocumentBuilder().parse(new ByteArrayInputStream(
                    String.valueOf(answer.get(2)).getBytes(StandardCharsets.UTF_8)));
            assertThat(file.getDocumentElement().getTagName()).isEqualTo("iati-activities");
            NodeList ours = (NodeList) XPathFactory.newInstance().newXPath().evaluate(
                    "/iati-activities/iati-activity[iati-identifier[substring(., string-length(.) - string-length('-NP-" + id
                            + "') + 1) = '-NP-" + id + "']]/title/narrative", file, XPathConstants.NODESET);
            assertThat(ours.getLength()).isEqualTo(1);
            assertThat(ours.item(0).getTextContent()).isEqualTo(title);
        }
    }
}
