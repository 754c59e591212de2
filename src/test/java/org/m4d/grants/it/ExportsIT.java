package org.m4d.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.m4d.grants.workflow.domain.GrantLifecycle;

/**
 * The list exports on Payara Micro and PostgreSQL, through the API and the pages' download buttons:
 * each list's filter applied, exact amounts, and users of another country or role getting none of
 * the rows they may not see. Each test names its proposals with a token of its own and filters on it,
 * so that what other tests leave in the database does not count.
 */
@ExtendWith(SharedApp.class)
class ExportsIT {

    private static final String EXPORTS = "api/v1/tenants/%s/exports/%s";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @AppUrl
    URL app;

    private final String token = "X" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    private static String profile(String indicators) {
        return "{\"level\":\"LOCAL\",\"outcomes\":[2,1],\"sdgTargets\":[\"10.7\",\"8.8\"],\"gcmObjectives\":[18],"
                + "\"genderMarker\":2,\"covidRecovery\":true,\"indicators\":[" + indicators + "]}";
    }

    private long proposal(String title, String amount, String profile, boolean submit) {
        Api applicant = Api.as(app, "np.applicant");
        Api.Reply created = applicant.post("api/v1/tenants/NP/proposals", "{\"title\":\"" + title
                + "\",\"sector\":\"EDUCATION\",\"leadActor\":\"NATIONAL_INSTITUTION\",\"requestedAmount\":" + amount
                + ",\"profile\":" + profile + ",\"partnerId\":" + Slice.lowRiskPartner("NP") + "}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        if (submit) {
            Api.Reply submitted = applicant.post("api/v1/tenants/NP/proposals/" + id + "/submit", null);
            assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        }
        return id;
    }

    private Api.Reply export(String user, String tenant, String list, String query) {
        return Api.as(app, user).get(String.format(EXPORTS, tenant, list) + query);
    }

    /** The data lines of a CSV export (the header line dropped), each split into its fields; no field here holds a comma. */
    private static List<List<String>> rows(Api.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.contentType().replace(" ", "")).isEqualTo("text/csv;charset=UTF-8");
        return reply.body().lines().skip(1).map(line -> List.of(line.split(",", -1))).toList();
    }

    private static String header(Api.Reply reply) {
        return reply.body().lines().findFirst().orElseThrow().replace("\uFEFF", "");
    }

    @Test
    void theProposalExportHoldsTheFilteredProposalsWithTheirMarkersAndExactAmounts() throws IOException {
        long submitted = proposal(token + " credential desk", "1000000.50", profile(""), true);
        long draft = proposal(token + " remittance literacy", "250000", profile(""), false);

        Api.Reply filtered = export("np.coordinator", "NP", "proposals", "?state=SUBMITTED&text=" + token);
        assertThat(header(filtered)).startsWith("Country,Proposal id,Proposal,State,Sector,Level,Outcomes,SDG targets,"
                + "GCM objectives,Gender marker,COVID-19 recovery,Currency,Requested,");
        assertThat(rows(filtered)).singleElement().satisfies(row -> assertThat(row.subList(0, 13)).containsExactly(
                "NP", Long.toString(submitted), token + " credential desk", "Submitted", "Education", "Local", "1; 2",
                "10.7; 8.8", "18", "2", "Yes", "NPR", "1000000.50"));
        assertThat(rows(export("np.coordinator", "NP", "proposals", "?text=" + token)))
                .extracting(row -> row.get(1)).containsExactlyInAnyOrder(Long.toString(submitted), Long.toString(draft));

        Api.Reply workbook = export("np.coordinator", "NP", "proposals", "?format=xlsx&state=SUBMITTED&text=" + token);
        assertThat(workbook.contentType()).isEqualTo(XLSX);
        List<Row> sheet = xlsx(bytes("np.coordinator", String.format(EXPORTS, "NP", "proposals")
                + "?state=SUBMITTED&text=" + token, XLSX), "Proposals");
        assertThat(sheet).hasSize(2);
        assertThat(sheet.get(1).getCell(2).asString()).isEqualTo(token + " credential desk");
        assertThat(sheet.get(1).getCell(12).getType()).isEqualTo(CellType.NUMBER);
        assertThat(sheet.get(1).getCell(12).getDataFormatString()).isEqualTo("#,##0.00");
        assertThat(sheet.get(1).getCell(12).asNumber()).isEqualTo(new BigDecimal("1000000.50"));

        assertThat(export("sn.coordinator", "NP", "proposals", "?text=" + token).status()).isEqualTo(404);
        assertThat(rows(export("sn.coordinator", "SN", "proposals", "?text=" + token))).isEmpty();
    }

    @Test
    void theProposalListPageDownloadsWhatItsFiltersShow() {
        long submitted = proposal(token + " page desk", "70000", profile(""), true);
        proposal(token + " page draft", "80000", profile(""), false);
        WebSession coordinator = WebSession.signIn(app, "np.coordinator");
        String page = "app/proposals.xhtml?state=SUBMITTED&text=" + token;

        Api.Reply csv = coordinator.post("app/proposals.xhtml", button("exports", "proposalsCsv",
                coordinator.viewState(page)));

                assertThat(rows(csv)).extracting(row -> row.subList(0, 4))
                .containsExactly(List.of("NP", Long.toString(submitted), token + " page desk", "Submitted"));

        WebSession other = WebSession.signIn(app, "sn.coordinator");
        Api.Reply foreign = other.post("app/proposals.xhtml", button("exports", "proposalsCsv",
                other.viewState(page)));
        assertThat(rows(foreign)).isEmpty();
    }

    @Test
    void theReviewExportHoldsTheScoresOfTheFilteredProposalsForThoseWhoReadReviews() {
        long reviewed = proposal(token + " reviewed desk", "90000", profile(""), true);
        Slice.screen(app, "NP", reviewed, "ACCEPT");
        Slice.reviewByBothAgencies(app, "NP", reviewed, 4);
        proposal(token + " unreviewed", "90000", profile(""), true);

        Api.Reply reviews = export("np.coordinator", "NP", "reviews", "?state=AWAITING_APPROVAL&text=" + token);
        assertThat(header(reviews)).isEqualTo("Country,Proposal id,Proposal,Review round,Agency,Reviewer,Relevance,"
                + "Scalability,Local ownership,Gender responsiveness,Sustainability,Budget realism,Weighted score,"
                + "Recommendation,Comments,Submitted at (UTC)");
        assertThat(rows(reviews)).extracting(row -> row.subList(1, 15)).containsExactlyInAnyOrder(
                List.of(Long.toString(reviewed), token + " reviewed desk", "1", "IOM", "np.reviewer.iom", "4", "4", "4",
                        "4", "4", "4", "4.00", "Fund", "Clear results framework."),
                List.of(Long.toString(reviewed), token + " reviewed desk", "1", "UNDP", "np.reviewer.undp", "4", "4",
                        "4", "4", "4", "4", "4.00", "Fund", "Clear results framework."));
        assertThat(rows(export("observer", "NP", "reviews", "?text=" + token))).hasSize(2);
        assertThat(rows(export("np.coordinator", "NP", "reviews", "?state=SUBMITTED&text=" + token))).isEmpty();

        Api.Reply applicant = export("np.applicant", "NP", "reviews", "?text=" + token);
        assertThat(applicant.status()).isEqualTo(403);
        assertThat(applicant.contentType()).startsWith("application/problem+json");
        assertThat(export("np.finance", "NP", "reviews", "?text=" + token).status()).isEqualTo(403);
        assertThat(export("sn.coordinator", "NP", "reviews", "?text=" + token).status()).isEqualTo(404);
        assertThat(rows(export("sn.coordinator", "SN", "reviews", "?text=" + token))).isEmpty();
    }

    @Test
    void theIndicatorExportHoldsBaselineTargetAndEachReportsActualForTheGrantsReadersOnly() {
        String indicators = "{\"name\":\"Officials trained\",\"unit\":\"people\",\"baseline\":0,\"target\":120},"
                + "{\"name\":\"Migrants reached\",\"unit\":\"people\",\"target\":2000}";
        long id = proposal(token + " indicator desk", "100000", profile(indicators), true);
        Slice.screen(app, "NP", id, "ACCEPT");
        Slice.reviewByBothAgencies(app, "NP", id, 4);
        Api coordinator = Api.as(app, "np.coordinator");
        expect204(Slice.complete(coordinator, "NP", GrantLifecycle.APPROVE_GRANT, id, "{\"decision\":\"ACCEPT\"}"));
        Api finance = Api.as(app, "np.finance");
        expect204(Slice.complete(finance, "NP", GrantLifecycle.SET_TRANCHE_PLAN, id,
                "{\"modality\":\"DIRECT_CASH_TRANSFER\",\"percentages\":[60,40]}"));
        Slice.advanceAuthorised(app, "NP", id);
        String today = LocalDate.now().toString();
        expect204(Slice.complete(finance, "NP", GrantLifecycle.RELEASE_TRANCHE, id,
                "{\"amount\":60000,\"date\":\"" + today + "\",\"reference\":\"" + token + "-PAY\"}"));
        expect204(Slice.complete(Api.as(app, "np.applicant"), "NP", GrantLifecycle.SUBMIT_REPORTS, id,
                "{\"narrative\":\"Two trainings held\",\"beneficiariesReached\":45,\"periodStart\":\"2026-01-01\","
                        + "\"periodEnd\":\"" + today + "\",\"expenditure\":50000,\"indicatorActuals\":"
                        + "[{\"name\":\"Officials trained\",\"actual\":45}]}"));
        proposal(token + " indicator draft", "5000", profile("{\"name\":\"Desks opened\",\"target\":1}"), false);

        Api.Reply forFinance = export("np.finance", "NP", "indicators", "?state=DISBURSED&text=" + token);
        assertThat(header(forFinance)).isEqualTo("Country,Proposal id,Proposal,Indicator,Unit,Baseline,Target,"
                + "Releases tranche,Report,Period end,Report state,Actual");
        assertThat(rows(forFinance)).containsExactly(
                List.of("NP", Long.toString(id), token + " indicator desk", "Officials trained", "people", "0", "120",
                        "2", "Progress and financial report", today, "Submitted", "45"),
                List.of("NP", Long.toString(id), token + " indicator desk", "Migrants reached", "people", "", "2000",
                        "", "", "", "", ""));

        assertThat(rows(export("np.applicant2", "NP", "indicators", "?state=DISBURSED&text=" + token)))
                .as("another applicant reads the proposal's framework, not the grant's reports")
                .containsExactly(
                        List.of("NP", Long.toString(id), token + " indicator desk", "Officials trained", "people", "0",
                                "120", "", "", "", "", ""),
                        List.of("NP", Long.toString(id), token + " indicator desk", "Migrants reached", "people", "",
                                "2000", "", "", "", "", ""));
        assertThat(export("sn.applicant", "NP", "indicators", "?text=" + token).status()).isEqualTo(404);
        assertThat(rows(export("sn.coordinator", "SN", "indicators", "?text=" + token))).isEmpty();
    }

    @Test
    void theAuditExportHoldsTheFilteredTrailForTheGlobalRolesAndBadFiltersAreRefused() {
        long id = proposal(token + " audited desk", "30000", profile(""), true);

        Api.Reply audit = export("observer", "NP", "audit", "?action=SUBMITTED&user=NP.APPLICANT");
        assertThat(header(audit)).isEqualTo("When (UTC),Country,User,Action,Subject,Subject id,From state,To state,Detail");
        List<List<String>> rows = rows(audit);
        assertThat(rows).isNotEmpty().allSatisfy(row -> {
            assertThat(row.subList(1, 2)).containsExactly("NP");
            assertThat(row.get(2)).startsWith("np.applicant");
            assertThat(row.subList(3, 5)).containsExactly("SUBMITTED", "PROPOSAL");
        });
        assertThat(rows).filteredOn(row -> row.get(5).equals(Long.toString(id))).singleElement()
                .satisfies(row -> assertThat(row.subList(2, 8)).containsExactly("np.applicant", "SUBMITTED",
                        "PROPOSAL", Long.toString(id), "DRAFT", "SUBMITTED"));
        assertThat(rows(export("observer", "NP", "audit", "?action=WITHDRAWN&user=np.applicant")))
                .noneMatch(row -> row.get(5).equals(Long.toString(id)));

        WebSession observer = WebSession.signIn(app, "observer");
        Map<String, String> toNepal = new LinkedHashMap<>();
        toNepal.put("tenantForm", "tenantForm");
        toNepal.put("tenantForm:tenant", "NP");
        toNepal.put("jakarta.faces.ViewState", observer.viewState("app/audit.xhtml"));
        assertThat(observer.post("app/audit.xhtml", toNepal).status()).isIn(200, 302, 303);
        Api.Reply page = observer.post("app/audit.xhtml", button("auditExports", "auditCsv",
                observer.viewState("app/audit.xhtml?country=NP&action=SUBMITTED&user=np.applicant")));
        assertThat(rows(page)).filteredOn(row -> row.get(5).equals(Long.toString(id))).singleElement()
                .satisfies(row -> assertThat(row.subList(1, 8)).containsExactly("NP", "np.applicant", "SUBMITTED",
                        "PROPOSAL", Long.toString(id), "DRAFT", "SUBMITTED"));

        assertThat(export("np.coordinator", "NP", "audit", "").status()).isEqualTo(403);
        for (String bad : List.of("proposals?state=FOO", "proposals?format=pdf", "reviews?gender=3",
                "indicators?covid=maybe", "proposals?text=" + "x".repeat(201), "audit?user=" + "u".repeat(101))) {
            Api.Reply refused = Api.as(app, "observer").get("api/v1/tenants/NP/exports/" + bad);
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.contentType()).as(bad).startsWith("application/problem+json");
            assertThat(CorpusCases.CLASS_NAME.matcher(refused.body()).find()).as(refused.body()).isFalse();
        }
        assertThat(Api.as(app, "observer").get("api/v1/tenants/NP/exports/proposals?state=FOO").json()
                .getString("detail")).isEqualTo("Query parameter state: one of DRAFT, SUBMITTED, IN_REVISION, "
                + "UNDER_REVIEW, AWAITING_APPROVAL, APPROVED, REJECTED, WITHDRAWN, DISBURSED, CLOSED");
    }

    private static void expect204(Api.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(204);
    }

    /** The fields a non-Ajax command button posts. */
    private static Map<String, String> button(String form, String button, String viewState) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(form, form);
        fields.put(form + ":" + button, "");
        fields.put("jakarta.faces.ViewState", viewState);
        return fields;
    }

    private byte[] bytes(String user, String path, String accept) {
        String basic = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        try {
            HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(app.toString()).resolve(path)).header("Authorization", "Basic " + basic)
                    .header("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Disposition"))
                    .hasValue("attachment; filename=\"proposals-NP.xlsx\"");
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<Row> xlsx(byte[] content, String sheetName) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content),
                new ReadingOptions(true, false))) {
            assertThat(workbook.getSheets().map(org.dhatim.fastexcel.reader.Sheet::getName)).containsExactly(sheetName);
            return workbook.getFirstSheet().read();
        }
    }
}
