package org.m4d.grants.proposal.domain;

/** Who leads the initiative; a local authority's proposal needs national endorsement. */
public enum LeadActor {
    LOCAL_AUTHORITY("Local authority"),
    NATIONAL_INSTITUTION("National institution"),
    OTHER("Other");

    private final String label;

    LeadActor(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
