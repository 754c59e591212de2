package org.m4d.grants.assurance.domain;

/** How urgent a finding is; an open {@link #HIGH} finding stops every payment to the partner. */
public enum Priority {
    HIGH, MEDIUM, LOW
}
