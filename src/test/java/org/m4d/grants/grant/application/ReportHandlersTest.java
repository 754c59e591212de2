package org.m4d.grants.grant.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.m4d.grants.workflow.application.Steps.step;
import static org.m4d.grants.workflow.application.Steps.violations;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.m4d.grants.audit.application.RecordedAudit;
import org.m4d.grants.grant.domain.Disbursement;
import org.m4d.grants.grant.domain.GrantAgreement;
import org.m4d.grants.grant.domain.IndicatorActual;
import org.m4d.grants.grant.domain.Report;
import org.m4d.grants.identity.application.FakeAccess;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.platform.application.FiredEvents;
import org.m4d.grants.platform.application.TenantContext;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.ForbiddenException;
import org.m4d.grants.proposal.application.Proposals;
import org.m4d.grants.proposal.domain.Proposal;
import org.m4d.grants.proposal.domain.ProposalState;
import org.m4d.grants.workflow.application.NotePayload;
import org.m4d.grants.workflow.application.TaskStep;
import org.m4d.grants.workflow.domain.GrantLifecycle;

/** The rules of the reporting steps: reports, their verification, the overdue follow-up and closure. */
class ReportHandlersTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate END = LocalDate.of(2026, 6, 30);

    private final Proposals proposals = new Proposals();
    private final Proposal proposal = proposals.approved(Grants.PROPOSAL);
    private final RecordedAudit audit = new RecordedAudit();
    private final List<ReportReturned> returned = new ArrayList<>();
    private final List<GrantClosed> closed = new ArrayList<>();
    private final List<ClosingLessons.ClosedGrant> lessons = new ArrayList<>();
    private final Grants grants = new Grants().planned();
    private final FakeAccess applicant = new FakeAccess("np.applicant", Role.APPLICANT);
    private final FakeAccess coordinator = new FakeAccess("np.coordinator", Role.COORDINATOR);
    private final FakeAccess finance = new FakeAccess("np.finance", Role.FINANCE);

    ReportHandlersTest() {
        grants.ledger.add(new Disbursement(10, 1, Ledgers.money("150000", "NPR"), START, "NP-PAY-1", "np.finance",
                Instant.parse("2026-02-01T10:00:00Z"), null));
        proposal.markDisbursed();
    }

    private ReportService reports(FakeAccess user) {
        ReportService service = new ReportService();
        service.grantService = grants.service(user, audit, proposals);
        service.grants = grants;
        service.proposals = proposals.service(audit);
        service.access = user.access;
        service.audit = audit;
        return service;
    }

    private SubmitReports submit(FakeAccess user) {
        SubmitReports handler = new SubmitReports();
        handler.access = user.access;
        handler.reports = reports(user);
        return handler;
    }

    private SubmitFinalReport submitFinal(FakeAccess user) {
        SubmitFinalReport handler = new SubmitFinalReport();
        handler.access = user.access;
        handler.reports = reports(user);
        return handler;
    }

    private <V extends ReportVerification> V verification(V handler, FakeAccess user) {
        handler.access = user.access;
        handler.grantService = grants.service(user, audit, proposals);
        handler.grants = grants;
        handler.audit = audit;
        handler.returns = new FiredEvents<>(returned::add);
        return handler;
    }

    private FollowUpOverdueReport followUp(FakeAccess user) {
        FollowUpOverdueReport handler = new FollowUpOverdueReport();
        handler.access = user.access;
        handler.audit = audit;
        return handler;
    }

    private CloseGrant close(FakeAccess user) {
        CloseGrant handler = new CloseGrant();
        handler.access = user.access;
        handler.grantService = grants.service(user, audit, proposals);
        handler.grants = grants;
        handler.proposals = proposals.service(audit);
        handler.lessons = lessons::add;
        handler.closures = new FiredEvents<>(closed::add);
        return handler;
    }

    private static TaskStep ofTranche(String key, int tranche) {
        return step(key, Grants.PROPOSAL, null, Map.of(GrantLifecycle.VAR_TRANCHE, tranche));
    }

    private static ReportSubmission report(String expenditure, List<ReportSubmission.ActualInput> actuals) {
        return new ReportSubmission("Credential desk open", 120, START, END, new BigDecimal(expenditure), actuals);
    }

    private void submitted(int tranche) {
        grants.reports.add(new Report(10, tranche, Report.Kind.PERIODIC, "Credential desk open", 120, START, END,
                Ledgers.money("150000", "NPR"), Ledgers.money("140000", "NPR"), "np.applicant",
                Instant.parse("2026-07-01T10:00:00Z")));
    }

    @Test
    void onlyTheApplicantReports() {
        try (TenantContext.Scope in = finance.enter()) {
            assertThatThrownBy(() -> submit(finance).authorize(ofTranche(GrantLifecycle.SUBMIT_REPORTS, 2)))
                    .isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> submitFinal(finance).authorize(step(GrantLifecycle.SUBMIT_FINAL_REPORT, 1)))
                    .isInstanceOf(ForbiddenException.class);
        }
        assertThat(finance.denials).containsExactly("403 SubmitReports.authorize: needs applicant in NP",
                "403 SubmitFinalReport.authorize: needs applicant in NP");
    }

    @Test
    void aReportIsFiledForTheTasksTrancheAgainstWhatWasAuthorised() {
        Map<String, Object> variables;
        try (TenantContext.Scope in = applicant.enter()) {
            variables = submit(applicant).apply(ofTranche(GrantLifecycle.SUBMIT_REPORTS, 2), report("140000", List.of()));
        }
        assertThat(variables).isEmpty();
        assertThat(grants.reports).singleElement().satisfies(r -> {
            assertThat(r.trancheNumber()).isEqualTo(2);
            assertThat(r.kind()).isEqualTo(Report.Kind.PERIODIC);
            assertThat(r.status()).isEqualTo(Report.Status.SUBMITTED);
            assertThat(r.submittedBy()).isEqualTo("np.applicant");
        });
        assertThat(audit.entries).containsExactly(new RecordedAudit.Entry("np.applicant", "REPORTS_SUBMITTED", "PROPOSAL",
                1, null, null, "Tranche 2: expenditure 140000.00 NPR of 150000.00 NPR authorised, balance 10000.00 NPR"));
    }

    @Test
    void moreExpenditureThanAuthorisedOrAnUnknownIndicatorIsRefusedAndNothingIsFiled() {
        try (TenantContext.Scope in = applicant.enter()) {
            assertThatThrownBy(() -> submit(applicant).apply(ofTranche(GrantLifecycle.SUBMIT_REPORTS, 2),
                    report("150000.01", List.of()))).isInstanceOf(DomainException.class)
                    .hasMessage("Expenditure reported (150000.01 NPR) exceeds the amount authorised so far (150000.00 NPR)");
            assertThatThrownBy(() -> submit(applicant).apply(ofTranche(GrantLifecycle.SUBMIT_REPORTS, 2),
                    report("100", List.of(new ReportSubmission.ActualInput("Smiles", BigDecimal.TEN)))))
                    .isInstanceOf(DomainException.class)
                    .hasMessage("\"Smiles\" is not an indicator of this proposal's results framework");
        }
        assertThat(grants.reports).isEmpty();
        assertThat(audit.entries).isEmpty();
    }

    @Test
    void aReportNeedsANarrativeAPeriodAndAnExpenditure() {
        assertThat(violations(new ReportSubmission(" ", -1, null, null, null, null))).containsExactly(
                "beneficiariesReached: Beneficiaries reached cannot be negative",
                "expenditure: Enter the expenditure of the period",
                "narrative: Describe the progress made",
                "periodEnd: Enter the end of the reporting period",
                "periodStart: Enter the start of the reporting period");
    }

    @Test
    void theFinalReportIsFiledAsFinal() {
        try (TenantContext.Scope in = applicant.enter()) {
            assertThat(submitFinal(applicant).apply(step(GrantLifecycle.SUBMIT_FINAL_REPORT, 1), report("150000", null)))
                    .isEmpty();
        }
        assertThat(grants.reports).extracting(Report::kind, Report::trancheNumber)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Report.Kind.FINAL, 0));
        assertThat(audit.entries).extracting(RecordedAudit.Entry::action, RecordedAudit.Entry::detail).containsExactly(
                org.assertj.core.groups.Tuple.tuple("FINAL_REPORT_SUBMITTED",
                        "Final report: expenditure 150000.00 NPR of 150000.00 NPR authorised, balance 0.00 NPR"));
    }

    @Test
    void theCoordinatorVerifiesProgressAndFinanceTheFinancialPart() {
        try (TenantContext.Scope in = finance.enter()) {
            assertThatThrownBy(() -> verification(new VerifyProgressReport(), finance)
                    .authorize(ofTranche(GrantLifecycle.VERIFY_PROGRESS_REPORT, 2))).isInstanceOf(ForbiddenException.class);
            verification(new VerifyFinancialReport(), finance).authorize(ofTranche(GrantLifecycle.VERIFY_FINANCIAL_REPORT, 2));
        }
        try (TenantContext.Scope in = coordinator.enter()) {
            assertThatThrownBy(() -> verification(new VerifyFinancialReport(), coordinator)
                    .authorize(ofTranche(GrantLifecycle.VERIFY_FINANCIAL_REPORT, 2))).isInstanceOf(ForbiddenException.class);
            verification(new VerifyProgressReport(), coordinator).authorize(ofTranche(GrantLifecycle.VERIFY_PROGRESS_REPORT, 2));
        }
        assertThat(finance.denials).containsExactly("403 ReportVerification.authorize: needs coordinator in NP");
        assertThat(coordinator.denials).containsExactly("403 ReportVerification.authorize: needs finance in NP");
    }

    @Test
    void bothPartsAcceptedAcceptTheReportAndTellTheLifecycle() {
        submitted(2);
        try (TenantContext.Scope in = coordinator.enter()) {
            assertThat(verification(new VerifyProgressReport(), coordinator).apply(
                    ofTranche(GrantLifecycle.VERIFY_PROGRESS_REPORT, 2), new VerificationPayload(true, null)))
                    .isEqualTo(Map.of(GrantLifecycle.VAR_PROGRESS_ACCEPTED, true));
        }
        assertThat(grants.reports.get(0).status()).isEqualTo(Report.Status.SUBMITTED);
        try (TenantContext.Scope in = finance.enter()) {
            assertThat(verification(new VerifyFinancialReport(), finance).apply(
                    ofTranche(GrantLifecycle.VERIFY_FINANCIAL_REPORT, 2), new VerificationPayload(true, " ")))
                    .isEqualTo(Map.of(GrantLifecycle.VAR_FINANCIAL_ACCEPTED, true));
        }
        assertThat(grants.reports.get(0).status()).isEqualTo(Report.Status.ACCEPTED);
        assertThat(audit.entries).extracting(RecordedAudit.Entry::actor, RecordedAudit.Entry::action,
                RecordedAudit.Entry::detail).containsExactly(
                org.assertj.core.groups.Tuple.tuple("np.coordinator", "PROGRESS_REPORT_ACCEPTED", "Tranche 2"),
                org.assertj.core.groups.Tuple.tuple("np.finance", "FINANCIAL_REPORT_ACCEPTED", "Tranche 2"));
        assertThat(returned).as("an accepted report is nobody's news").isEmpty();
    }

    @Test
    void aReturnNeedsANoteAndReturnsTheReport() {
        submitted(2);
        try (TenantContext.Scope in = finance.enter()) {
            VerifyFinancialReport handler = verification(new VerifyFinancialReport(), finance);
            assertThatThrownBy(() -> handler.apply(ofTranche(GrantLifecycle.VERIFY_FINANCIAL_REPORT, 2),
                    new VerificationPayload(false, " "))).isInstanceOf(DomainException.class)
                    .hasMessage("Say what the applicant must correct");
            assertThat(audit.entries).isEmpty();
            assertThat(handler.apply(ofTranche(GrantLifecycle.VERIFY_FINANCIAL_REPORT, 2),
                    new VerificationPayload(false, "Attach the bank statement")))
                    .isEqualTo(Map.of(GrantLifecycle.VAR_FINANCIAL_ACCEPTED, false));
        }
        assertThat(grants.reports.get(0).verificationNote()).isEqualTo("Financial: Attach the bank statement");
        assertThat(audit.entries).extracting(RecordedAudit.Entry::action, RecordedAudit.Entry::detail).containsExactly(
                org.assertj.core.groups.Tuple.tuple("FINANCIAL_REPORT_RETURNED", "Tranche 2: Attach the bank statement"));
        assertThat(returned).containsExactly(new ReportReturned("NP", Grants.PROPOSAL, 2, "Attach the bank statement",
                "np.finance"));
        assertThat(violations(new VerificationPayload(null, "x".repeat(1001)))).containsExactly(
                "accepted: Say whether the report is accepted", "note: The note can have at most 1000 characters");
    }

    @Test
    void withoutASubmittedReportOfTheTrancheThereIsNothingToVerify() {
        submitted(1);
        try (TenantContext.Scope in = coordinator.enter()) {
            assertThatThrownBy(() -> verification(new VerifyProgressReport(), coordinator).apply(
                    ofTranche(GrantLifecycle.VERIFY_PROGRESS_REPORT, 2), new VerificationPayload(true, null)))
                    .isInstanceOf(DomainException.class).hasMessage("There is no submitted report for tranche 2");
        }
        assertThat(audit.entries).isEmpty();
    }

    @Test
    void anOverdueReportIsFollowedUpByACoordinator() {
        try (TenantContext.Scope in = applicant.enter()) {
            assertThatThrownBy(() -> followUp(applicant).authorize(step(GrantLifecycle.FOLLOW_UP_OVERDUE_REPORT, 1)))
                    .isInstanceOf(ForbiddenException.class);
        }
        try (TenantContext.Scope in = coordinator.enter()) {
            assertThat(followUp(coordinator).apply(step(GrantLifecycle.FOLLOW_UP_OVERDUE_REPORT, 1),
                    new NotePayload("Phoned the applicant"))).isEmpty();
        }
        assertThat(audit.entries).containsExactly(new RecordedAudit.Entry("np.coordinator",
                "OVERDUE_REPORT_FOLLOWED_UP", "PROPOSAL", 1, null, null, "Phoned the applicant"));
    }

    @Test
    void aGrantClosesOnlyAfterItsFinalReportClosesItsProposalAndLeavesItsLessons() {
        try (TenantContext.Scope in = finance.enter()) {
            assertThatThrownBy(() -> close(finance).authorize(step(GrantLifecycle.CLOSE_GRANT, 1)))
                    .isInstanceOf(ForbiddenException.class);
        }
        ClosingPayload closing = new ClosingPayload("Results achieved", "A one-stop desk for returnees",
                "Involve the municipality from the first month");
        try (TenantContext.Scope in = coordinator.enter()) {
            CloseGrant handler = close(coordinator);
            assertThatThrownBy(() -> handler.apply(step(GrantLifecycle.CLOSE_GRANT, 1), closing))
                    .isInstanceOf(DomainException.class).hasMessage("The final report has not been submitted");
            assertThat(grants.grant.status()).isEqualTo(GrantAgreement.Status.PLANNED);
            assertThat(lessons).as("a refused closing leaves no practice").isEmpty();
            Report finalReport = new Report(10, 0, Report.Kind.FINAL, "All done", 300, START, END,
                    Ledgers.money("150000", "NPR"), Ledgers.money("150000", "NPR"), "np.applicant", Instant.now());
            finalReport.reportActuals(List.of(new IndicatorActual("Returnees certified", new BigDecimal("120"))),
                    java.util.Set.of("Returnees certified"));
            grants.reports.add(finalReport);
            assertThat(handler.apply(step(GrantLifecycle.CLOSE_GRANT, 1), closing)).isEmpty();
        }
        assertThat(grants.grant.status()).isEqualTo(GrantAgreement.Status.CLOSED);
        assertThat(proposal.state()).isEqualTo(ProposalState.CLOSED);
        assertThat(audit.entries).containsExactly(new RecordedAudit.Entry("np.coordinator", "GRANT_CLOSED", "PROPOSAL",
                1, "DISBURSED", "CLOSED", "Results achieved"));
        assertThat(closed).as("the refused attempt tells nobody").containsExactly(new GrantClosed("NP", 1, "np.coordinator"));
        assertThat(lessons).hasSize(1);
        ClosingLessons.ClosedGrant left = lessons.get(0);
        assertThat(left.proposalId()).isEqualTo(1);
        assertThat(left.summary()).isEqualTo("A one-stop desk for returnees");
        assertThat(left.lessons()).isEqualTo("Involve the municipality from the first month");
        assertThat(left.beneficiariesReached()).isEqualTo(300);
        assertThat(left.results()).containsExactly(new ClosingLessons.Result("Returnees certified", new BigDecimal("120")));
        assertThat(left.closedBy()).isEqualTo("np.coordinator");
    }

    @Test
    void closingNeedsASummaryAndLessonsWithinTheirLimits() {
        assertThat(violations(new ClosingPayload(null, " ", null))).containsExactly(
                "lessons: Write the lessons learned",
                "summary: Summarise the practice the grant leaves");
        assertThat(violations(new ClosingPayload("n".repeat(1001), "s".repeat(1001), "l".repeat(4001)))).containsExactly(
                "lessons: The lessons learned can have at most 4000 characters",
                "note: The note can have at most 1000 characters",
                "summary: The summary can have at most 1000 characters");
        assertThat(violations(new ClosingPayload(null, "s".repeat(1000), "l".repeat(4000)))).isEmpty();
    }
}
