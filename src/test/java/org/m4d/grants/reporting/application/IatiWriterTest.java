package org.m4d.grants.reporting.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.m4d.grants.grant.domain.AgreementVersion;
import org.m4d.grants.grant.domain.GrantAgreement;
import org.m4d.grants.grant.domain.IndicatorActual;
import org.m4d.grants.grant.domain.Report;
import org.m4d.grants.it.IatiStandard;
import org.m4d.grants.platform.domain.Money;
import org.m4d.grants.proposal.domain.Indicator;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The mapping of grants to IATI 2.03 activities: codes, order, transactions and results. */
class IatiWriterTest {

    private static final URI SECTORS = URI.create("https://m4d.example/openapi");
    private static final String ID = "XM-DAC-47066-M4D-NP-42";

    private static IatiGrant closedGrant() {
        return new IatiGrant("NP", 42, "Recognition of foreign qualifications", "Education initiative in Nepal.",
                "EDUCATION", "Education", "Swiss Agency for Development and Cooperation (SDC)", "Kathmandu Skills Forum",
                "NGO_CSO", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                LocalDate.of(2026, 1, 10), LocalDate.of(2026, 11, 30), npr("1500000"),
                List.of(npr("900000"), npr("600000")), 2,
                List.of(new IatiGrant.Location("Bagmati", "Kathmandu"), new IatiGrant.Location("Bagmati", "Lalitpur")),
                List.of(new IatiGrant.Commitment(LocalDate.of(2026, 1, 5), npr("1000000"), "Grant approved"),
                        new IatiGrant.Commitment(LocalDate.of(2026, 3, 1), npr("500000"), "Amendment 2")),
                List.of(new IatiGrant.Payment(7, LocalDate.of(2026, 1, 10), npr("400000"), "PAY-1", null),
                        new IatiGrant.Payment(8, LocalDate.of(2026, 1, 12), npr("-400000"), "Reversal of PAY-1", 7L),
                        new IatiGrant.Payment(9, LocalDate.of(2026, 1, 13), npr("400000.50"), "PAY-1b", null)),
                List.of(new IatiGrant.Result("Qualifications recognised", "people", BigDecimal.ZERO,
                        new BigDecimal("400"), List.of(
                        new IatiGrant.Actual(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), new BigDecimal("120")),
                        new IatiGrant.Actual(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 11, 30),
                                new BigDecimal("390")))),
                        new IatiGrant.Result("Share of women trained", "%", null, new BigDecimal("50"), List.of())));
    }

    private static IatiGrant runningGrant() {
        return new IatiGrant("SN", 5, "Santé des migrants", "Health initiative in Senegal.", "HEALTH", "Health",
                null, null, null, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 1), null, null, null,
                Money.of(new BigDecimal("2000000"), "XOF"), List.of(), null, List.of(),
                List.of(new IatiGrant.Commitment(LocalDate.of(2026, 2, 1), Money.of(new BigDecimal("2000000"), "XOF"),
                        "Grant approved")), List.of(), List.of());
    }

    private static IatiGrant threeYearGrant() {
        return new IatiGrant("NP", 43, "Returnee enterprise", "Employment initiative in Nepal.", "EMPLOYMENT",
                "Employment", null, null, null, LocalDate.of(2026, 3, 20), LocalDate.of(2026, 4, 1),
                LocalDate.of(2028, 9, 30), null, null, npr("1000000"), List.of(), 0, List.of(),
                List.of(new IatiGrant.Commitment(LocalDate.of(2026, 3, 20), npr("1000000"), "Grant approved")),
                List.of(), List.of());
    }

    private static Money npr(String amount) {
        return Money.of(new BigDecimal(amount), "NPR");
    }

    private static byte[] write(IatiGrant... grants) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        IatiWriter.write(out, List.of(grants), Instant.parse("2026-12-01T08:00:00.123Z"), SECTORS);
        return out.toByteArray();
    }

    private static Document doc(IatiGrant... grants) throws Exception {
        return IatiStandard.parse(write(grants));
    }

    private static String text(Document doc, String xpath) throws Exception {
        return XPathFactory.newInstance().newXPath().evaluate(xpath, doc);
    }

    private static List<String> all(Document doc, String xpath) throws Exception {
        NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, doc, XPathConstants.NODESET);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(nodes.item(i).getNodeType() == Node.ELEMENT_NODE ? ((Element) nodes.item(i)).getTagName()
                    : nodes.item(i).getNodeValue());
        }
        return values;
    }

    @Test
    void theActivityHoldsItsElementsInTheOrderTheSchemaRequires() throws Exception {
        Document doc = doc(closedGrant());

        assertThat(all(doc, "/iati-activities/iati-activity/*")).containsExactly("iati-identifier", "reporting-org",
                "title", "description", "participating-org", "participating-org", "participating-org",
                "participating-org", "activity-status", "activity-date", "activity-date", "activity-date",
                "activity-date", "recipient-country", "location", "location", "sector", "sector", "policy-marker",
                "default-flow-type", "default-finance-type", "default-aid-type", "default-tied-status", "budget",
                "planned-disbursement", "planned-disbursement", "transaction", "transaction", "transaction",
                "transaction", "transaction", "result");
        assertThat(text(doc, "/iati-activities/@version")).isEqualTo("2.03");
        assertThat(text(doc, "/iati-activities/@generated-datetime")).isEqualTo("2026-12-01T08:00:00Z");
        assertThat(text(doc, "//iati-activity/@default-currency")).isEqualTo("NPR");
    }

    @Test
    void theIdentifierIsTheReportingOrganisationsRefWithTheCountryAndTheProposal() throws Exception {
        Document doc = doc(closedGrant());

        assertThat(text(doc, "//iati-identifier")).isEqualTo(ID);
        assertThat(text(doc, "//reporting-org/@ref")).isEqualTo("XM-DAC-47066");
        assertThat(text(doc, "//reporting-org/@type")).isEqualTo("40");
        assertThat(text(doc, "//title/narrative")).isEqualTo("Recognition of foreign qualifications");
    }

    @Test
    void theDonorFundsBothAgenciesAreAccountableAndThePartnerImplements() throws Exception {
        Document doc = doc(closedGrant());

        assertThat(all(doc, "//participating-org/@role")).containsExactly("1", "2", "2", "4");
        assertThat(all(doc, "//participating-org/narrative/text()")).containsExactly(
                "Swiss Agency for Development and Cooperation (SDC)", "International Organization for Migration (IOM)",
                "United Nations Development Programme (UNDP)", "Kathmandu Skills Forum");
        assertThat(all(doc, "//participating-org/@ref")).containsExactly("XM-DAC-47066", "XM-DAC-41114");
        assertThat(text(doc, "//participating-org[@role='4']/@type")).as("a national NGO").isEqualTo("22");
    }

    @Test
    void aClosedGrantHasItsActualDatesAndStatusClosed() throws Exception {
        Document doc = doc(closedGrant());

        assertThat(text(doc, "//activity-status/@code")).isEqualTo("4");
        assertThat(all(doc, "//activity-date/@type")).containsExactly("1", "2", "3", "4");
        assertThat(all(doc, "//activity-date/@iso-date")).containsExactly("2026-01-01", "2026-01-10", "2026-12-31",
                "2026-11-30");
        assertThat(text(doc, "//recipient-country/@code")).isEqualTo("NP");
    }

    @Test
    void theSectorIsGivenAsADacCodeAndAsTheProgrammesOwn() throws Exception {
        Document doc = doc(closedGrant());

        assertThat(all(doc, "//iati-activity/sector/@vocabulary")).containsExactly("1", "99");
        assertThat(all(doc, "//iati-activity/sector/@code")).containsExactly("11110", "EDUCATION");
        assertThat(text(doc, "//sector[@vocabulary='99']/@vocabulary-uri")).isEqualTo(SECTORS.toString());
        assertThat(text(doc, "//sector[@vocabulary='99']/narrative")).isEqualTo("Education");
    }

    @Test
    void eachOfTheFourSectorsHasItsOwnDacCode() {
        assertThat(IatiWriter.DAC_SECTORS).containsExactlyInAnyOrderEntriesOf(Map.of("HEALTH", "12110",
                "EDUCATION", "11110", "EMPLOYMENT", "16020", "SOCIAL_SECURITY", "16010"));
    }

    @Test
    void commitmentsAndDisbursementsAreTransactionsAndAReversalANegativeDisbursementNamingTheEntry() throws Exception {
        Document doc = doc(closedGrant());

        assertThat(all(doc, "//transaction/transaction-type/@code")).containsExactly("2", "2", "3", "3", "3");
        assertThat(all(doc, "//transaction/value/text()")).containsExactly("1000000.00", "500000.00", "400000.00",
                "-400000.00", "400000.50");
        assertThat(all(doc, "//transaction/value/@value-date")).containsExactly("2026-01-05", "2026-03-01",
                "2026-01-10", "2026-01-12", "2026-01-13");
        assertThat(all(doc, "//transaction/@ref")).containsExactly(ID + "-D7", ID + "-D8", ID + "-D9");
        assertThat(text(doc, "//transaction[@ref='" + ID + "-D8']/description/narrative"))
                .as("the reason, text typed by finance, stays out of the published file")
                .isEqualTo("Reversal of entry " + ID + "-D7");
        assertThat(text(doc, "//transaction[@ref='" + ID + "-D7']/description/narrative"))
                .isEqualTo("Disbursement PAY-1");
    }

    @Test
    void theBudgetIsTheAmountInForceRevisedAfterAnAmendment() throws Exception {
        Document doc = doc(closedGrant());

        assertThat(all(doc, "//budget/@type")).containsExactly("2");
        assertThat(text(doc, "//budget/@status")).isEqualTo("2");
        assertThat(text(doc, "//budget/period-start/@iso-date")).isEqualTo("2026-01-01");
        assertThat(text(doc, "//budget/period-end/@iso-date")).isEqualTo("2026-12-31");
        assertThat(text(doc, "//budget/value")).isEqualTo("1500000.00");
        assertThat(text(doc, "//budget/value/@currency")).isEqualTo("NPR");
        assertThat(text(doc, "//budget/value/@value-date")).isEqualTo("2026-01-01");
    }

    @Test
    void aGrantOverSeveralYearsHasABudgetPerGrantYearInProportionOfItsDays() throws Exception {
        Document doc = doc(threeYearGrant());

        assertThat(all(doc, "//budget/@type")).containsExactly("1", "1", "1");
        assertThat(all(doc, "//budget/@status")).containsExactly("2", "2", "2");
        assertThat(all(doc, "//budget/period-start/@iso-date")).containsExactly("2026-04-01", "2027-04-01", "2028-04-01");
        assertThat(all(doc, "//budget/period-end/@iso-date")).containsExactly("2027-03-31", "2028-03-31", "2028-09-30");
        assertThat(all(doc, "//budget/value/text()")).containsExactly("399343.54", "400437.63", "200218.83");
        assertThat(all(doc, "//budget/value/@value-date")).containsExactly("2026-04-01", "2027-04-01", "2028-04-01");
    }

    @Test
    void eachTrancheIsAPlannedDisbursementOverItsShareOfTheAgreementPeriod() throws Exception {
        Document doc = doc(closedGrant());

        assertThat(all(doc, "//planned-disbursement/@type")).containsExactly("2", "2");
        assertThat(all(doc, "//planned-disbursement/period-start/@iso-date")).containsExactly("2026-01-01", "2026-07-02");
        assertThat(all(doc, "//planned-disbursement/period-end/@iso-date")).containsExactly("2026-07-01", "2026-12-31");
        assertThat(all(doc, "//planned-disbursement/value/text()")).containsExactly("900000.00", "600000.00");
        assertThat(all(doc, "//planned-disbursement/value/@currency")).containsExactly("NPR", "NPR");
        assertThat(all(doc, "//planned-disbursement/value/@value-date")).containsExactly("2026-01-01", "2026-07-02");
    }

    @Test
    void everyGrantIsOdaAsAnUntiedStandardGrantForAProjectTypeIntervention() throws Exception {
        Document doc = doc(closedGrant(), runningGrant());

        assertThat(all(doc, "//default-flow-type/@code")).containsExactly("10", "10");
        assertThat(all(doc, "//default-finance-type/@code")).containsExactly("110", "110");
        assertThat(all(doc, "//default-aid-type/@code")).containsExactly("C01", "C01");
        assertThat(all(doc, "//default-aid-type/@vocabulary")).containsExactly("1", "1");
        assertThat(all(doc, "//default-tied-status/@code")).containsExactly("5", "5");
    }

    @Test
    void theGenderMarkerIsTheDacGenderEqualityPolicyMarkerAndThePlacesAreLocationsByName() throws Exception {
        Document doc = doc(closedGrant());

        assertThat(all(doc, "//policy-marker/@vocabulary")).containsExactly("1");
        assertThat(all(doc, "//policy-marker/@code")).containsExactly("1");
        assertThat(all(doc, "//policy-marker/@significance")).as("principal objective").containsExactly("2");
        assertThat(all(doc, "//policy-marker/*")).isEmpty();
        assertThat(all(doc, "//location/name/narrative/text()")).containsExactly("Kathmandu, Bagmati", "Lalitpur, Bagmati");
        assertThat(all(doc, "//location/*")).as("no administrative code is known").containsExactly("name", "name");
    }

    @Test
    void aGrantYearSplitAddsUpToTheAmountAndTheLastYearTakesTheRemainder() {
        LocalDate start = LocalDate.of(2026, 4, 1);
        LocalDate end = LocalDate.of(2028, 9, 30);

        List<IatiSchedule.Share> years = IatiSchedule.years(start, end, Money.of(new BigDecimal("2000000"), "XOF"));

        assertThat(years).containsExactly(
                new IatiSchedule.Share(start, LocalDate.of(2027, 3, 31), Money.of(new BigDecimal("798687"), "XOF")),
                new IatiSchedule.Share(LocalDate.of(2027, 4, 1), LocalDate.of(2028, 3, 31),
                        Money.of(new BigDecimal("800875"), "XOF")),
                new IatiSchedule.Share(LocalDate.of(2028, 4, 1), end, Money.of(new BigDecimal("400438"), "XOF")));
        assertThat(years.stream().map(y -> y.value().amount()).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("2000000");
        assertThat(IatiSchedule.years(start, start, npr("10"))).containsExactly(new IatiSchedule.Share(start, start, npr("10")));
        assertThat(IatiSchedule.years(start, null, npr("10"))).isEmpty();
        assertThat(IatiSchedule.years(start, start.minusDays(1), npr("10"))).isEmpty();
    }

    @Test
    void trancheSlicesCoverThePeriodOnceInOrder() {
        LocalDate start = LocalDate.of(2020, 3, 1);
        LocalDate end = LocalDate.of(2023, 2, 28);

        assertThat(IatiSchedule.tranches(start, end, List.of(npr("720000"), npr("480000")))).containsExactly(
                new IatiSchedule.Share(start, LocalDate.of(2021, 8, 29), npr("720000")),
                new IatiSchedule.Share(LocalDate.of(2021, 8, 30), end, npr("480000")));
        assertThat(IatiSchedule.tranches(start, start, List.of(npr("1"), npr("2")))).as("more tranches than days")
                .containsExactly(new IatiSchedule.Share(start, start, npr("1")), new IatiSchedule.Share(start, start, npr("2")));
        assertThat(IatiSchedule.tranches(start, end, List.of())).isEmpty();
    }

    @Test
    void eachIndicatorHasItsBaselineAndAPeriodPerReportWithTargetAndActual() throws Exception {
        Document doc = doc(closedGrant());

        assertThat(all(doc, "//result/indicator/title/narrative/text()")).containsExactly(
                "Qualifications recognised (people)", "Share of women trained (%)");
        assertThat(all(doc, "//result/indicator/@measure")).containsExactly("1", "2");
        assertThat(text(doc, "//indicator[1]/baseline/@value")).isEqualTo("0");
        assertThat(text(doc, "//indicator[1]/baseline/@year")).isEqualTo("2026");
        assertThat(all(doc, "//indicator[1]/period/period-end/@iso-date")).containsExactly("2026-06-30", "2026-11-30");
        assertThat(all(doc, "//indicator[1]/period/target/@value")).containsExactly("400", "400");
        assertThat(all(doc, "//indicator[1]/period/actual/@value")).containsExactly("120", "390");
        assertThat(all(doc, "//indicator[2]/*")).as("no baseline, no report yet").containsExactly("title");
    }

    @Test
    void aRunningGrantWithoutPartnerOrDonorIsInImplementationWithItsOriginalBudgetAndNoResult() throws Exception {
        Document doc = doc(runningGrant());

        assertThat(text(doc, "//activity-status/@code")).isEqualTo("2");
        assertThat(all(doc, "//participating-org/@role")).containsExactly("2", "2");
        assertThat(all(doc, "//activity-date/@type")).containsExactly("1");
        assertThat(all(doc, "//iati-activity/budget")).as("no end date, no budget period").isEmpty();
        assertThat(all(doc, "//planned-disbursement")).isEmpty();
        assertThat(all(doc, "//policy-marker")).as("no gender marker").isEmpty();
        assertThat(all(doc, "//location")).isEmpty();
        assertThat(all(doc, "//result")).isEmpty();
        assertThat(all(doc, "//iati-activity/sector/@code")).containsExactly("12110", "HEALTH");
    }

    @Test
    void theExportOfTwoGrantsIsValidAgainstTheIati203SchemaAndItsCodelists() throws Exception {
        IatiStandard.requirePresent();
        byte[] xml = write(closedGrant(), runningGrant(), threeYearGrant());

        IatiStandard.validate(xml);
        Map<String, Set<String>> codes = IatiStandard.checkCodes(IatiStandard.parse(xml));
        assertThat(codes.get("TransactionType")).containsExactlyInAnyOrder("2", "3");
        assertThat(codes.get("Currency")).containsExactlyInAnyOrder("NPR", "XOF");
    }

    @Test
    void everyDacCodeAndOrganisationTypeOfTheMappingIsInItsCodelist() throws Exception {
        IatiStandard.requirePresent();

        assertThat(IatiStandard.codelist("Sector")).containsAll(IatiWriter.DAC_SECTORS.values());
        assertThat(IatiStandard.codelist("OrganisationType")).containsAll(IatiWriter.ORGANISATION_TYPES.values());
    }

    @Test
    void commitmentsAreTheApprovedAmountThenTheChangeOfEachAmendmentThatChangesIt() {
        GrantAgreement grant = new GrantAgreement(42, npr("1000000"), new BigDecimal("133"), "np.coordinator",
                Instant.parse("2026-01-05T10:00:00Z"));
        LocalDate end = LocalDate.of(2026, 12, 31);
        List<AgreementVersion> versions = List.of(
                new AgreementVersion(1, 1, npr("1000000"), end, List.of(), null, Instant.parse("2026-01-05T10:00:00Z")),
                new AgreementVersion(1, 2, npr("1000000"), end.plusMonths(3), List.of(), 1L,
                        Instant.parse("2026-02-01T10:00:00Z")),
                new AgreementVersion(1, 3, npr("1500000"), end.plusMonths(3), List.of(), 2L,
                        Instant.parse("2026-03-01T10:00:00Z")),
                new AgreementVersion(1, 4, npr("1200000"), end.plusMonths(3), List.of(), 3L,
                        Instant.parse("2026-04-01T23:30:00Z")));

        List<IatiGrant.Commitment> commitments = IatiReader.commitments(grant, LocalDate.of(2026, 1, 5), versions);

        assertThat(commitments).extracting(IatiGrant.Commitment::value)
                .containsExactly(npr("1000000"), npr("500000"), npr("-300000"));
        assertThat(commitments).extracting(IatiGrant.Commitment::date)
                .containsExactly(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1));
        assertThat(IatiReader.commitments(grant, LocalDate.of(2026, 1, 5), List.of()))
                .containsExactly(new IatiGrant.Commitment(LocalDate.of(2026, 1, 5), npr("1000000"), "Grant approved"));
    }

    @Test
    void theFinalReportGivesActualsOnceTheGrantIsClosedAfterTheEarlierReports() {
        Report last = new Report(1, 0, Report.Kind.FINAL, "Done", 10, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 11, 30), npr("100"), npr("90"), "np.applicant", Instant.parse("2026-12-01T00:00:00Z"));
        last.reportActuals(List.of(new IndicatorActual("Qualifications recognised", new BigDecimal("390"))),
                Set.of("Qualifications recognised"));
        List<Indicator> framework = List.of(new Indicator("Qualifications recognised", "people", BigDecimal.ZERO,
                new BigDecimal("400")));

        Report earlier = new Report(1, 2, Report.Kind.PERIODIC, "Half way", 10, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 6, 30), npr("100"), npr("50"), "np.applicant", Instant.parse("2026-07-01T00:00:00Z"));
        earlier.reportActuals(List.of(new IndicatorActual("Qualifications recognised", new BigDecimal("120"))),
                Set.of("Qualifications recognised"));
        earlier.verifyProgress(true, "np.coordinator", null);
        earlier.verifyFinancial(true, "np.finance", null);

        assertThat(IatiReader.results(framework, List.of(last, earlier), false).get(0).actuals()).containsExactly(
                new IatiGrant.Actual(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), new BigDecimal("120")));
        assertThat(IatiReader.results(framework, List.of(last, earlier), true).get(0).actuals()).as("in submission order")
                .containsExactly(
                        new IatiGrant.Actual(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), new BigDecimal("120")),
                        new IatiGrant.Actual(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 30), new BigDecimal("390")));
    }

    @Test
    void onlyAcceptedReportsGiveActuals() {
        Report accepted = report(LocalDate.of(2026, 1, 1), "120");
        accepted.verifyProgress(true, "np.coordinator", null);
        accepted.verifyFinancial(true, "np.finance", null);
        Report returned = report(LocalDate.of(2026, 7, 1), "999");
        returned.verifyProgress(true, "np.coordinator", null);
        returned.verifyFinancial(false, "np.finance", "Attach the bank statement");
        Report pending = report(LocalDate.of(2026, 9, 1), "500");

        List<IatiGrant.Result> results = IatiReader.results(List.of(new Indicator("Qualifications recognised",
                "people", BigDecimal.ZERO, new BigDecimal("400"))), List.of(accepted, returned, pending), false);

        assertThat(results).hasSize(1);
        assertThat(results.get(0).actuals()).containsExactly(
                new IatiGrant.Actual(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), new BigDecimal("120")));
    }

    private static Report report(LocalDate start, String actual) {
        Report report = new Report(1, 2, Report.Kind.PERIODIC, "Progress", 10, start, start.plusDays(30),
                npr("100"), npr("50"), "np.applicant", Instant.parse("2026-12-01T00:00:00Z"));
        report.reportActuals(List.of(new IndicatorActual("Qualifications recognised", new BigDecimal(actual))),
                Set.of("Qualifications recognised"));
        return report;
    }
}
