package org.m4d.grants.review.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The rule that gives an agency's review to one reviewer (docs/adr/0032): among the eligible
 * reviewers (members of the agency's pool in the country, not excluded by a declared conflict on
 * the proposal, not the applicant, not away), the one with the fewest open reviews; between equals,
 * the one whose last assignment is the longest ago (never assigned first); then by user name, so
 * that the same facts always give the same reviewer.
 */
public final class ReviewerChoice {

    /** A member of the agency's pool with what the rule weighs; {@code lastAssigned} null if never. */
    public record Candidate(String username, long openReviews, Instant lastAssigned) {
    }

    static final Comparator<Candidate> ORDER = Comparator.comparingLong(Candidate::openReviews)
            .thenComparing(Candidate::lastAssigned, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Candidate::username);

    private ReviewerChoice() {
    }

    /** The reviewer the rule picks among those not excluded; empty when nobody is left. */
    public static Optional<Candidate> choose(Collection<Candidate> pool, Map<String, String> excluded) {
        return pool.stream().filter(c -> !excluded.containsKey(c.username())).min(ORDER);
    }

    /**
     * The reason kept with the choice: the chosen reviewer's figures against the others', and who
     * was not eligible and why ({@code excluded}: user name to "conflict", "applicant", "away").
     */
    public static String reason(Candidate chosen, Collection<Candidate> pool, Map<String, String> excluded) {
        long eligible = pool.stream().filter(c -> !excluded.containsKey(c.username())).count();
        String why = "fewest open reviews (" + chosen.openReviews() + ") of " + eligible + " eligible";
        long equals = pool.stream().filter(c -> !excluded.containsKey(c.username()))
                .filter(c -> c.openReviews() == chosen.openReviews()).count();
        if (equals > 1) {
            why += chosen.lastAssigned() == null ? ", never assigned before"
                    : ", longest since the last assignment (" + chosen.lastAssigned() + ")";
        }
        return why + notEligible(excluded);
    }

    /** "; not eligible: a (conflict), b (away)", or nothing. */
    public static String notEligible(Map<String, String> excluded) {
        return excluded.isEmpty() ? "" : "; not eligible: " + excluded.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + " (" + e.getValue() + ")").collect(Collectors.joining(", "));
    }
}
