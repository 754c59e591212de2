package org.m4d.grants.review.domain;

/** A reviewer's recommendation to the approver. */
public enum Recommendation {
    FUND, FUND_WITH_CHANGES, DO_NOT_FUND
}
