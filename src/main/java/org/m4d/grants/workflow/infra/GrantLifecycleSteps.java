package org.m4d.grants.workflow.infra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.m4d.grants.platform.application.TenantContext;
import org.m4d.grants.platform.domain.Agency;
import org.m4d.grants.workflow.application.AmendmentSteps;
import org.m4d.grants.workflow.application.EnvelopeSteps;
import org.m4d.grants.workflow.application.GrantSteps;
import org.m4d.grants.workflow.application.ReviewSteps;
import org.m4d.grants.workflow.application.TaskDeadline;
import org.m4d.grants.workflow.domain.GrantAmendment;
import org.m4d.grants.workflow.domain.GrantLifecycle;

/**
 * The service steps of the grant lifecycle, called from BPMN expressions. Thin: each runs in the
 * tenant context of the execution's tenant (the job executor's threads have no other) and hands the
 * ids to the step interface of the context that owns the work ({@link ReviewSteps},
 * {@link GrantSteps}), which joins the engine's transaction; so the workflow context depends on
 * none of them. The timers on human steps announce a {@link TaskDeadline} instead.
 */
@Named("grantLifecycle")
@ApplicationScoped
public class GrantLifecycleSteps {

    @Inject
    GrantSteps grants;

    @Inject
    TenantContext context;

    @Inject
    ReviewSteps reviews;

    @Inject
    Event<TaskDeadline> deadlines;

    @Inject
    AmendmentSteps amendments;

    @Inject
    EnvelopeSteps envelopes;

    /** The agencies that each review a proposal, in parallel. */
    public List<String> reviewAgencies() {
        return Arrays.stream(Agency.values()).map(Agency::name).toList();
    }

    /**
     * An agency's review is offered (first, or again after a declared conflict): the reviewer the
     * review context gives it to, or null for the agency's pool; the model keeps it as {@code reviewer}.
     */
    public String assignReviewer(DelegateExecution execution) {
        Object excluded = execution.getVariable(GrantLifecycle.VAR_EXCLUDED_REVIEWERS);
        return context.runIn(execution.getTenantId(), () -> reviews.assignReviewer(proposalId(execution),
                execution.getVariable(GrantLifecycle.VAR_AGENCY).toString(), excluded == null ? null : excluded.toString()));
    }

    /**
     * After both reviews: the average score and whether approval would go beyond the envelope of the
     * proposal's call, for the approval-authority decision.
     */
    public void computeReviewScore(DelegateExecution execution) {
        execution.setVariable(GrantLifecycle.VAR_AVERAGE_SCORE,
                context.runIn(execution.getTenantId(), () -> reviews.closeRound(proposalId(execution))));
        execution.setVariable(GrantLifecycle.VAR_BEYOND_ENVELOPE,
                context.runIn(execution.getTenantId(), () -> envelopes.beyondEnvelope(proposalId(execution))));
    }

    /**
     * TEST ONLY: milliseconds the agreement step waits inside its job before it creates the agreement,
     * so that {@code AgreementNodeLossIT} can kill the node while the job runs. Never set in a
     * deployment (config/README.md); unset or not a number, the step does not wait.
     */
    static final String TEST_AGREEMENT_DELAY = "M4D_TEST_AGREEMENT_DELAY_MILLIS";

    /** Async step after approval: creates the grant agreement. */
    public void createAgreement(DelegateExecution execution) {
        testDelay(System.getenv(TEST_AGREEMENT_DELAY));
        context.runIn(execution.getTenantId(), () -> grants.createAgreement(proposalId(execution),
                (String) execution.getVariable(GrantLifecycle.VAR_APPROVED_BY)));
    }

    static void testDelay(String millis) {
        if (millis == null || !millis.matches("\\d{1,7}")) {
            return;
        }
        try {
            Thread.sleep(Long.parseLong(millis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The numbers of the grant's tranches, 1 to n, for the sequential tranche cycle. */
    public List<Integer> trancheNumbers(DelegateExecution execution) {
        return context.runIn(execution.getTenantId(), () -> grants.trancheNumbers(proposalId(execution)));
    }

    /** A tranche may now be disbursed: the first at once, the others once their reports are accepted. */
    public void openTranche(DelegateExecution execution) {
        context.runIn(execution.getTenantId(), () -> grants.openTranche(proposalId(execution), tranche(execution)));
    }

    /** Fired by the non-interrupting timer on overdue reports. */
    public void remindApplicant(DelegateExecution execution) {
        deadline(execution, GrantLifecycle.SUBMIT_REPORTS, TaskDeadline.Stage.OVERDUE.name());
    }

    /** Fired by the non-interrupting timer on an overdue screening. */
    public void remindCoordinator(DelegateExecution execution) {
        deadline(execution, GrantLifecycle.SCREEN_ELIGIBILITY, TaskDeadline.Stage.OVERDUE.name());
    }

    /**
     * Fired by the non-interrupting timer on an overdue technical review: a review waits either for
     * its conflict declaration or for its scores, so both are overdue.
     */
    public void remindReviewers(DelegateExecution execution) {
        deadline(execution, GrantLifecycle.DECLARE_CONFLICT, TaskDeadline.Stage.OVERDUE.name());
        deadline(execution, GrantLifecycle.SCORE_PROPOSAL, TaskDeadline.Stage.OVERDUE.name());
    }

    /** An amendment's last decision was yes: it comes into force. */
    public void applyAmendment(DelegateExecution execution) {
        context.runIn(execution.getTenantId(), () -> amendments.applyAmendment(proposalId(execution),
                amendmentId(execution), (String) execution.getVariable(GrantAmendment.VAR_DECIDED_BY)));
    }

    /** An amendment was refused, by the coordinator or the approver. */
    public void rejectAmendment(DelegateExecution execution) {
        context.runIn(execution.getTenantId(), () -> amendments.rejectAmendment(proposalId(execution),
                amendmentId(execution), (String) execution.getVariable(GrantAmendment.VAR_DECIDED_BY)));
    }

    /**
     * Fired by a timer on a human step ({@code OVERDUE} or {@code ESCALATION}): announces it in the
     * job's transaction, for the notification context to tell the people concerned.
     */
    public void deadline(DelegateExecution execution, String taskKey, String stage) {
        context.runIn(execution.getTenantId(), () -> deadlines.fire(new TaskDeadline(execution.getTenantId(),
                proposalId(execution), taskKey, TaskDeadline.Stage.valueOf(stage))));
    }

    private static int tranche(DelegateExecution execution) {
        return ((Number) execution.getVariable(GrantLifecycle.VAR_TRANCHE)).intValue();
    }

    private static long amendmentId(DelegateExecution execution) {
        return ((Number) execution.getVariable(GrantAmendment.VAR_AMENDMENT_ID)).longValue();
    }

    private static long proposalId(DelegateExecution execution) {
        return ((Number) execution.getVariable(GrantLifecycle.VAR_PROPOSAL_ID)).longValue();
    }
}
