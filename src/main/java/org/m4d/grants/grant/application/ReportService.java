package org.m4d.grants.grant.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.m4d.grants.audit.application.AuditTrail;
import org.m4d.grants.grant.domain.GrantAgreement;
import org.m4d.grants.grant.domain.GrantRepository;
import org.m4d.grants.grant.domain.IndicatorActual;
import org.m4d.grants.grant.domain.Report;
import org.m4d.grants.proposal.domain.Indicator;
import org.m4d.grants.identity.application.Access;
import org.m4d.grants.platform.domain.Money;
import org.m4d.grants.proposal.application.ProposalService;

/** Filing of progress, financial and final reports; each joins or opens a transaction. */
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
    Access access;

    @Inject
    AuditTrail audit;

    /** Files a report of the grant of a proposal, with its audit entry; the report handlers' common part. */
    void file(long proposalId, int tranche, Report.Kind kind, ReportSubmission submission, String action) {
        GrantAgreement grant = grantService.lockedGrant(proposalId);
        String currency = grant.approved().currency();
        Money authorised = grants.disbursedTotal(grant);
        Report report = new Report(grant.id(), tranche, kind, submission.narrative(), submission.beneficiariesReached(),
                submission.periodStart(), submission.periodEnd(), authorised,
                Money.of(submission.expenditure(), currency), access.username(), Instant.now());
        if (submission.indicatorActuals() != null && !submission.indicatorActuals().isEmpty()) {
            report.reportActuals(submission.indicatorActuals().stream()
                            .map(a -> new IndicatorActual(a.name(), a.actual())).toList(),
                    proposals.proposal(proposalId).profile().indicators().stream()
                            .map(Indicator::name).collect(java.util.stream.Collectors.toSet()));
        }
        grants.store(report);
        audit.record(access.username(), action, ProposalService.SUBJECT, proposalId, null, null,
                (kind == Report.Kind.FINAL ? "Final report" : "Tranche " + tranche) + ": expenditure "
                        + report.expenditure() + " of " + report.authorised() + " authorised, balance " + report.balance());
    }
}
