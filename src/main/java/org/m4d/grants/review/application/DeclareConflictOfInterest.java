package org.m4d.grants.review.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.m4d.grants.audit.application.AuditTrail;
import org.m4d.grants.identity.application.Access;
import org.m4d.grants.platform.domain.Agency;
import org.m4d.grants.proposal.application.ProposalService;
import org.m4d.grants.proposal.domain.Proposal;
import org.m4d.grants.review.domain.ConflictDeclaration;
import org.m4d.grants.review.domain.ReviewRepository;
import org.m4d.grants.workflow.application.TaskHandler;
import org.m4d.grants.workflow.application.TaskStep;
import org.m4d.grants.workflow.domain.GrantLifecycle;

/**
 * A reviewer of the task's agency declares, before seeing the proposal, whether they have a
 * conflict of interest. With a conflict the review is assigned again, to the next eligible reviewer
 * (docs/adr/0032), never to them; without one it becomes theirs to score.
 */
@ApplicationScoped
public class DeclareConflictOfInterest implements TaskHandler<ConflictPayload> {

    @Inject
    Access access;

    @Inject
    ProposalService proposals;

    @Inject
    ReviewRepository reviews;

    @Inject
    AuditTrail audit;

    @Override
    public String taskKey() {
        return GrantLifecycle.DECLARE_CONFLICT;
    }

    @Override
    public Class<ConflictPayload> payloadType() {
        return ConflictPayload.class;
    }

    @Override
    public void authorize(TaskStep step) {
        ReviewerOfAgency.require(access, step);
    }

    @Override
    public Map<String, Object> apply(TaskStep step, ConflictPayload payload) {
        Agency agency = Agency.valueOf(step.variable(GrantLifecycle.VAR_AGENCY).toString());
        Proposal proposal = proposals.proposal(step.proposalId());
        String reviewer = access.username();
        reviews.store(new ConflictDeclaration(proposal.id(), proposal.reviewRound(), agency, reviewer,
                payload.conflict(), payload.statement(), Instant.now()));
        if (!payload.conflict()) {
            audit.record(reviewer, "NO_CONFLICT_DECLARED", ProposalService.SUBJECT, proposal.id(), null, null,
                    agency + " review taken");
            return Map.of(GrantLifecycle.VAR_CONFLICT, false, GrantLifecycle.VAR_REVIEWER, reviewer);
        }
        Set<String> excluded = new LinkedHashSet<>();
        Object before = step.variable(GrantLifecycle.VAR_EXCLUDED_REVIEWERS);
        if (before != null && !before.toString().isBlank()) {
            excluded.addAll(List.of(before.toString().split(",")));
        }
        excluded.add(reviewer);
        audit.record(reviewer, "CONFLICT_DECLARED", ProposalService.SUBJECT, proposal.id(), null, null,
                agency + " review to be assigned to another reviewer: " + payload.statement());
        return Map.of(GrantLifecycle.VAR_CONFLICT, true,
                GrantLifecycle.VAR_EXCLUDED_REVIEWERS, String.join(",", excluded));
    }
}
