package org.m4d.grants.proposal.application;

import java.util.Arrays;
import java.util.Set;

/**
 * What a proposal's history entry is about, by its audit action: the unit {@link Visibility}
 * decides on. An action not listed here is {@link #OTHER} and shown only to those who oversee.
 */
public enum HistoryKind {
    /** The proposal's own course: written, submitted, revised, withdrawn, its files, its members, disbursing begun. */
    PROPOSAL("CREATED", "EDITED", "SUBMITTED", "REVISED", "WITHDRAWN", "FILE_ATTACHED", "FILE_REMOVED", "DISBURSING",
            "MEMBER_INVITED", "MEMBER_REMOVED"),
    /** The national focal point's endorsement and its comment. */
    ENDORSEMENT("ENDORSED", "NOT_ENDORSED"),
    /** Screening and approval decisions with the reasons given to the applicant. */
    DECISION("SCREENED_ELIGIBLE", "SCREENED_REJECTED", "RETURNED_FOR_REVISION", "APPROVED", "REJECTED"),
    /** A reviewer's conflict-of-interest declaration: who reviews, and a statement about themselves. */
    CONFLICT_DECLARATION("CONFLICT_DECLARED", "NO_CONFLICT_DECLARED"),
    /** One agency's weighted score and recommendation. */
    REVIEW_SCORE("REVIEW_SCORED"),
    /** Both reviews are in, with their average. */
    REVIEW_RESULT("REVIEWS_COMPLETE"),
    /** Reminders and escalations (naming whom they went to) and the coordinators' notes on overdue work. */
    FOLLOW_UP("SCREENING_OVERDUE", "REVIEW_OVERDUE", "OVERDUE_REVIEW_HANDLED", "REPORT_OVERDUE",
            "OVERDUE_REPORT_FOLLOWED_UP", "TASK_OVERDUE", "TASK_ESCALATED"),
    /** The grant agreement, its tranches, the ledger and the closure: the finance ledger's content. */
    GRANT("GRANT_AGREEMENT_CREATED", "TRANCHE_PLAN_SET", "TRANCHE_OPENED", "TRANCHE_RELEASED", "DISBURSEMENT_RECORDED",
            "DISBURSEMENT_REVERSED", "GRANT_CLOSED", "AMENDMENT_REQUESTED", "AMENDMENT_REVIEWED", "AMENDMENT_DECIDED",
            "AMENDMENT_APPLIED", "AMENDMENT_REJECTED"),
    /** The applicant's progress, financial and final reports and their verification. */
    REPORT("REPORTS_SUBMITTED", "FINAL_REPORT_SUBMITTED", "PROGRESS_REPORT_ACCEPTED", "PROGRESS_REPORT_RETURNED",
            "FINANCIAL_REPORT_ACCEPTED", "FINANCIAL_REPORT_RETURNED"),
    /** An action nobody has classified yet. */
    OTHER;

    private final Set<String> actions;

    HistoryKind(String... actions) {
        this.actions = Set.of(actions);
    }

    public static HistoryKind of(String action) {
        return Arrays.stream(values()).filter(kind -> kind.actions.contains(action)).findFirst().orElse(OTHER);
    }

    /** The audit actions of this kind. */
    public Set<String> actions() {
        return actions;
    }
}
