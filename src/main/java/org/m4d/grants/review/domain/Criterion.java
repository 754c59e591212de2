package org.m4d.grants.review.domain;

/** The criteria a technical reviewer scores, 1 to 5 each. */
public enum Criterion {
    RELEVANCE("Relevance"),
    SCALABILITY("Scalability"),
    LOCAL_OWNERSHIP("Local ownership"),
    GENDER_RESPONSIVENESS("Gender responsiveness"),
    SUSTAINABILITY("Sustainability"),
    BUDGET_REALISM("Budget realism");

    private final String label;

    Criterion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
