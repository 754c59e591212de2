package org.m4d.grants.proposal.domain;

/** The programme's four priority sectors. */
public enum Sector {
    HEALTH("Health"),
    EDUCATION("Education"),
    EMPLOYMENT("Employment and economic inclusion"),
    SOCIAL_SECURITY("Social security and human rights");

    private final String label;

    Sector(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
