package org.m4d.grants.grant.application;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.Map;
import org.m4d.grants.audit.application.AuditTrail;
import org.m4d.grants.grant.domain.GrantRepository;
import org.m4d.grants.grant.domain.Report;
import org.m4d.grants.identity.application.Access;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.proposal.application.ProposalService;
import org.m4d.grants.workflow.application.TaskHandler;
import org.m4d.grants.workflow.application.TaskStep;
import org.m4d.grants.workflow.domain.GrantLifecycle;

/**
 * The verification of one part of the latest report of a tranche: the progress part by the
 * coordinator, the financial part by finance; either may return it with a note.
 */
abstract class ReportVerification implements TaskHandler<VerificationPayload> {

    @Inject
    Access access;

    @Inject
    GrantService grantService;

    @Inject
    GrantRepository grants;

    @Inject
    AuditTrail audit;

    @Inject
    Event<ReportReturned> returns;

    /** Who verifies this part. */
    abstract Role verifier();

    /** The variable the lifecycle's join reads, and the audit action's prefix. */
    abstract String acceptedVariable();

    abstract String auditPrefix();

    abstract void verify(Report report, boolean accepted, String verifier, String note);

    @Override
    public Class<VerificationPayload> payloadType() {
        return VerificationPayload.class;
    }

    @Override
    public void authorize(TaskStep step) {
        access.requireRole(verifier());
    }

    @Override
    public Map<String, Object> apply(TaskStep step, VerificationPayload payload) {
        boolean accepted = payload.accepted();
        String note = payload.note();
        if (!accepted && (note == null || note.isBlank())) {
            throw new DomainException("Say what the applicant must correct").withKey("error.report.noteRequired");
        }
        int tranche = ((Number) step.variable(GrantLifecycle.VAR_TRANCHE)).intValue();
        Report report = grants.reports(grantService.grant(step.proposalId())).stream()
                .filter(r -> r.trancheNumber() == tranche && r.status() == Report.Status.SUBMITTED)
                .max(Comparator.comparing(Report::submittedAt))
                .orElseThrow(() -> new DomainException("There is no submitted report for tranche " + tranche)
                        .withKey("error.report.noneSubmitted", tranche));
        verify(report, accepted, access.username(), note);
        audit.record(access.username(), auditPrefix() + (accepted ? "ACCEPTED" : "RETURNED"), ProposalService.SUBJECT,
                step.proposalId(), null, null, "Tranche " + tranche + (note == null || note.isBlank() ? "" : ": " + note));
        if (!accepted) {
            returns.fire(new ReportReturned(step.task().tenant(), step.proposalId(), tranche, note, access.username()));
        }
        return Map.of(acceptedVariable(), accepted);
    }
}
