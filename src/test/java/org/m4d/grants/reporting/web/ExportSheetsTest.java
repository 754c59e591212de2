package org.m4d.grants.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.m4d.grants.audit.domain.AuditEntry;
import org.m4d.grants.grant.domain.IndicatorActual;
import org.m4d.grants.grant.domain.Report;
import org.m4d.grants.platform.application.CsvExport;
import org.m4d.grants.platform.domain.Agency;
import org.m4d.grants.platform.domain.Money;
import org.m4d.grants.platform.domain.Sheet;
import org.m4d.grants.platform.domain.TenantOwned;
import org.m4d.grants.proposal.domain.Beneficiaries;
import org.m4d.grants.proposal.domain.Indicator;
import org.m4d.grants.proposal.domain.LeadActor;
import org.m4d.grants.proposal.domain.Level;
import org.m4d.grants.proposal.domain.Proposal;
import org.m4d.grants.proposal.domain.ProposalProfile;
import org.m4d.grants.proposal.domain.Sector;
import org.m4d.grants.reporting.application.ListExports.IndicatorLine;
import org.m4d.grants.reporting.application.ListExports.ProposalLine;
import org.m4d.grants.reporting.application.ListExports.ReviewLine;
import org.m4d.grants.review.domain.CriteriaWeights;
import org.m4d.grants.review.domain.Criterion;
import org.m4d.grants.review.domain.Recommendation;
import org.m4d.grants.review.domain.Review;

/** The columns of each list export and how a row of each is written: labels, markers, exact figures. */
class ExportSheetsTest {

    private static final Instant CREATED = Instant.parse("2026-03-04T10:15:30Z");
    private static final Indicator TRAINED = new Indicator("Officials trained", "people", new BigDecimal("0.000"),
            new BigDecimal("120.000"));

    @Test
    void aProposalRowCarriesItsMarkersAndItsAmountAtTheCurrencysScale() {
        Proposal proposal = described("=Clinic outreach", "XOF", "1500000");
        proposal.submit(true, new BigDecimal("600"), Instant.parse("2026-03-05T08:00:00Z"));

        Sheet sheet = ExportSheets.proposals(List.of(new ProposalLine(proposal, proposal.profile())), Locale.ENGLISH);

        assertThat(sheet.name()).isEqualTo("Proposals");
        assertThat(sheet.headers()).containsExactly("Country", "Proposal id", "Proposal", "State", "Sector", "Level",
                "Outcomes", "SDG targets", "GCM objectives", "Gender marker", "COVID-19 recovery", "Currency",
                "Requested", "Rate (per USD)", "Requested (USD)", "Created by", "Created (UTC)", "Submitted (UTC)");
        assertThat(sheet.rows()).containsExactly(List.of(Sheet.text("SN"), Sheet.text("7"),
                Sheet.text("=Clinic outreach"), Sheet.text("Submitted"), Sheet.text("Health"), Sheet.text("National"),
                Sheet.text("1; 3"), Sheet.text("10.7; 3.8"), Sheet.text("5; 15"), Sheet.text("2"), Sheet.text("Yes"),
                Sheet.text("XOF"), new Sheet.Amount(new BigDecimal("1500000"), 0), Sheet.number(new BigDecimal("600")),
                Sheet.usd(new BigDecimal("2500.00")), Sheet.text("sn.applicant"), Sheet.day(LocalDate.of(2026, 3, 4)),
                Sheet.day(LocalDate.of(2026, 3, 5))));
    }

    @Test
    void aProposalFileNeutralisesFormulaTextAndKeepsTheAmountANumber() {
        Proposal proposal = described("=HYPERLINK(\"x\")", "NPR", "1000.50");

        String csv = new String(CsvExport.write(ExportSheets.proposals(List.of(new ProposalLine(proposal, proposal.profile())), Locale.ENGLISH)),
                java.nio.charset.StandardCharsets.UTF_8);

        assertThat(csv.lines().skip(1).findFirst().orElseThrow())
                .isEqualTo("SN,7,\"'=HYPERLINK(\"\"x\"\")\",Draft,Health,National,1; 3,10.7; 3.8,5; 15,2,Yes,NPR,"
                        + "1000.50,,,sn.applicant,2026-03-04,");
    }

    @Test
    void aReviewRowHasAScorePerCriterionTheRecommendationReviewerAndAgencyInTheUsersLanguage() {
        Proposal proposal = described("Clinic outreach", "XOF", "1500000");
        Review review = new Review(7L, 1, Agency.UNDP, "sn.reviewer.undp",
                Criterion.inOrder(5, 4, 3, 4, 2, 3), CriteriaWeights.ofPercentages(java.util.Map.of(
                        Criterion.RELEVANCE, 25, Criterion.SCALABILITY, 15, Criterion.LOCAL_OWNERSHIP, 15,
                        Criterion.GENDER_RESPONSIVENESS, 15, Criterion.SUSTAINABILITY, 15, Criterion.BUDGET_REALISM, 15)),
                Recommendation.FUND_WITH_CHANGES, "Budget too thin", Instant.parse("2026-04-01T09:30:00Z"));

        Sheet sheet = ExportSheets.reviews(List.of(new ReviewLine(proposal, review)), Locale.FRENCH);

        assertThat(sheet.headers()).containsExactly("Pays", "N° de proposition", "Proposition", "Tour d'évaluation",
                "Agence", "Évaluateur", label(Criterion.RELEVANCE), label(Criterion.SCALABILITY),
                label(Criterion.LOCAL_OWNERSHIP), label(Criterion.GENDER_RESPONSIVENESS), label(Criterion.SUSTAINABILITY),
                label(Criterion.BUDGET_REALISM), "Note pondérée", "Recommandation", "Commentaires", "Soumise à (UTC)");
        assertThat(sheet.rows()).containsExactly(List.of(Sheet.text("SN"), Sheet.text("7"),
                Sheet.text("Clinic outreach"), Sheet.text("1"), Sheet.text("PNUD"), Sheet.text("sn.reviewer.undp"),
                Sheet.number(new BigDecimal("5")), Sheet.number(new BigDecimal("4")), Sheet.number(new BigDecimal("3")),
                Sheet.number(new BigDecimal("4")), Sheet.number(new BigDecimal("2")), Sheet.number(new BigDecimal("3")),
                new Sheet.Amount(new BigDecimal("3.65"), 2), Sheet.text(label(Recommendation.FUND_WITH_CHANGES)),
                Sheet.text("Budget too thin"), Sheet.text("2026-04-01 09:30:00")));
    }

    @Test
    void anIndicatorHasARowPerReportedActualAndOneWithoutReportWhenNoneIsIn() {
        Proposal proposal = described("Clinic outreach", "XOF", "1500000");
        Report report = new Report(3L, 1, Report.Kind.PERIODIC, "Two sessions held", 40, LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 7, 31), Money.of(new BigDecimal("500000"), "XOF"),
                Money.of(new BigDecimal("200000"), "XOF"), "sn.applicant", Instant.parse("2026-08-02T12:00:00Z"));
        report.reportActuals(List.of(new IndicatorActual("Officials trained", new BigDecimal("45.000"))),
                Set.of("Officials trained"));
        Indicator reached = new Indicator("Migrants reached", null, null, new BigDecimal("2000.000"));

        Sheet sheet = ExportSheets.indicators(List.of(new IndicatorLine(proposal, TRAINED, report,
                new BigDecimal("45.000")), new IndicatorLine(proposal, reached, null, null)), Locale.ENGLISH);

        assertThat(sheet.headers()).containsExactly("Country", "Proposal id", "Proposal", "Indicator", "Unit",
                "Baseline", "Target", "Releases tranche", "Report", "Period end", "Report state", "Actual");
        assertThat(sheet.rows()).containsExactly(
                List.of(Sheet.text("SN"), Sheet.text("7"), Sheet.text("Clinic outreach"), Sheet.text("Officials trained"),
                        Sheet.text("people"), Sheet.number(new BigDecimal("0.000")),
                        Sheet.number(new BigDecimal("120.000")), Sheet.text("1"),
                        Sheet.text("Progress and financial report"), Sheet.day(LocalDate.of(2026, 7, 31)),
                        Sheet.text("Submitted"), Sheet.number(new BigDecimal("45.000"))),
                List.of(Sheet.text("SN"), Sheet.text("7"), Sheet.text("Clinic outreach"), Sheet.text("Migrants reached"),
                        Sheet.text(null), Sheet.number(null), Sheet.number(new BigDecimal("2000.000")), Sheet.text(null),
                        Sheet.text(null), Sheet.day(null), Sheet.text(null), Sheet.number(null)));
    }

    @Test
    void anAuditRowHasItsMomentInUtcAndNoSubjectIdForAnEntryAboutNoObject() {
        AuditEntry entry = new AuditEntry(Instant.parse("2026-06-01T23:59:01Z"), "np.coordinator", "SCREENED",
                "PROPOSAL", 42L, "SUBMITTED", "UNDER_REVIEW", "+eligible");
        AuditEntry denial = new AuditEntry(Instant.parse("2026-06-02T00:00:00Z"), "sn.applicant", "ACCESS_DENIED",
                "TENANT", 0L, null, null, "GET /api/v1/tenants/NP/proposals");

        Sheet sheet = ExportSheets.audit(List.of(entry, denial), Locale.ENGLISH);

        assertThat(sheet.headers()).containsExactly("When (UTC)", "Country", "User", "Action", "Subject", "Subject id",
                "From state", "To state", "Detail");
        assertThat(sheet.rows()).containsExactly(
                List.of(Sheet.text("2026-06-01 23:59:01"), Sheet.text(null), Sheet.text("np.coordinator"),
                        Sheet.text("SCREENED"), Sheet.text("PROPOSAL"), Sheet.text("42"), Sheet.text("SUBMITTED"),
                        Sheet.text("UNDER_REVIEW"), Sheet.text("+eligible")),
                List.of(Sheet.text("2026-06-02 00:00:00"), Sheet.text(null), Sheet.text("sn.applicant"),
                        Sheet.text("ACCESS_DENIED"), Sheet.text("TENANT"), Sheet.text(null), Sheet.text(null),
                        Sheet.text(null), Sheet.text("GET /api/v1/tenants/NP/proposals")));
    }

    private static String label(Enum<?> value) {
        return org.m4d.grants.platform.web.Formats.label(Locale.FRENCH, value);
    }

    /** A Senegalese draft, id 7, with a full set of markers and one indicator. */
    private static Proposal described(String title, String currency, String amount) {
        Proposal proposal = new Proposal(title, Sector.HEALTH, LeadActor.LOCAL_AUTHORITY,
                Money.of(new BigDecimal(amount), currency), "sn.applicant", CREATED);
        proposal.describe(new ProposalProfile(Level.NATIONAL, Set.of(3, 1), Set.of(), Set.of("3.8", "10.7"),
                Set.of(15, 5), 2, true, Set.of(), new Beneficiaries(null, null, null, null, null, null), List.of(), null,
                LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31), List.of(TRAINED)),
                "TEST-PHASE", Set.of(1, 2, 3), LocalDate.of(2023, 1, 1), LocalDate.of(2027, 12, 31));
        set(proposal, "id", 7L);
        set(proposal, "tenantId", "SN");
        return proposal;
    }

    private static void set(Object target, String name, Object value) {
        try {
            Field field = TenantOwned.class.getDeclaredField(name);
            field.setAccessible(true);
            field.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
