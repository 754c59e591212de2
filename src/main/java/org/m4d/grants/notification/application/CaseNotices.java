package org.m4d.grants.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.m4d.grants.grant.application.DisbursementRecorded;
import org.m4d.grants.grant.application.GrantClosed;
import org.m4d.grants.grant.application.ReportReturned;
import org.m4d.grants.notification.domain.NotificationKind;
import org.m4d.grants.practice.application.PracticeAwaitingConsent;
import org.m4d.grants.proposal.application.ProposalDecided;
import org.m4d.grants.proposal.domain.Proposal;
import org.m4d.grants.proposal.domain.ProposalRepository;

/**
 * Tells applicants of what happens to their proposal and grant: a decision (returned with the
 * reason, rejected, approved), a disbursement, a report returned with what to correct, the grant
 * closed, each linking to the proposal page; and the practice the closed grant left awaiting their
 * consent, linking to the practice page. Runs in the step's transaction.
 */
@ApplicationScoped
public class CaseNotices {

    @Inject
    Notifier notifier;

    @Inject
    Recipients recipients;

    @Inject
    ProposalRepository proposals;

    void decided(@Observes ProposalDecided decision) {
        tell(switch (decision.outcome()) {
            case RETURNED -> NotificationKind.PROPOSAL_RETURNED;
            case REJECTED -> NotificationKind.PROPOSAL_REJECTED;
            case APPROVED -> NotificationKind.PROPOSAL_APPROVED;
        }, decision.tenantId(), decision.proposalId(), decision.reason(), decision.actor());
    }

    void disbursed(@Observes DisbursementRecorded disbursement) {
        tell(NotificationKind.DISBURSEMENT_RECORDED, disbursement.tenantId(), disbursement.proposalId(), null,
                disbursement.actor());
    }

    void reportReturned(@Observes ReportReturned returned) {
        tell(NotificationKind.REPORT_RETURNED, returned.tenantId(), returned.proposalId(), returned.note(),
                returned.actor());
    }

    void closed(@Observes GrantClosed closed) {
        tell(NotificationKind.GRANT_CLOSED, closed.tenantId(), closed.proposalId(), null, closed.actor());
    }

    /** Tells the practice's applicant (the proposal's creator, who alone consents) that it awaits them, linking to its page. */
    void awaitsConsent(@Observes PracticeAwaitingConsent practice) {
        Proposal proposal = proposal(practice.proposalId());
        notifier.tell(new Notice(NotificationKind.PRACTICE_AWAITS_CONSENT, practice.tenantId(), proposal.id(), null,
                null, proposal.title(), null, null, null, Notice.practiceLink(practice.practiceId())),
                recipients.user(practice.applicant()), practice.actor());
    }

    private void tell(NotificationKind kind, String tenant, long proposalId, String note, String actor) {
        Proposal proposal = proposal(proposalId);
        notifier.tell(new Notice(kind, tenant, proposalId, null, null, proposal.title(), null, null, note,
                Notice.proposalLink(tenant, proposalId)), recipients.user(proposal.createdBy()), actor);
    }

    private Proposal proposal(long id) {
        return proposals.find(id).orElseThrow(() -> new IllegalStateException("No proposal " + id + " in this country"));
    }
}
