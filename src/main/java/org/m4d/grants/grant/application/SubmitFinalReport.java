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

/** The applicant's final report once every tranche is released. */
@ApplicationScoped
public class SubmitFinalReport implements TaskHandler<ReportSubmission> {

    @Inject
    Access access;

    @Inject
    ReportService reports;

    @Override
    public String taskKey() {
        return GrantLifecycle.SUBMIT_FINAL_REPORT;
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
        reports.file(step.proposalId(), 0, Report.Kind.FINAL, report, "FINAL_REPORT_SUBMITTED");
        return Map.of();
    }
}
