package org.m4d.grants.grant.domain;

/** What an amendment changes in a grant agreement. */
public enum AmendmentKind {
    /** A later end date; the amount and the budget stay. */
    NO_COST_EXTENSION,
    /** Money moved between budget lines; the total stays. */
    BUDGET_REVISION,
    /** A new approved amount, up or down. */
    AMOUNT_CHANGE
}
