package org.m4d.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.m4d.grants.workflow.domain.GrantAmendment;
import org.m4d.grants.workflow.domain.GrantLifecycle;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The IATI 2.03 export through the API on Payara Micro and PostgreSQL: a grant taken through its
 * whole lifecycle (an amendment that raises the amount, a reversal, an accepted report, the final
 * report and closure) is exported, validated against the official activity schema and its codes
 * checked against the official codelists in {@code ../shared/iati/}, with its yearly budgets,
 * planned tranches, default types, gender marker and place; the file of a country is its members'
 * and the global roles' only; a country without grant has no file (422).
 */
@ExtendWith(SharedApp.class)
class IatiIT {

    private static final String EXPORT = "api/v1/iati/activities.xml";

    @AppUrl
    URL app;

    @Test
    void aClosedGrantsWholeLifecycleIsAValidIatiActivity() throws Exception {
        IatiStandard.requirePresent();
        long id = closedGrant();
        String ledgerOf = "api/v1/tenants/NP/proposals/" + id + "/grant";
        List<Long> entries = Api.as(app, "np.finance").get(ledgerOf).json().getJsonArray("ledger")
                .getValuesAs(JsonObject.class).stream().map(e -> e.getJsonNumber("id").longValue()).toList();
        assertThat(entries).hasSize(4);

        Api.Reply reply = Api.as(app, "np.coordinator").get(EXPORT + "?country=NP");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/xml");
        byte[] xml = reply.body().getBytes(StandardCharsets.UTF_8);
        IatiStandard.validate(xml);
        Document doc = IatiStandard.parse(xml);
        IatiStandard.checkCodes(doc);

        String identifier = "XM-DAC-47066-M4D-NP-" + id;
        String activity = "//iati-activity[iati-identifier='" + identifier + "']";
        assertThat(all(doc, activity + "/title/narrative/text()")).containsExactly("IATI probe: recognised skills");
        assertThat(all(doc, activity + "/activity-status/@code")).containsExactly("4");
        assertThat(all(doc, activity + "/participating-org/@role")).containsExactly("1", "2", "2", "4");
        assertThat(all(doc, activity + "/participating-org[@role='1']/narrative/text()"))
                .containsExactly("Swiss Agency for Development and Cooperation (SDC)");
        assertThat(all(doc, activity + "/recipient-country/@code")).containsExactly("NP");
        assertThat(all(doc, activity + "/sector/@code")).containsExactly("11110", "EDUCATION");
        assertThat(all(doc, activity + "/location/name/narrative/text()")).containsExactly("Birendranagar, Karnali");
        assertThat(all(doc, activity + "/policy-marker/@significance")).as("gender equality, a significant objective")
                .containsExactly("1");
        assertThat(all(doc, activity + "/default-flow-type/@code")).containsExactly("10");
        assertThat(all(doc, activity + "/default-finance-type/@code")).containsExactly("110");
        assertThat(all(doc, activity + "/default-aid-type/@code")).containsExactly("C01");
        assertThat(all(doc, activity + "/default-tied-status/@code")).containsExactly("5");
        assertThat(all(doc, activity + "/budget/@type")).as("revised by the amendment").containsExactly("2", "2", "2");
        assertThat(all(doc, activity + "/budget/period-start/@iso-date"))
                .containsExactly("2020-03-01", "2021-03-01", "2022-03-01");
        assertThat(all(doc, activity + "/budget/period-end/@iso-date"))
                .containsExactly("2021-02-28", "2022-02-28", "2023-02-28");
        assertThat(all(doc, activity + "/budget/value/text()")).as("1,200,000 over three years of 365 days")
                .containsExactly("400000.00", "400000.00", "400000.00");
        assertThat(all(doc, activity + "/planned-disbursement/period-start/@iso-date"))
                .containsExactly("2020-03-01", "2021-08-30");
        assertThat(all(doc, activity + "/planned-disbursement/period-end/@iso-date"))
                .containsExactly("2021-08-29", "2023-02-28");
        assertThat(all(doc, activity + "/planned-disbursement/value/text()")).as("60/40, planned again at 1,200,000")
                .containsExactly("720000.00", "480000.00");
        assertThat(all(doc, activity + "/transaction/transaction-type/@code"))
                .containsExactly("2", "2", "3", "3", "3", "3");
        assertThat(all(doc, activity + "/transaction/value/text()")).containsExactly("1000000.00", "200000.00",
                "500000.00", "100000.00", "-100000.00", "480000.00");
        assertThat(all(doc, activity + "/transaction/@ref")).containsExactly(identifier + "-D" + entries.get(0),
                identifier + "-D" + entries.get(1), identifier + "-D" + entries.get(2), identifier + "-D" + entries.get(3));
        assertThat(all(doc, activity + "/transaction[value < 0]/description/narrative/text()"))
                .containsExactly("Reversal of entry " + identifier + "-D" + entries.get(1));
        assertThat(all(doc, activity + "/result/indicator/title/narrative/text()"))
                .containsExactly("Qualifications recognised (people)");
        assertThat(all(doc, activity + "/result/indicator/baseline/@value")).containsExactly("0");
        assertThat(all(doc, activity + "/result/indicator/period/actual/@value")).as("the accepted and the final report")
                .containsExactly("120", "390");
        assertThat(all(doc, activity + "/result/indicator/period/target/@value")).containsExactly("400", "400");
    }

    @Test
    void aCountrysFileIsItsGrantReadersAndTheGlobalRolesSeeEveryCountry() throws Exception {
        long id = Slice.approvedGrant(app, "NP", "IATI probe: isolation", "80000");
        String identifier = "XM-DAC-47066-M4D-NP-" + id;
        long senegalese = Slice.approvedGrant(app, "SN", "IATI probe: Senegal's own", "800000");

        Api.Reply foreign = Api.as(app, "sn.coordinator").get(EXPORT + "?country=NP");
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.contentType()).startsWith("application/problem+json");
        assertThat(foreign.body()).doesNotContain(identifier);
        Api.Reply unknown = Api.as(app, "np.coordinator").get(EXPORT + "?country=ZZ");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(Api.anonymous(app).get(EXPORT + "?country=NP").status()).isEqualTo(401);

        Api.Reply applicant = Api.as(app, "np.applicant").get(EXPORT + "?country=NP");
        assertThat(applicant.status()).as("an applicant reads only their own grants, not every ledger").isEqualTo(403);
        assertThat(applicant.contentType()).startsWith("application/problem+json");
        Document own = IatiStandard.parse(Api.as(app, "np.finance").get(EXPORT).body().getBytes(StandardCharsets.UTF_8));
        assertThat(all(own, "//recipient-country/@code")).as("finance's own country without naming it")
                .isNotEmpty().containsOnly("NP");
        assertThat(all(own, "//iati-identifier/text()")).contains(identifier);
        Document senegal = IatiStandard.parse(Api.as(app, "sn.coordinator").get(EXPORT + "?country=SN").body()
                .getBytes(StandardCharsets.UTF_8));
        assertThat(all(senegal, "//iati-identifier/text()")).doesNotContain(identifier)
                .contains("XM-DAC-47066-M4D-SN-" + senegalese);

        Api.Reply global = Api.as(app, "observer").get(EXPORT);
        assertThat(global.status()).isEqualTo(200);
        Document everything = IatiStandard.parse(global.body().getBytes(StandardCharsets.UTF_8));
        assertThat(all(everything, "//iati-identifier/text()")).contains(identifier);
        assertThat(Api.as(app, "pmu").get(EXPORT + "?country=NP").status()).isEqualTo(200);
    }

    @Test
    void aCountryWithoutGrantHasNoFileToPublish() {
        Api.Reply reply = Api.as(app, "pmu").get(EXPORT + "?country=BD");

        assertThat(reply.status()).as(reply.body()).isEqualTo(422);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().getString("detail")).isEqualTo("Bangladesh has no grant to publish yet");
        Api.Reply applicant = Api.as(app, "bd.applicant").get(EXPORT);
        assertThat(applicant.status()).as("no country where they read every grant").isEqualTo(403);
        assertThat(applicant.contentType()).startsWith("application/problem+json");
    }

    /**
     * A grant of 1,000,000 NPR in two tranches (60/40), raised to 1,200,000 by an amendment; tranche 1
     * paid in two entries, the second reversed; a report accepted, tranche 2 paid, the final report
     * in and the grant closed. Returns the proposal's id.
     */
    private long closedGrant() {
        Api applicant = Api.as(app, "np.applicant");
        Api coordinator = Api.as(app, "np.coordinator");
        Api finance = Api.as(app, "np.finance");
        Api.Reply created = applicant.post("api/v1/tenants/NP/proposals", "{\"title\":\"IATI probe: recognised skills\","
                + "\"sector\":\"EDUCATION\",\"leadActor\":\"NATIONAL_INSTITUTION\",\"requestedAmount\":1000000,"
                + "\"partnerId\":" + Slice.lowRiskPartner("NP") + ",\"places\":[{\"region\":\"Karnali\","
                + "\"municipality\":\"Birendranagar\"}],\"profile\":{\"startDate\":\"2020-03-01\","
                + "\"endDate\":\"2023-02-28\",\"genderMarker\":1,\"indicators\":[{\"name\":\"Qualifications recognised\","
                + "\"unit\":\"people\",\"baseline\":0,\"target\":400}]}}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        assertThat(applicant.post("api/v1/tenants/NP/proposals/" + id + "/submit", null).status()).isEqualTo(200);
        Slice.screen(app, "NP", id, "ACCEPT");
        Slice.reviewByBothAgencies(app, "NP", id, 4);
        ok(Slice.complete(coordinator, "NP", GrantLifecycle.APPROVE_GRANT, id, "{\"decision\":\"ACCEPT\"}"));
        ok(Slice.complete(finance, "NP", GrantLifecycle.SET_TRANCHE_PLAN, id,
                "{\"modality\":\"DIRECT_CASH_TRANSFER\",\"percentages\":[60,40]}"));
        Slice.advanceAuthorised(app, "NP", id);

        String grant = "api/v1/tenants/NP/proposals/" + id + "/grant";
        Api.Reply raise = applicant.post(grant + "/amendments",
                "{\"kind\":\"AMOUNT_CHANGE\",\"reason\":\"A second district\",\"newAmount\":1200000}");
        assertThat(raise.status()).as(raise.body()).isEqualTo(201);
        ok(Slice.complete(coordinator, "NP", GrantAmendment.REVIEW_AMENDMENT, id, "{\"decision\":\"ACCEPT\"}"));
        ok(Slice.complete(Api.as(app, "np.coordinator2"), "NP", GrantAmendment.APPROVE_AMENDMENT, id,
                "{\"decision\":\"ACCEPT\"}"));

        String today = LocalDate.now().toString();
        assertThat(finance.post(grant + "/disbursements", "{\"amount\":500000,\"date\":\"" + today
                + "\",\"reference\":\"IATI-1\"}").status()).isEqualTo(200);
        Api.Reply twice = finance.post(grant + "/disbursements", "{\"amount\":100000,\"date\":\"" + today
                + "\",\"reference\":\"IATI-2\"}");
        assertThat(twice.status()).as(twice.body()).isEqualTo(200);
        Api.Reply reversed = finance.post(grant + "/disbursements/" + twice.json().getJsonNumber("id").longValue()
                + "/reversal", "{\"reason\":\"Paid twice\"}");
        assertThat(reversed.status()).as(reversed.body()).isBetween(200, 201);
        ok(Slice.complete(finance, "NP", GrantLifecycle.RELEASE_TRANCHE, id, "{}"));

        String report = "{\"narrative\":\"Credential desk open; 120 qualifications recognised\",\"beneficiariesReached\":120,"
                + "\"periodStart\":\"2026-01-01\",\"periodEnd\":\"" + today + "\",\"expenditure\":400000,"
                + "\"indicatorActuals\":[{\"name\":\"Qualifications recognised\",\"actual\":120}]}";
        ok(Slice.complete(applicant, "NP", GrantLifecycle.SUBMIT_REPORTS, id, report));
        ok(Slice.complete(coordinator, "NP", GrantLifecycle.VERIFY_PROGRESS_REPORT, id, "{\"accepted\":true}"));
        ok(Slice.complete(finance, "NP", GrantLifecycle.VERIFY_FINANCIAL_REPORT, id, "{\"accepted\":true}"));
        Slice.advanceAuthorised(app, "NP", id);
        ok(Slice.complete(finance, "NP", GrantLifecycle.RELEASE_TRANCHE, id, "{\"amount\":480000,\"date\":\""
                + today + "\",\"reference\":\"IATI-3\"}"));
        ok(Slice.complete(applicant, "NP", GrantLifecycle.SUBMIT_FINAL_REPORT, id,
                report.replace("400000", "800000").replace("\"actual\":120", "\"actual\":390")));
        ok(Slice.complete(coordinator, "NP", GrantLifecycle.CLOSE_GRANT, id,
                ClosedGrants.closing("Skills recognised at a desk in Kathmandu", "Start with the employers")));
        assertThat(Database.string("SELECT status FROM grant_agreement WHERE proposal_id = ?", id)).isEqualTo("CLOSED");
        return id;
    }

    private static void ok(Api.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(204);
    }

    private static List<String> all(Document doc, String xpath) throws Exception {
        NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, doc, XPathConstants.NODESET);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(nodes.item(i).getNodeValue());
        }
        return values;
    }
}
