package org.m4d.grants.review.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;
import org.m4d.grants.platform.domain.DomainException;

/** The weight of each criterion in a review's score; the weights sum to 1. */
public final class CriteriaWeights {

    private final Map<Criterion, BigDecimal> weights;

    public CriteriaWeights(Map<Criterion, BigDecimal> weights) {
        if (!weights.keySet().containsAll(java.util.List.of(Criterion.values()))) {
            throw new IllegalArgumentException("Every criterion needs a weight");
        }
        BigDecimal sum = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(BigDecimal.ONE) != 0 || weights.values().stream().anyMatch(w -> w.signum() < 0)) {
            throw new IllegalArgumentException("Criteria weights must be at least 0 and sum to 1, not " + sum);
        }
        this.weights = new EnumMap<>(weights);
    }

    /**
     * Weights as a tenant administrator enters them: whole percentages, one per criterion, that sum
     * to 100.
     */
    public static CriteriaWeights ofPercentages(Map<Criterion, Integer> percentages) {
        Map<Criterion, BigDecimal> weights = new EnumMap<>(Criterion.class);
        int sum = 0;
        for (Criterion criterion : Criterion.values()) {
            Integer percent = percentages.get(criterion);
            if (percent == null || percent < 0 || percent > 100) {
                throw new DomainException(criterion.label() + " needs a weight from 0 to 100");
            }
            sum += percent;
            weights.put(criterion, BigDecimal.valueOf(percent).movePointLeft(2));
        }
        if (sum != 100) {
            throw new DomainException("The criteria weights must add up to 100, not " + sum);
        }
        return new CriteriaWeights(weights);
    }

    /** The weights as whole percentages, rounded where a configured weight has finer steps. */
    public Map<Criterion, Integer> percentages() {
        Map<Criterion, Integer> percentages = new EnumMap<>(Criterion.class);
        weights.forEach((criterion, weight) ->
                percentages.put(criterion, weight.movePointRight(2).setScale(0, RoundingMode.HALF_UP).intValueExact()));
        return percentages;
    }

    /**
     * Parses {@code relevance=0.2,scalability=0.2,...}, the form of the configuration property
     * {@code m4d.review.weights}.
     */
    public static CriteriaWeights parse(String text) {
        Map<Criterion, BigDecimal> parsed = new EnumMap<>(Criterion.class);
        for (String pair : text.split(",")) {
            String[] parts = pair.split("=");
            if (parts.length != 2) {
                throw new IllegalArgumentException("Not a criterion=weight pair: " + pair);
            }
            parsed.put(Criterion.valueOf(parts[0].strip().toUpperCase().replace('-', '_')), new BigDecimal(parts[1].strip()));
        }
        return new CriteriaWeights(parsed);
    }

    /** The weighted score of 1-5 scores per criterion, to two decimals. */
    public BigDecimal score(Map<Criterion, Integer> scores) {
        BigDecimal total = BigDecimal.ZERO;
        for (Criterion criterion : Criterion.values()) {
            Integer score = scores.get(criterion);
            if (score == null || score < 1 || score > 5) {
                throw new DomainException(criterion.label() + " needs a score from 1 to 5")
                        .withKey("error.review.score", criterion);
            }
            total = total.add(weights.get(criterion).multiply(BigDecimal.valueOf(score)));
        }
        return total.setScale(2, RoundingMode.HALF_UP);
    }
}
