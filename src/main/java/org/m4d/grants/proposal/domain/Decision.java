package org.m4d.grants.proposal.domain;

/** The outcome of a screening or an approval step. */
public enum Decision {
    /** Eligible (screening) or approved (approval). */
    ACCEPT,
    /** Returned to the applicant for revision. */
    REVISE,
    REJECT
}
