package org.m4d.grants.assurance.domain;

/** The assurance activities of HACT, in the order the plan counts them. */
public enum ActivityKind {
    PROGRAMMATIC_VISIT, SPOT_CHECK, AUDIT
}
