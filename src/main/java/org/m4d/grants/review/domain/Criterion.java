package org.m4d.grants.review.domain;

import java.util.EnumMap;
import java.util.Map;

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

    /** One value per criterion, given in the criteria's order (relevance first, budget realism last). */
    public static Map<Criterion, Integer> inOrder(Integer relevance, Integer scalability, Integer localOwnership,
                                                  Integer genderResponsiveness, Integer sustainability,
                                                  Integer budgetRealism) {
        Map<Criterion, Integer> values = new EnumMap<>(Criterion.class);
        values.put(RELEVANCE, relevance);
        values.put(SCALABILITY, scalability);
        values.put(LOCAL_OWNERSHIP, localOwnership);
        values.put(GENDER_RESPONSIVENESS, genderResponsiveness);
        values.put(SUSTAINABILITY, sustainability);
        values.put(BUDGET_REALISM, budgetRealism);
        return values;
    }
}
