package org.m4d.grants.workflow.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.m4d.grants.workflow.domain.GrantLifecycle.VAR_APPROVED_BY;
import static org.m4d.grants.workflow.domain.GrantLifecycle.VAR_AVERAGE_SCORE;
import static org.m4d.grants.workflow.domain.GrantLifecycle.VAR_BEYOND_ENVELOPE;
import static org.m4d.grants.workflow.domain.GrantLifecycle.VAR_PROPOSAL_ID;
import static org.m4d.grants.workflow.domain.GrantLifecycle.VAR_TRANCHE;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;
import org.m4d.grants.platform.application.TenantContext;
import org.m4d.grants.workflow.application.AmendmentSteps;
import org.m4d.grants.workflow.application.GrantSteps;
import org.m4d.grants.platform.application.FiredEvents;
import org.m4d.grants.workflow.application.TaskDeadline;
import org.m4d.grants.workflow.domain.GrantAmendment;

/** The BPMN expressions reach the owning contexts' steps with the ids, in the instance's tenant. */
class GrantLifecycleStepsTest {

    private final List<String> calls = new ArrayList<>();
    private final TenantContext context = new TenantContext();
    private final GrantLifecycleSteps steps = new GrantLifecycleSteps();
    private final Map<String, Object> variables = new HashMap<>(Map.of(VAR_PROPOSAL_ID, 31L, VAR_TRANCHE, 2,
            VAR_APPROVED_BY, "np.coordinator"));

    GrantLifecycleStepsTest() {
        steps.context = context;
        steps.deadlines = new FiredEvents<TaskDeadline>(d -> calls.add(context.current() + " " + d));
        steps.reviews = new org.m4d.grants.workflow.application.ReviewSteps() {
            @Override
            public double closeRound(long proposalId) {
                calls.add(context.current() + " closeRound " + proposalId);
                return 3.75;
            }

            @Override
            public String assignReviewer(long proposalId, String agency, String excludedReviewers) {
                calls.add(context.current() + " assignReviewer " + proposalId + " " + agency + " " + excludedReviewers);
                return "np.reviewer." + agency.toLowerCase();
            }
        };
        steps.envelopes = proposalId -> {
            calls.add(context.current() + " beyondEnvelope " + proposalId);
            return true;
        };
        steps.grants = new GrantSteps() {
            @Override
            public void createAgreement(long proposalId, String approvedBy) {
                calls.add(context.current() + " createAgreement " + proposalId + " " + approvedBy);
            }

            @Override
            public List<Integer> trancheNumbers(long proposalId) {
                calls.add(context.current() + " trancheNumbers " + proposalId);
                return List.of(1, 2, 3);
            }

            @Override
            public void openTranche(long proposalId, int tranche) {
                calls.add(context.current() + " openTranche " + proposalId + " " + tranche);
            }
        };
        steps.amendments = new AmendmentSteps() {
            @Override
            public void applyAmendment(long proposalId, long amendmentId, String decidedBy) {
                calls.add(context.current() + " applyAmendment " + proposalId + " " + amendmentId + " " + decidedBy);
            }

            @Override
            public void rejectAmendment(long proposalId, long amendmentId, String decidedBy) {
                calls.add(context.current() + " rejectAmendment " + proposalId + " " + amendmentId + " " + decidedBy);
            }
        };
    }

    /** An execution of a Nepalese instance, with the variables above. */
    private DelegateExecution execution() {
        return (DelegateExecution) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DelegateExecution.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getTenantId" -> "NP";
                    case "getVariable" -> variables.get((String) args[0]);
                    case "setVariable" -> variables.put((String) args[0], args[1]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void theReviewScoreComesFromTheReviewContextAndBecomesTheDecisionsInput() {
        steps.computeReviewScore(execution());

        assertThat(calls).containsExactly("NP closeRound 31", "NP beyondEnvelope 31");
        assertThat(variables).containsEntry(VAR_AVERAGE_SCORE, 3.75).containsEntry(VAR_BEYOND_ENVELOPE, true);
    }

    @Test
    void theReviewerIsAskedOfTheReviewContextWithTheAgencyAndThoseWhoDeclaredAConflict() {
        variables.put(org.m4d.grants.workflow.domain.GrantLifecycle.VAR_AGENCY, "UNDP");
        assertThat(steps.assignReviewer(execution())).isEqualTo("np.reviewer.undp");
        variables.put(org.m4d.grants.workflow.domain.GrantLifecycle.VAR_EXCLUDED_REVIEWERS, "np.reviewer.undp");
        assertThat(steps.assignReviewer(execution())).isEqualTo("np.reviewer.undp");

        assertThat(calls).containsExactly("NP assignReviewer 31 UNDP null", "NP assignReviewer 31 UNDP np.reviewer.undp");
        assertThat(context.find()).isEmpty();
    }

    @Test
    void theGrantStepsGetTheProposalTheApproverAndTheTranche() {
        steps.createAgreement(execution());
        assertThat(steps.trancheNumbers(execution())).containsExactly(1, 2, 3);
        steps.openTranche(execution());

        assertThat(calls).containsExactly("NP createAgreement 31 np.coordinator", "NP trancheNumbers 31",
                "NP openTranche 31 2");
    }

    @Test
    void theAmendmentStepsGetTheProposalTheAmendmentAndWhoDecided() {
        variables.put(GrantAmendment.VAR_AMENDMENT_ID, 77L);
        variables.put(GrantAmendment.VAR_DECIDED_BY, "pmu");
        steps.applyAmendment(execution());
        steps.rejectAmendment(execution());

        assertThat(calls).containsExactly("NP applyAmendment 31 77 pmu", "NP rejectAmendment 31 77 pmu");
        assertThat(context.find()).isEmpty();
    }

    @Test
    void theTimersOnHumanStepsAnnounceTheOverdueTasksInTheInstancesCountry() {
        steps.remindCoordinator(execution());
        steps.remindReviewers(execution());
        steps.remindApplicant(execution());
        steps.deadline(execution(), "approveGrant", "ESCALATION");

        assertThat(calls).containsExactly(
                "NP " + new TaskDeadline("NP", 31, "screenEligibility", TaskDeadline.Stage.OVERDUE),
                "NP " + new TaskDeadline("NP", 31, "declareConflictOfInterest", TaskDeadline.Stage.OVERDUE),
                "NP " + new TaskDeadline("NP", 31, "scoreProposal", TaskDeadline.Stage.OVERDUE),
                "NP " + new TaskDeadline("NP", 31, "submitReports", TaskDeadline.Stage.OVERDUE),
                "NP " + new TaskDeadline("NP", 31, "approveGrant", TaskDeadline.Stage.ESCALATION));
        assertThat(context.find()).isEmpty();
    }
}
