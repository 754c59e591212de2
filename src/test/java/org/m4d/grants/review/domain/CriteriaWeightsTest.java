package org.m4d.grants.review.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.m4d.grants.platform.domain.DomainException;

class CriteriaWeightsTest {

    private static final String SETTING =
            "relevance=0.20,scalability=0.20,local-ownership=0.15,gender-responsiveness=0.15,sustainability=0.15,budget-realism=0.15";

    private static Map<Criterion, Integer> scores(int relevance, int others) {
        Map<Criterion, Integer> scores = new EnumMap<>(Criterion.class);
        for (Criterion c : Criterion.values()) {
            scores.put(c, others);
        }
        scores.put(Criterion.RELEVANCE, relevance);
        return scores;
    }

    @Test
    void weighsEachCriterion() {
        CriteriaWeights weights = CriteriaWeights.parse(SETTING);
        assertThat(weights.score(scores(5, 5))).isEqualByComparingTo("5.00");
        assertThat(weights.score(scores(5, 3))).isEqualByComparingTo("3.40");
        assertThat(weights.score(scores(1, 4))).isEqualByComparingTo("3.40");
    }

    @Test
    void refusesScoresOutsideOneToFive() {
        CriteriaWeights weights = CriteriaWeights.parse(SETTING);
        assertThatThrownBy(() -> weights.score(scores(6, 3))).isInstanceOf(DomainException.class)
                .hasMessage("Relevance needs a score from 1 to 5");
        assertThatThrownBy(() -> weights.score(scores(0, 3))).isInstanceOf(DomainException.class);
    }

    @Test
    void weightsMustCoverEveryCriterionAndSumToOne() {
        assertThatThrownBy(() -> CriteriaWeights.parse("relevance=1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CriteriaWeights.parse(SETTING.replace("0.20,scalability", "0.30,scalability")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sum to 1");
    }

    @Test
    void percentagesAreWholeNumbersThatAddUpToAHundred() {
        Map<Criterion, Integer> percentages = new EnumMap<>(Criterion.class);
        for (Criterion c : Criterion.values()) {
            percentages.put(c, 15);
        }
        percentages.put(Criterion.RELEVANCE, 25);

        CriteriaWeights weights = CriteriaWeights.ofPercentages(percentages);
        assertThat(weights.percentages()).isEqualTo(percentages);
        assertThat(weights.score(scores(5, 1))).isEqualByComparingTo("2.00");

        percentages.put(Criterion.RELEVANCE, 30);
        assertThatThrownBy(() -> CriteriaWeights.ofPercentages(percentages)).isInstanceOf(DomainException.class)
                .hasMessage("The criteria weights must add up to 100, not 105");
        percentages.put(Criterion.RELEVANCE, -5);
        assertThatThrownBy(() -> CriteriaWeights.ofPercentages(percentages)).isInstanceOf(DomainException.class)
                .hasMessage("Relevance needs a weight from 0 to 100");
        percentages.remove(Criterion.SCALABILITY);
        assertThatThrownBy(() -> CriteriaWeights.ofPercentages(percentages)).isInstanceOf(DomainException.class);
    }

    @Test
    void configuredWeightsShowAsPercentages() {
        assertThat(CriteriaWeights.parse(SETTING).percentages())
                .containsEntry(Criterion.RELEVANCE, 20).containsEntry(Criterion.BUDGET_REALISM, 15);
    }
}
