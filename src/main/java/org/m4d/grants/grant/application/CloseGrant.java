package org.m4d.grants.grant.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.m4d.grants.grant.domain.GrantAgreement;
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
 * The coordinator closes the grant after its final report; the proposal is closed with it, and the
 * lessons learned become a practice for the library, unpublished until the applicant consents.
 */
@ApplicationScoped
public class CloseGrant implements TaskHandler<ClosingPayload> {

    @Inject
    Access access;

    @Inject
    GrantService grantService;

    @Inject
    GrantRepository grants;

    @Inject
    ProposalService proposals;

    @Inject
    ClosingLessons lessons;

    @Inject
    Event<GrantClosed> closures;

    @Override
    public String taskKey() {
        return GrantLifecycle.CLOSE_GRANT;
    }

    @Override
    public Class<ClosingPayload> payloadType() {
        return ClosingPayload.class;
    }

    @Override
    public void authorize(TaskStep step) {
        access.requireRole(Role.COORDINATOR);
    }

    @Override
    public Map<String, Object> apply(TaskStep step, ClosingPayload payload) {
        GrantAgreement grant = grantService.lockedGrant(step.proposalId());
        Report finalReport = grants.reports(grant).stream().filter(r -> r.kind() == Report.Kind.FINAL)
                .reduce((first, later) -> later)
                .orElseThrow(() -> new DomainException("The final report has not been submitted")
                        .withKey("error.report.finalMissing"));
        Instant now = Instant.now();
        grant.close(now);
        proposals.markClosed(step.proposalId(), access.username(), payload.note());
        lessons.record(new ClosingLessons.ClosedGrant(step.proposalId(), payload.summary(), payload.lessons(),
                finalReport.beneficiariesReached(), finalReport.indicatorActuals().stream()
                        .map(a -> new ClosingLessons.Result(a.name(), a.actual())).toList(),
                access.username(), now));
        closures.fire(new GrantClosed(step.task().tenant(), step.proposalId(), access.username()));
        return Map.of();
    }
}
