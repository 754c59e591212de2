package org.m4d.grants.grant.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.m4d.grants.audit.domain.AuditEntry;
import org.m4d.grants.grant.domain.GrantAgreement;
import org.m4d.grants.grant.domain.Modality;
import org.m4d.grants.grant.domain.Report;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.ForbiddenException;
import org.m4d.grants.platform.domain.Money;
import org.m4d.grants.proposal.domain.LeadActor;
import org.m4d.grants.proposal.domain.ProposalState;
import org.m4d.grants.testing.UseCases;
import org.m4d.grants.workflow.domain.GrantLifecycle;

/**
 * The rules of reports and closing a grant. Nepal's grant of NPR 1,500,000 with NPR 500,000
 * disbursed from its first tranche of 60%.
 */
class ReportServiceTest {

    private final UseCases app = new UseCases();
    private final ReportService service = app.reports;
    private final long proposal;

    ReportServiceTest() {
        app.user.as("np.applicant", "NP", Role.APPLICANT);
        proposal = app.in("NP", () -> app.draft("Remittances for rural clinics", LeadActor.OTHER, "1500000"));
        app.in("NP", () -> app.proposals.submit(proposal));
        app.in("NP", () -> app.approve(proposal));
        app.user.as("np.finance", "NP", Role.FINANCE);
        app.in("NP", () -> {
            app.grants.createAgreement(proposal, "np.coordinator");
            grant().plan(Modality.DIRECT_PAYMENT, List.of(new BigDecimal("60"), new BigDecimal("40")))
                    .forEach(app.grantRows::store);
            app.grants.openTranche(proposal, 1);
            app.grants.disburse(proposal, new DisbursementEntry(new BigDecimal("500000"), LocalDate.of(2026, 3, 2),
                    "PAY-1"), null);
        });
    }

    @AfterEach
    void leaveTheCountry() {
        app.context.clear();
    }

    private GrantAgreement grant() {
        return app.grantRows.findByProposal(proposal).orElseThrow();
    }

    private static ReportSubmission spent(String expenditure) {
        return new ReportSubmission("Two clinics built", 1200, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 8, 31),
                new BigDecimal(expenditure), List.of());
    }

    private List<Report> reports() {
        return app.in("NP", () -> app.grantRows.reports(grant()));
    }

    @Test
    void anOverdueReportIsAuditedAsTheSystem() {
        app.in("NP", () -> service.recordReportOverdue(proposal, 2));

        assertThat(app.in("NP", () -> app.lastEntryOn(proposal))).extracting(AuditEntry::actor, AuditEntry::action,
                AuditEntry::detail).containsExactly("system", "REPORT_OVERDUE",
                "Reports for tranche 2 are overdue; the applicant was reminded");
    }

    @Test
    void theApplicantsReportIsStoredForTheTasksTrancheWithItsBalance() {
        app.user.as("np.applicant", "NP", Role.APPLICANT);
        String task = app.in("NP", () -> app.workflow.offer(GrantLifecycle.SUBMIT_REPORTS, proposal, null,
                Map.of(GrantLifecycle.VAR_TRANCHE, 2)));

        app.in("NP", () -> service.submitReports(task, spent("450000")));

        Report report = reports().get(0);
        assertThat(reports()).hasSize(1);
        assertThat(report.trancheNumber()).isEqualTo(2);
        assertThat(report.kind()).isEqualTo(Report.Kind.PERIODIC);
        assertThat(report.authorised()).isEqualTo(Money.of(new BigDecimal("500000"), "NPR"));
        assertThat(report.balance()).isEqualTo(Money.of(new BigDecimal("50000"), "NPR"));
        assertThat(app.workflow.completions()).extracting(c -> c.key()).containsExactly(GrantLifecycle.SUBMIT_REPORTS);
    }

    @Test
    void expenditureAboveWhatWasDisbursedIsRefusedAndTheTaskStaysOpen() {
        app.user.as("np.applicant", "NP", Role.APPLICANT);
        String task = app.in("NP", () -> app.workflow.offer(GrantLifecycle.SUBMIT_REPORTS, proposal, null,
                Map.of(GrantLifecycle.VAR_TRANCHE, 2)));

        Throwable refused = catchThrowable(() -> app.in("NP", () -> service.submitReports(task, spent("500000.01"))));

        assertThat(((DomainException) refused).messageKey()).isEqualTo("error.report.overAuthorised");
        assertThat(reports()).isEmpty();
        assertThat(app.workflow.completions()).isEmpty();
    }

    @Test
    void aReportReturnedWithoutANoteIsRefused() {
        app.user.as("np.coordinator", "NP", Role.COORDINATOR);
        String task = app.in("NP", () -> app.workflow.offer(GrantLifecycle.VERIFY_PROGRESS_REPORT, proposal, null,
                Map.of(GrantLifecycle.VAR_TRANCHE, 2)));

        Throwable refused = catchThrowable(() -> app.in("NP", () -> service.verify(task, false, " ")));

        assertThat(((DomainException) refused).messageKey()).isEqualTo("error.report.noteRequired");
        assertThat(app.workflow.completions()).isEmpty();
    }

    @Test
    void theFinancialPartIsVerifiedByFinanceNotByTheCoordinator() {
        app.user.as("np.coordinator", "NP", Role.COORDINATOR);
        String task = app.in("NP", () -> app.workflow.offer(GrantLifecycle.VERIFY_FINANCIAL_REPORT, proposal, null,
                Map.of(GrantLifecycle.VAR_TRANCHE, 2)));

        assertThatThrownBy(() -> app.in("NP", () -> service.verify(task, true, null)))
                .isExactlyInstanceOf(ForbiddenException.class);
        assertThat(app.workflow.completions()).isEmpty();
    }

    @Test
    void aGrantWithoutItsFinalReportIsNotClosed() {
        app.user.as("np.coordinator", "NP", Role.COORDINATOR);
        String task = app.in("NP", () -> app.workflow.offer(GrantLifecycle.CLOSE_GRANT, proposal, null, Map.of()));

        Throwable refused = catchThrowable(() -> app.in("NP", () -> service.closeGrant(task, "Done")));

        assertThat(((DomainException) refused).messageKey()).isEqualTo("error.report.finalMissing");
        assertThat(app.in("NP", this::grant).status()).isEqualTo(GrantAgreement.Status.PLANNED);
        assertThat(app.in("NP", () -> app.proposal(proposal)).state()).isEqualTo(ProposalState.DISBURSED);
        assertThat(app.workflow.completions()).isEmpty();
    }
}
