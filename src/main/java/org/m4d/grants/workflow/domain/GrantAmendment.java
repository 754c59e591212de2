package org.m4d.grants.workflow.domain;

/**
 * Ids of the amendment model ({@code bpmn/grant-amendment.bpmn}): the one place where code and
 * tests name its process, elements and variables.
 */
public final class GrantAmendment {

    public static final String PROCESS_KEY = "grantAmendment";
    public static final String RESOURCE = "bpmn/grant-amendment.bpmn";

    public static final String REVIEW_AMENDMENT = "reviewAmendment";
    public static final String DETERMINE_AUTHORITY = "determineAmendmentAuthority";
    public static final String APPROVE_AMENDMENT = "approveAmendment";
    public static final String APPLY_AMENDMENT = "applyAmendment";
    public static final String REJECT_AMENDMENT = "rejectAmendment";
    public static final String AMENDMENT_APPLIED = "amendmentApplied";
    public static final String AMENDMENT_REJECTED = "amendmentRejected";

    public static final String VAR_AMENDMENT_ID = "amendmentId";
    public static final String VAR_KIND = "amendmentKind";
    /**
     * Who decides after the coordinator's review: {@code coordinator} (no one else),
     * {@code pmu}, or {@code authority} (the approval-authority table on the new total).
     */
    public static final String VAR_ROUTE = "amendmentRoute";
    public static final String ROUTE_COORDINATOR = "coordinator";
    public static final String ROUTE_PMU = "pmu";
    public static final String ROUTE_AUTHORITY = "authority";
    public static final String VAR_ACCEPTED = "amendmentAccepted";
    public static final String VAR_APPROVED = "amendmentApproved";
    public static final String VAR_DECIDED_BY = "amendmentDecidedBy";

    private GrantAmendment() {
    }
}
