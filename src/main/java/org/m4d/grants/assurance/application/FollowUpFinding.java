package org.m4d.grants.assurance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.m4d.grants.assurance.domain.AssuranceRepository;
import org.m4d.grants.assurance.domain.Finding;
import org.m4d.grants.audit.application.AuditTrail;
import org.m4d.grants.identity.application.Access;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.platform.domain.NotFoundException;
import org.m4d.grants.proposal.application.ProposalService;
import org.m4d.grants.workflow.application.TaskHandler;
import org.m4d.grants.workflow.application.TaskStep;
import org.m4d.grants.workflow.domain.AssuranceModel;

/**
 * A coordinator follows up an open finding: closes it with what was done, which lifts the release
 * gate if it was of high priority, or moves its due date, and the follow-up comes back then.
 */
@ApplicationScoped
public class FollowUpFinding implements TaskHandler<FindingFollowUp> {

    @Inject
    Access access;

    @Inject
    AssuranceRepository assurance;

    @Inject
    AuditTrail audit;

    @Override
    public String taskKey() {
        return AssuranceModel.FOLLOW_UP_FINDING;
    }

    @Override
    public Class<FindingFollowUp> payloadType() {
        return FindingFollowUp.class;
    }

    @Override
    public void authorize(TaskStep step) {
        access.requireRole(Role.COORDINATOR);
    }

    @Override
    public Map<String, Object> apply(TaskStep step, FindingFollowUp payload) {
        long id = ((Number) step.variable(AssuranceModel.VAR_FINDING_ID)).longValue();
        Finding finding = assurance.finding(id).orElseThrow(() -> new NotFoundException("Finding"));
        String note = payload.note().strip();
        if (payload.closed()) {
            finding.close(note, access.username(), Instant.now());
            audit.record(access.username(), "FINDING_CLOSED", ProposalService.SUBJECT, finding.proposalId(), null,
                    null, finding.priority() + " finding \"" + finding.text() + "\" closed: " + note);
        } else {
            finding.reschedule(payload.findingDueOn(), note);
            audit.record(access.username(), "FINDING_RESCHEDULED", ProposalService.SUBJECT, finding.proposalId(),
                    null, null, finding.priority() + " finding \"" + finding.text() + "\" now due "
                            + payload.findingDueOn() + ": " + note);
        }
        return Map.of(AssuranceModel.VAR_FINDING_CLOSED, payload.closed());
    }
}
