package org.m4d.grants.grant.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.m4d.grants.grant.domain.Report;
import org.m4d.grants.identity.application.Access;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.workflow.application.TaskHandler;
import org.m4d.grants.workflow.application.TaskStep;
import org.m4d.grants.workflow.domain.GrantLifecycle;

/** The applicant reports progress and expenditure before the tranche the task is for. */
@ApplicationScoped
public class SubmitReports implements TaskHandler<ReportSubmission> {

    @Inject
    Access access;

    @Inject
    ReportService reports;

    @Override
    public String taskKey() {
        return GrantLifecycle.SUBMIT_REPORTS;
    }

    @Override
    public Class<ReportSubmission> payloadType() {
        return ReportSubmission.class;
    }

    @Override
    public void authorize(TaskStep step) {
        access.requireRole(Role.APPLICANT);
    }

    @Override
    public Map<String, Object> apply(TaskStep step, ReportSubmission report) {
        int tranche = ((Number) step.variable(GrantLifecycle.VAR_TRANCHE)).intValue();
        reports.file(step.proposalId(), tranche, Report.Kind.PERIODIC, report, "REPORTS_SUBMITTED");
        return Map.of();
    }
}
