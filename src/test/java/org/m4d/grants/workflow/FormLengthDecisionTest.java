package org.m4d.grants.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.m4d.grants.workflow.domain.FormTable;

/** Every rule of the form-length table (ADR 34): the short-form choice at and around the threshold. */
class FormLengthDecisionTest {

    private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

    private static String form(Double amountUsd, Double thresholdUsd) {
        DmnDecision decision = DMN.parseDecision(FormTable.FORM_LENGTH,
                FormLengthDecisionTest.class.getClassLoader().getResourceAsStream(FormTable.FORM_LENGTH_DMN));
        Map<String, Object> variables = new HashMap<>();
        variables.put(FormTable.IN_AMOUNT_USD, amountUsd);
        variables.put(FormTable.IN_THRESHOLD_USD, thresholdUsd);
        DmnDecisionResult result = DMN.evaluateDecision(decision, variables);
        return result.getSingleResult().getEntry(FormTable.OUT_FORM);
    }

    @ParameterizedTest(name = "USD {0} against a threshold of USD {1} -> {2}")
    @CsvSource({
            // rule underThreshold: just below the threshold, by a cent and by a dollar
            "49999.99, 50000, SHORT",
            "49999, 50000, SHORT",
            "1, 50000, SHORT",
            // rule atOrAboveThreshold: at the threshold and just above it
            "50000, 50000, FULL",
            "50000.01, 50000, FULL",
            "250000, 50000, FULL",
            // a threshold with cents
            "1000.49, 1000.50, SHORT",
            "1000.50, 1000.50, FULL"
    })
    void aroundTheThreshold(double amountUsd, double thresholdUsd, String form) {
        assertThat(form(amountUsd, thresholdUsd)).isEqualTo(form);
    }

    /** Rule noThreshold: a call without a threshold asks the full form of every request, the smallest too. */
    @ParameterizedTest(name = "USD {0} without a threshold -> FULL")
    @CsvSource({"1", "49999.99", "1000000"})
    void noThresholdIsTheFullForm(double amountUsd) {
        assertThat(form(amountUsd, null)).isEqualTo(FormTable.FULL);
    }

    @Test
    void aRequestOfNothingYetUnderAThresholdIsShort() {
        assertThat(form(0.0, 50000.0)).isEqualTo(FormTable.SHORT);
    }
}
