package org.m4d.grants.identity.domain;

/** The roles of the programme (README, *Demo users*). {@link #global} roles hold across every tenant. */
public enum Role {
    APPLICANT("applicant", false),
    NATIONAL_FOCAL_POINT("national-focal-point", false),
    COORDINATOR("coordinator", false),
    REVIEWER("reviewer", false),
    FINANCE("finance", false),
    TENANT_ADMIN("tenant-admin", false),
    PMU("pmu", true),
    OBSERVER("observer", true);

    private final String id;
    private final boolean global;

    Role(String id, boolean global) {
        this.id = id;
        this.global = global;
    }

    /** The name used in group ids and BPMN candidate groups, e.g. {@code NP-coordinator}. */
    public String id() {
        return id;
    }

    public boolean global() {
        return global;
    }

    /** The engine group of this role in a tenant; a global role's group has no tenant. */
    public String groupIn(String tenant) {
        return global ? id : tenant + "-" + id;
    }
}
