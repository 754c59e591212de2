package org.m4d.grants.grant.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.m4d.grants.grant.domain.Report;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.workflow.domain.GrantLifecycle;

/** Finance verifies the financial part (FACE-style) of a tranche's report. */
@ApplicationScoped
public class VerifyFinancialReport extends ReportVerification {

    @Override
    public String taskKey() {
        return GrantLifecycle.VERIFY_FINANCIAL_REPORT;
    }

    @Override
    Role verifier() {
        return Role.FINANCE;
    }

    @Override
    String acceptedVariable() {
        return GrantLifecycle.VAR_FINANCIAL_ACCEPTED;
    }

    @Override
    String auditPrefix() {
        return "FINANCIAL_REPORT_";
    }

    @Override
    void verify(Report report, boolean accepted, String verifier, String note) {
        report.verifyFinancial(accepted, verifier, note);
    }
}
