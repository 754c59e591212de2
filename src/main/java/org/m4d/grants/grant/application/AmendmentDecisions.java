package org.m4d.grants.grant.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.m4d.grants.audit.application.AuditTrail;
import org.m4d.grants.grant.domain.Amendment;
import org.m4d.grants.identity.application.Access;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.ForbiddenException;
import org.m4d.grants.proposal.application.DecisionPayload;
import org.m4d.grants.proposal.application.ProposalService;
import org.m4d.grants.proposal.domain.Decision;
import org.m4d.grants.workflow.application.TaskStep;
import org.m4d.grants.workflow.domain.GrantAmendment;

/** A yes or no on an amendment, as both of its decision steps take it: a no needs a reason. */
@ApplicationScoped
public class AmendmentDecisions {

    @Inject
    Access access;

    @Inject
    AmendmentService amendments;

    @Inject
    AuditTrail audit;

    /** Refuses (403) the person who asked for the amendment: the coordinator's review is a second pair of eyes. */
    void requireAnotherThanTheRequester(TaskStep step) {
        long id = ((Number) step.variable(GrantAmendment.VAR_AMENDMENT_ID)).longValue();
        if (amendments.of(step.proposalId(), id).requestedBy().equals(access.username())) {
            throw new ForbiddenException("An amendment is reviewed by another coordinator than the one who asked for it")
                    .withKey("error.amendment.ownReview");
        }
    }

    /** Records the decision in the proposal's history; returns whether it is a yes. */
    boolean decide(TaskStep step, DecisionPayload payload, String action) {
        if (payload.decision() == Decision.REVISE) {
            throw new DomainException("An amendment is approved or rejected; the applicant asks again for another")
                    .withKey("error.amendment.noRevision");
        }
        boolean yes = payload.decision() == Decision.ACCEPT;
        if (!yes && (payload.comment() == null || payload.comment().isBlank())) {
            throw new DomainException("Give the applicant a reason").withKey("error.approval.reasonRequired");
        }
        long id = ((Number) step.variable(GrantAmendment.VAR_AMENDMENT_ID)).longValue();
        Amendment amendment = amendments.of(step.proposalId(), id);
        audit.record(access.username(), action, ProposalService.SUBJECT, step.proposalId(), null, null,
                "Amendment " + amendment.number() + " (" + amendment.kind() + ") " + (yes ? "accepted" : "refused")
                        + (payload.comment() == null || payload.comment().isBlank() ? "" : ": " + payload.comment()));
        return yes;
    }
}
