package org.m4d.grants.tenancy.application;

import java.util.List;
import java.util.Map;

/**
 * The rules of the review weights a country keeps in its settings, given by the review context,
 * which scores with them: tenancy stores whole percentages by criterion name and knows no more.
 */
public interface ReviewWeightRules {

    /** The criteria's names in the order the settings list them, e.g. {@code RELEVANCE} first. */
    List<String> criteria();

    /** The configured weights, for a country that has set none, as whole percentages by criterion. */
    Map<String, Integer> defaults();

    /** Refuses (with a {@code DomainException}) percentages that are not one of 0-100 per criterion adding up to 100. */
    void check(Map<String, Integer> percentages);
}
