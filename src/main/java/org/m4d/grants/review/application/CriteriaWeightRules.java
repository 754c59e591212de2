package org.m4d.grants.review.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.m4d.grants.review.domain.CriteriaWeights;
import org.m4d.grants.review.domain.Criterion;
import org.m4d.grants.tenancy.application.ReviewWeightRules;

/**
 * The review criteria and their weights, for the country settings that keep them: the criteria,
 * the configured defaults ({@code m4d.review.weights}) and the check of what an administrator enters.
 */
@ApplicationScoped
public class CriteriaWeightRules implements ReviewWeightRules {

    @Inject
    @ConfigProperty(name = "m4d.review.weights")
    String weightsSetting;

    private CriteriaWeights defaults;

    @PostConstruct
    void readWeights() {
        defaults = CriteriaWeights.parse(weightsSetting);
    }

    @Override
    public List<String> criteria() {
        return Arrays.stream(Criterion.values()).map(Criterion::name).toList();
    }

    @Override
    public Map<String, Integer> defaults() {
        return byName(defaults.percentages());
    }

    @Override
    public void check(Map<String, Integer> percentages) {
        weights(percentages);
    }

    /** The weights of percentages by criterion name; refused as {@link CriteriaWeights#ofPercentages} refuses. */
    static CriteriaWeights weights(Map<String, Integer> percentages) {
        Map<Criterion, Integer> byCriterion = new EnumMap<>(Criterion.class);
        for (Criterion criterion : Criterion.values()) {
            byCriterion.put(criterion, percentages.get(criterion.name()));
        }
        return CriteriaWeights.ofPercentages(byCriterion);
    }

    private static Map<String, Integer> byName(Map<Criterion, Integer> percentages) {
        Map<String, Integer> byName = new LinkedHashMap<>();
        for (Criterion criterion : Criterion.values()) {
            byName.put(criterion.name(), percentages.get(criterion));
        }
        return byName;
    }
}
