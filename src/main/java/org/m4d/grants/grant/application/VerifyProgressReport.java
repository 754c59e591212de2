package org.m4d.grants.grant.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.m4d.grants.grant.domain.Report;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.workflow.domain.GrantLifecycle;

/** The coordinator verifies the progress part of a tranche's report. */
@ApplicationScoped
public class VerifyProgressReport extends ReportVerification {

    @Override
    public String taskKey() {
        return GrantLifecycle.VERIFY_PROGRESS_REPORT;
    }

    @Override
    Role verifier() {
        return Role.COORDINATOR;
    }

    @Override
    String acceptedVariable() {
        return GrantLifecycle.VAR_PROGRESS_ACCEPTED;
    }

    @Override
    String auditPrefix() {
        return "PROGRESS_REPORT_";
    }

    @Override
    void verify(Report report, boolean accepted, String verifier, String note) {
        report.verifyProgress(accepted, verifier, note);
    }
}
