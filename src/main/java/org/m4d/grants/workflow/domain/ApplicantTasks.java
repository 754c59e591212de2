package org.m4d.grants.workflow.domain;

import java.util.Map;
import java.util.Set;

/**
 * The applicant's reporting tasks of a grant, assigned by the models to the proposal's creator
 * ({@code ${applicant}}), and the rule of who else takes them: a current co-applicant of that
 * proposal (docs/adr/0035-proposal-members.md). Nothing else of the lifecycle is shared.
 */
public final class ApplicantTasks {

    /** Progress and financial reports, FACE requests and certificates, the final report. */
    public static final Set<String> KEYS = Set.of(GrantLifecycle.SUBMIT_REPORTS, GrantLifecycle.REQUEST_ADVANCE,
            GrantLifecycle.CERTIFY_EXPENDITURE, GrantLifecycle.REQUEST_PAYMENT, GrantLifecycle.SUBMIT_FINAL_REPORT);

    private ApplicantTasks() {
    }

    /**
     * Whether a user may take an open task held by someone else because they stand in for its
     * holder: the task is one of the applicant's reporting tasks, of a proposal on which the user is
     * a co-applicant now, and held by that proposal's creator.
     *
     * @param standIns the proposals on which the user is a co-applicant now, each with its creator
     */
    public static boolean takenBy(Map<Long, String> standIns, String taskKey, Long proposalId, String assignee) {
        return taskKey != null && KEYS.contains(taskKey) && proposalId != null && assignee != null
                && assignee.equals(standIns.get(proposalId));
    }
}
