package org.m4d.grants.workflow.domain;

/**
 * Ids of the grant lifecycle model ({@code bpmn/grant-lifecycle.bpmn}): the one place where code
 * and tests name its process, elements and variables.
 */
public final class GrantLifecycle {

    public static final String PROCESS_KEY = "grantLifecycle";
    public static final String RESOURCE = "bpmn/grant-lifecycle.bpmn";

    public static final String SUBMITTED = "proposalSubmitted";
    public static final String SCREEN_ELIGIBILITY = "screenEligibility";
    public static final String SCREENING_OVERDUE = "screeningOverdue";
    public static final String REMIND_COORDINATOR = "remindCoordinator";
    public static final String REMINDER_SENT = "reminderSent";
    public static final String ELIGIBLE_GATEWAY = "eligibleGateway";
    public static final String CREATE_GRANT_AGREEMENT = "createGrantAgreement";
    public static final String RECORD_DISBURSEMENT = "recordDisbursement";
    public static final String GRANT_DISBURSED = "grantDisbursed";
    public static final String PROPOSAL_REJECTED = "proposalRejected";

    /** Process variables: ids and routing facts only; the data lives in JPA entities. */
    public static final String VAR_TENANT = "tenantId";
    public static final String VAR_PROPOSAL_ID = "proposalId";
    public static final String VAR_ELIGIBLE = "eligible";
    public static final String VAR_APPROVED_BY = "approvedBy";
    public static final String VAR_SCREENING_REMINDER = "screeningReminder";

    private GrantLifecycle() {
    }
}
