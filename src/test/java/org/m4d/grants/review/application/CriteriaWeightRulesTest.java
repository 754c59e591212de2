package org.m4d.grants.review.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.review.domain.Criterion;
import org.m4d.grants.tenancy.domain.TenantSettings;

class CriteriaWeightRulesTest {

    private final CriteriaWeightRules rules = new CriteriaWeightRules();

    CriteriaWeightRulesTest() {
        rules.weightsSetting = "relevance=0.25,scalability=0.15,local-ownership=0.15,gender-responsiveness=0.15,"
                + "sustainability=0.15,budget-realism=0.15";
        rules.readWeights();
    }

    private static Map<String, Integer> percentages(int relevance, int others) {
        Map<String, Integer> percentages = new LinkedHashMap<>();
        for (Criterion criterion : Criterion.values()) {
            percentages.put(criterion.name(), others);
        }
        percentages.put("RELEVANCE", relevance);
        return percentages;
    }

    @Test
    void theCriteriaAreTheColumnsTheCountrySettingsKeep() {
        assertThat(rules.criteria()).isEqualTo(TenantSettings.CRITERIA);
    }

    @Test
    void theDefaultsAreTheConfiguredWeightsInPercent() {
        assertThat(rules.defaults()).isEqualTo(percentages(25, 15));
    }

    @Test
    void percentagesByNameWeightTheScore() {
        Map<Criterion, Integer> scores = new EnumMap<>(Criterion.class);
        for (Criterion criterion : Criterion.values()) {
            scores.put(criterion, 1);
        }
        scores.put(Criterion.RELEVANCE, 5);

        assertThat(CriteriaWeightRules.weights(percentages(50, 10)).score(scores)).isEqualByComparingTo(new BigDecimal("3.00"));
    }

    @Test
    void percentagesThatDoNotAddUpTo100AreRefused() {
        assertThatThrownBy(() -> rules.check(percentages(50, 15)))
                .isInstanceOf(DomainException.class).hasMessage("The criteria weights must add up to 100, not 125");
    }

    @Test
    void aMissingCriterionIsRefused() {
        Map<String, Integer> percentages = percentages(50, 10);
        percentages.remove("BUDGET_REALISM");

        assertThatThrownBy(() -> rules.check(percentages))
                .isInstanceOf(DomainException.class).hasMessage("Budget realism needs a weight from 0 to 100");
    }
}
