package org.m4d.grants.workflow.domain;

/**
 * Ids of the grant lifecycle model ({@code bpmn/grant-lifecycle.bpmn}) and its decision table: the
 * one place where code and tests name its process, elements, messages and variables.
 */
public final class GrantLifecycle {

    public static final String PROCESS_KEY = "grantLifecycle";
    public static final String RESOURCE = "bpmn/grant-lifecycle.bpmn";
    public static final String APPROVAL_AUTHORITY_DMN = "bpmn/approval-authority.dmn";
    /** The called process that takes an approved grant from its tranche plan to closure. */
    public static final String IMPLEMENTATION_KEY = "grantImplementation";
    public static final String IMPLEMENTATION_RESOURCE = "bpmn/grant-implementation.bpmn";
    public static final String APPROVAL_AUTHORITY = "approvalAuthority";
    /** Tenant overrides live in {@code bpmn/tenants/<CODE>/}. */
    public static final String TENANT_MODELS = "bpmn/tenants/";

    public static final String SUBMITTED = "proposalSubmitted";
    public static final String LEAD_ACTOR_GATEWAY = "leadActorGateway";
    public static final String NATIONAL_ENDORSEMENT = "nationalEndorsement";
    public static final String SCREEN_ELIGIBILITY = "screenEligibility";
    public static final String SCREENING_OVERDUE = "screeningOverdue";
    public static final String REMIND_COORDINATOR = "remindCoordinator";
    public static final String REMINDER_SENT = "reminderSent";
    public static final String REVISE_PROPOSAL = "reviseProposal";
    public static final String TECHNICAL_REVIEW = "technicalReview";
    public static final String DECLARE_CONFLICT = "declareConflictOfInterest";
    public static final String SCORE_PROPOSAL = "scoreProposal";
    /** The service step that gives an agency's review to a reviewer (docs/adr/0032). */
    public static final String ASSIGN_REVIEWER = "assignReviewer";
    public static final String REVIEW_OVERDUE = "reviewOverdue";
    public static final String REMIND_REVIEWERS = "remindReviewers";
    public static final String REVIEW_ESCALATION = "reviewEscalation";
    public static final String HANDLE_OVERDUE_REVIEW = "handleOverdueReview";
    public static final String COMPUTE_REVIEW_SCORE = "computeReviewScore";
    public static final String DETERMINE_APPROVAL_AUTHORITY = "determineApprovalAuthority";
    public static final String APPROVE_GRANT = "approveGrant";
    public static final String CREATE_GRANT_AGREEMENT = "createGrantAgreement";
    public static final String IMPLEMENT_GRANT = "implementGrant";
    public static final String GRANT_CLOSED = "grantClosed";
    public static final String PROPOSAL_REJECTED = "proposalRejected";
    public static final String PROPOSAL_WITHDRAWN = "proposalWithdrawn";

    public static final String SET_TRANCHE_PLAN = "setTranchePlan";
    public static final String TRANCHE_CYCLE = "trancheCycle";
    public static final String SUBMIT_REPORTS = "submitReports";
    public static final String REPORT_OVERDUE = "reportOverdue";
    public static final String REMIND_APPLICANT = "remindApplicant";
    public static final String REPORT_ESCALATION = "reportEscalation";
    public static final String FOLLOW_UP_OVERDUE_REPORT = "followUpOverdueReport";
    public static final String VERIFY_PROGRESS_REPORT = "verifyProgressReport";
    public static final String VERIFY_FINANCIAL_REPORT = "verifyFinancialReport";
    public static final String OPEN_TRANCHE = "openTranche";
    public static final String RELEASE_TRANCHE = "releaseTranche";
    public static final String SUBMIT_FINAL_REPORT = "submitFinalReport";
    public static final String CLOSE_GRANT = "closeGrant";
    public static final String IMPLEMENTATION_ENDED = "implementationEnded";

    // face: the modality's path in a tranche and the liquidation of an advance
    public static final String MODALITY_GATEWAY = "modalityGateway";
    public static final String CERTIFY_EXPENDITURE = "certifyExpenditure";
    public static final String ACCEPT_EXPENDITURE = "acceptExpenditure";
    public static final String REQUEST_PAYMENT = "requestPayment";
    public static final String REQUEST_ADVANCE = "requestAdvance";
    public static final String AUTHORISE_ADVANCE = "authoriseAdvance";
    public static final String FACE_LIQUIDATION_KEY = "faceLiquidation";
    public static final String FACE_LIQUIDATION_RESOURCE = "bpmn/face-liquidation.bpmn";
    public static final String VAR_MODALITY = "modality";
    public static final String VAR_CASH_HELD = "cashHeld";

    /** The message that withdraws a proposal before approval. */
    public static final String WITHDRAWAL_MESSAGE = "proposalWithdrawn";

    /** Process variables: ids and routing facts only; the data lives in JPA entities. */
    public static final String VAR_TENANT = "tenantId";
    public static final String VAR_PROPOSAL_ID = "proposalId";
    public static final String VAR_APPLICANT = "applicant";
    public static final String VAR_LEAD_ACTOR = "leadActor";
    public static final String VAR_SECTOR = "sector";
    /** The requested amount in whole US dollars, rounded up: a routing fact for the decision table. */
    public static final String VAR_AMOUNT_USD = "amountUsd";
    public static final String VAR_AVERAGE_SCORE = "averageScore";
    /** Whether approving would take the country's envelope of the proposal's call past its amount (ADR 31). */
    public static final String VAR_BEYOND_ENVELOPE = "beyondEnvelope";
    public static final String VAR_ENDORSED = "endorsed";
    /** Screening outcome: {@code eligible}, {@code revise} or {@code reject}. */
    public static final String VAR_SCREENING = "screening";
    public static final String VAR_CONFLICT = "conflict";
    public static final String VAR_REVIEWER = "reviewer";
    public static final String VAR_AGENCY = "agency";
    /** Comma-separated user names of reviewers who declared a conflict, per review. */
    public static final String VAR_EXCLUDED_REVIEWERS = "excludedReviewers";
    public static final String VAR_APPROVAL_AUTHORITY = "approvalAuthority";
    /** Approval outcome: {@code approve}, {@code revise} or {@code reject}. */
    public static final String VAR_APPROVAL = "approval";
    public static final String VAR_APPROVED_BY = "approvedBy";
    public static final String VAR_SCREENING_REMINDER = "screeningReminder";
    public static final String VAR_REVIEW_PERIOD = "reviewPeriod";
    public static final String VAR_REVIEW_ESCALATION = "reviewEscalation";
    public static final String VAR_REPORT_PERIOD = "reportPeriod";
    public static final String VAR_REPORT_ESCALATION = "reportEscalation";
    public static final String VAR_ENDORSEMENT_PERIOD = "endorsementPeriod";
    public static final String VAR_ENDORSEMENT_ESCALATION = "endorsementEscalation";
    public static final String VAR_APPROVAL_PERIOD = "approvalPeriod";
    public static final String VAR_APPROVAL_ESCALATION = "approvalEscalation";
    public static final String VAR_VERIFICATION_PERIOD = "verificationPeriod";
    public static final String VAR_VERIFICATION_ESCALATION = "verificationEscalation";
    public static final String VAR_RELEASE_PERIOD = "releasePeriod";
    public static final String VAR_RELEASE_ESCALATION = "releaseEscalation";
    /** How long before a step's due date it is to be followed up (ISO-8601 duration). */
    public static final String VAR_REMINDER_LEAD = "reminderLead";
    /** The number (1, 2, …) of the tranche an iteration of the tranche cycle is about. */
    public static final String VAR_TRANCHE = "tranche";
    public static final String VAR_PROGRESS_ACCEPTED = "progressAccepted";
    public static final String VAR_FINANCIAL_ACCEPTED = "financialAccepted";

    /** The user tasks of the models, in the order a grant meets them. */
    public static final java.util.List<String> USER_TASKS = java.util.List.of(NATIONAL_ENDORSEMENT,
            SCREEN_ELIGIBILITY, REVISE_PROPOSAL, DECLARE_CONFLICT, SCORE_PROPOSAL, HANDLE_OVERDUE_REVIEW,
            APPROVE_GRANT, SET_TRANCHE_PLAN, SUBMIT_REPORTS, FOLLOW_UP_OVERDUE_REPORT, VERIFY_PROGRESS_REPORT,
            VERIFY_FINANCIAL_REPORT, REQUEST_ADVANCE, AUTHORISE_ADVANCE, REQUEST_PAYMENT, CERTIFY_EXPENDITURE, ACCEPT_EXPENDITURE, RELEASE_TRANCHE,
            SUBMIT_FINAL_REPORT, CLOSE_GRANT,
            GrantAmendment.REVIEW_AMENDMENT, GrantAmendment.APPROVE_AMENDMENT,
            AssuranceModel.CONDUCT_VISIT, AssuranceModel.CONDUCT_SPOT_CHECK, AssuranceModel.RECORD_AUDIT,
            AssuranceModel.FOLLOW_UP_FINDING);

    private GrantLifecycle() {
    }
}
