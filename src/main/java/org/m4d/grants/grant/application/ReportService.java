package org.m4d.grants.grant.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import org.m4d.grants.audit.application.AuditTrail;
import org.m4d.grants.grant.domain.GrantAgreement;
import org.m4d.grants.grant.domain.GrantRepository;
import org.m4d.grants.grant.domain.IndicatorActual;
import org.m4d.grants.grant.domain.Report;
import org.m4d.grants.proposal.domain.Indicator;
import org.m4d.grants.identity.application.Access;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.Money;
import org.m4d.grants.proposal.application.ProposalService;
import org.m4d.grants.workflow.application.Workflow;
import org.m4d.grants.workflow.domain.GrantLifecycle;
import org.m4d.grants.workflow.domain.TaskView;

/** Use cases of progress, financial and final reports, and of closing a grant. Each is one transaction. */
@ApplicationScoped
@Transactional
public class ReportService {

    @Inject
    GrantService grantService;

    @Inject
    GrantRepository grants;

    @Inject
    ProposalService proposals;

    @Inject
    Workflow workflow;

    @Inject
    Access access;

    @Inject
    AuditTrail audit;

    /** The applicant reports progress and expenditure before a later tranche. */
    public void submitReports(@NotNull String taskId, @NotNull @Valid ReportSubmission report) {
        access.requireRole(Role.APPLICANT);
        TaskView task = grantService.task(taskId, GrantLifecycle.SUBMIT_REPORTS);
        int tranche = ((Number) workflow.variable(taskId, GrantLifecycle.VAR_TRANCHE)).intValue();
        store(task, tranche, Report.Kind.PERIODIC, report, "REPORTS_SUBMITTED");
        workflow.complete(taskId, GrantLifecycle.SUBMIT_REPORTS, Map.of());
    }

    /** The coordinator verifies the progress part, or finance the financial part, of the latest report. */
    public void verify(@NotNull String taskId, boolean accepted,
                       @Size(max = 1000, message = "{m4d.note.size}") String note) {
        TaskView task = workflow.task(taskId);
        boolean progress = GrantLifecycle.VERIFY_PROGRESS_REPORT.equals(task.key());
        access.requireRole(progress ? Role.COORDINATOR : Role.FINANCE);
        grantService.task(taskId, progress ? GrantLifecycle.VERIFY_PROGRESS_REPORT
                : GrantLifecycle.VERIFY_FINANCIAL_REPORT);
        if (!accepted && (note == null || note.isBlank())) {
            throw new DomainException("Say what the applicant must correct").withKey("error.report.noteRequired");
        }
        int tranche = ((Number) workflow.variable(taskId, GrantLifecycle.VAR_TRANCHE)).intValue();
        GrantAgreement grant = grantService.grant(task.proposalId());
        Report report = grants.reports(grant).stream()
                .filter(r -> r.trancheNumber() == tranche && r.status() == Report.Status.SUBMITTED)
                .max(Comparator.comparing(Report::submittedAt))
                .orElseThrow(() -> new DomainException("There is no submitted report for tranche " + tranche)
                        .withKey("error.report.noneSubmitted", tranche));
        if (progress) {
            report.verifyProgress(accepted, access.username(), note);
        } else {
            report.verifyFinancial(accepted, access.username(), note);
        }
        audit.record(access.username(), (progress ? "PROGRESS_REPORT_" : "FINANCIAL_REPORT_")
                + (accepted ? "ACCEPTED" : "RETURNED"), ProposalService.SUBJECT, task.proposalId(), null, null,
                "Tranche " + tranche + (note == null || note.isBlank() ? "" : ": " + note));
        workflow.complete(taskId, task.key(), Map.of(
                progress ? GrantLifecycle.VAR_PROGRESS_ACCEPTED : GrantLifecycle.VAR_FINANCIAL_ACCEPTED, accepted));
    }

    /** The coordinator notes how an overdue report was followed up. */
    public void followUpOverdueReport(@NotNull String taskId,
                                      @Size(max = 1000, message = "{m4d.note.size}") String note) {
        access.requireRole(Role.COORDINATOR);
        TaskView task = grantService.task(taskId, GrantLifecycle.FOLLOW_UP_OVERDUE_REPORT);
        audit.record(access.username(), "OVERDUE_REPORT_FOLLOWED_UP", ProposalService.SUBJECT,
                task.proposalId(), null, null, note);
        workflow.complete(taskId, GrantLifecycle.FOLLOW_UP_OVERDUE_REPORT, Map.of());
    }

    /** The applicant's final report once every tranche is released. */
    public void submitFinalReport(@NotNull String taskId,
                                  @NotNull @Valid ReportSubmission report) {
        access.requireRole(Role.APPLICANT);
        TaskView task = grantService.task(taskId, GrantLifecycle.SUBMIT_FINAL_REPORT);
        store(task, 0, Report.Kind.FINAL, report, "FINAL_REPORT_SUBMITTED");
        workflow.complete(taskId, GrantLifecycle.SUBMIT_FINAL_REPORT, Map.of());
    }

    /** The coordinator closes the grant after its final report. */
    public void closeGrant(@NotNull String taskId,
                           @Size(max = 1000, message = "{m4d.note.size}") String note) {
        access.requireRole(Role.COORDINATOR);
        TaskView task = grantService.task(taskId, GrantLifecycle.CLOSE_GRANT);
        GrantAgreement grant = grantService.lockedGrant(task.proposalId());
        if (grants.reports(grant).stream().noneMatch(r -> r.kind() == Report.Kind.FINAL)) {
            throw new DomainException("The final report has not been submitted").withKey("error.report.finalMissing");
        }
        grant.close(Instant.now());
        proposals.markClosed(task.proposalId(), access.username(), note);
        workflow.complete(taskId, GrantLifecycle.CLOSE_GRANT, Map.of());
    }

    /** Called by the workflow's timer when a report is overdue. */
    public void recordReportOverdue(long proposalId, int tranche) {
        audit.record("system", "REPORT_OVERDUE", ProposalService.SUBJECT, proposalId, null, null,
                "Reports for tranche " + tranche + " are overdue; the applicant was reminded");
    }

    private void store(TaskView task, int tranche, Report.Kind kind, ReportSubmission submission,
                       String action) {
        GrantAgreement grant = grantService.lockedGrant(task.proposalId());
        String currency = grant.approved().currency();
        Money authorised = grants.disbursedTotal(grant);
        Report report = new Report(grant.id(), tranche, kind, submission.narrative(), submission.beneficiariesReached(),
                submission.periodStart(), submission.periodEnd(), authorised,
                Money.of(submission.expenditure(), currency), access.username(), Instant.now());
        if (submission.indicatorActuals() != null && !submission.indicatorActuals().isEmpty()) {
            report.reportActuals(submission.indicatorActuals().stream()
                            .map(a -> new IndicatorActual(a.name(), a.actual())).toList(),
                    proposals.proposal(task.proposalId()).profile().indicators().stream()
                            .map(Indicator::name).collect(java.util.stream.Collectors.toSet()));
        }
        grants.store(report);
        audit.record(access.username(), action, ProposalService.SUBJECT, task.proposalId(), null, null,
                (kind == Report.Kind.FINAL ? "Final report" : "Tranche " + tranche) + ": expenditure "
                        + report.expenditure() + " of " + report.authorised() + " authorised, balance " + report.balance());
    }
}
