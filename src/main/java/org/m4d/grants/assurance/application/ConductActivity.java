package org.m4d.grants.assurance.application;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.m4d.grants.assurance.domain.AssuranceActivity;
import org.m4d.grants.assurance.domain.AssuranceRepository;
import org.m4d.grants.assurance.domain.Finding;
import org.m4d.grants.assurance.domain.Priority;
import org.m4d.grants.audit.application.AuditTrail;
import org.m4d.grants.identity.application.Access;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.platform.domain.NotFoundException;
import org.m4d.grants.proposal.application.ProposalService;
import org.m4d.grants.workflow.application.TaskHandler;
import org.m4d.grants.workflow.application.TaskStep;
import org.m4d.grants.workflow.domain.AssuranceModel;

/**
 * The step of an activity's task, whichever kind it is: the activity done on a day by the user,
 * with its findings; a finding that breaks a rule (due before the activity) refuses the whole step.
 */
abstract class ConductActivity implements TaskHandler<ActivityReport> {

    @Inject
    Access access;

    @Inject
    AssuranceRepository assurance;

    @Inject
    AuditTrail audit;

    /** Who does this kind of activity. */
    abstract Role role();

    @Override
    public Class<ActivityReport> payloadType() {
        return ActivityReport.class;
    }

    @Override
    public void authorize(TaskStep step) {
        access.requireRole(role());
    }

    @Override
    public Map<String, Object> apply(TaskStep step, ActivityReport payload) {
        long id = ((Number) step.variable(AssuranceModel.VAR_ACTIVITY_ID)).longValue();
        AssuranceActivity activity = assurance.activity(id).orElseThrow(() -> new NotFoundException("Activity"));
        activity.done(payload.date(), access.username());
        // every finding is checked before any is kept
        List<Finding> findings = payload.findings().stream().map(entry -> activity.raise(
                Priority.valueOf(entry.priority()), entry.text().strip(),
                entry.recommendation() == null || entry.recommendation().isBlank() ? null
                        : entry.recommendation().strip(), entry.dueOn(), access.username())).toList();
        findings.forEach(assurance::store);
        long high = findings.stream().filter(Finding::blocksPayment).count();
        audit.record(access.username(), "ASSURANCE_DONE", ProposalService.SUBJECT, activity.proposalId(), null,
                null, activity.kind() + " of partner " + activity.partnerId() + " on " + payload.date() + ": "
                        + payload.findings().size() + " finding(s), " + high + " of high priority");
        return Map.of();
    }
}
