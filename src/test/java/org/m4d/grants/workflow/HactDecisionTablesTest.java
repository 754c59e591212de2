package org.m4d.grants.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.m4d.grants.workflow.domain.GrantLifecycle.TENANT_MODELS;
import static org.m4d.grants.workflow.domain.HactTables.ASSURANCE_PLAN;
import static org.m4d.grants.workflow.domain.HactTables.ASSURANCE_PLAN_DMN;
import static org.m4d.grants.workflow.domain.HactTables.MODALITIES;
import static org.m4d.grants.workflow.domain.HactTables.MODALITIES_DMN;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every rule of the HACT tables, shared and Tunisia's own, and the boundaries between them. */
class HactDecisionTablesTest {

    private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private static final String TUNISIAN_MODALITIES = TENANT_MODELS + "TN/hact-modalities.dmn";

    private static DmnDecisionResult evaluate(String resource, String decisionKey, Map<String, Object> variables) {
        DmnDecision decision = DMN.parseDecision(decisionKey,
                HactDecisionTablesTest.class.getClassLoader().getResourceAsStream(resource));
        return DMN.evaluateDecision(decision, variables);
    }

    private static List<String> modalities(String resource, String rating) {
        return evaluate(resource, MODALITIES, Map.of("riskRating", rating)).collectEntries("modality");
    }

    private static List<String> listed(String modalities) {
        return Arrays.asList(modalities.split(" "));
    }

    @ParameterizedTest(name = "shared: {0} allows {1}")
    @CsvSource({
            "LOW, DIRECT_CASH_TRANSFER DIRECT_PAYMENT REIMBURSEMENT",
            "MODERATE, DIRECT_CASH_TRANSFER DIRECT_PAYMENT REIMBURSEMENT",
            "SIGNIFICANT, DIRECT_CASH_TRANSFER DIRECT_PAYMENT REIMBURSEMENT",
            "HIGH, DIRECT_PAYMENT REIMBURSEMENT",
            "NOT_ASSESSED, DIRECT_PAYMENT REIMBURSEMENT"
    })
    void sharedModalities(String rating, String allowed) {
        assertThat(modalities(MODALITIES_DMN, rating)).containsExactlyElementsOf(listed(allowed));
    }

    @ParameterizedTest(name = "Tunisia: {0} allows {1}")
    @CsvSource({
            "LOW, DIRECT_CASH_TRANSFER DIRECT_PAYMENT REIMBURSEMENT",
            "MODERATE, DIRECT_CASH_TRANSFER DIRECT_PAYMENT REIMBURSEMENT",
            "SIGNIFICANT, DIRECT_PAYMENT REIMBURSEMENT",
            "HIGH, DIRECT_PAYMENT REIMBURSEMENT",
            "NOT_ASSESSED, DIRECT_PAYMENT REIMBURSEMENT"
    })
    void tunisianModalities(String rating, String allowed) {
        assertThat(modalities(TUNISIAN_MODALITIES, rating)).containsExactlyElementsOf(listed(allowed));
    }

    @Test
    void aRatingNoRuleNamesAllowsNothing() {
        assertThat(modalities(MODALITIES_DMN, "MEDIUM")).isEmpty();
        assertThat(modalities(MODALITIES_DMN, "low")).isEmpty();
        assertThat(modalities(TUNISIAN_MODALITIES, "MEDIUM")).isEmpty();
    }

    @ParameterizedTest(name = "{0}, USD {1}: {2} visits, {3} spot checks, audit {4}")
    @CsvSource({
            // below USD 50,000 a year, and its boundary
            "LOW, 0, 1, 0, false",
            "LOW, 49999, 1, 0, false",
            "LOW, 50000, 1, 1, false",
            "MODERATE, 49999, 1, 0, false",
            "MODERATE, 50000, 2, 1, false",
            "SIGNIFICANT, 0, 1, 1, false",
            "SIGNIFICANT, 49999, 1, 1, false",
            "SIGNIFICANT, 50000, 3, 2, false",
            "HIGH, 49999, 2, 1, false",
            "HIGH, 50000, 4, 3, false",
            "NOT_ASSESSED, 0, 2, 1, false",
            "NOT_ASSESSED, 50000, 4, 3, false",
            // the scheduled audit above USD 500,000 a year, and its boundary
            "LOW, 500000, 1, 1, false",
            "LOW, 500001, 1, 1, true",
            "MODERATE, 500000, 2, 1, false",
            "MODERATE, 500001, 2, 1, true",
            "SIGNIFICANT, 500000, 3, 2, false",
            "SIGNIFICANT, 500001, 3, 2, true",
            "HIGH, 500000, 4, 3, false",
            "HIGH, 500001, 4, 3, true",
            "NOT_ASSESSED, 500000, 4, 3, false",
            "NOT_ASSESSED, 10000000, 4, 3, true"
    })
    void assurancePlan(String rating, long cashUsd, int visits, int spotChecks, boolean audit) {
        DmnDecisionResultEntries plan = evaluate(ASSURANCE_PLAN_DMN, ASSURANCE_PLAN,
                Map.of("riskRating", rating, "cashTransferredUsd", cashUsd)).getSingleResult();
        assertThat(List.of(plan.<Integer>getEntry("programmaticVisits"), plan.<Integer>getEntry("spotChecks")))
                .containsExactly(visits, spotChecks);
        assertThat(plan.<Boolean>getEntry("scheduledAudit")).isEqualTo(audit);
    }

    @ParameterizedTest(name = "no plan for {0}, USD {1}")
    @CsvSource({"MEDIUM, 1000", "LOW, -1"})
    void noRuleForAnUnknownRatingOrANegativeAmount(String rating, long cashUsd) {
        assertThat(evaluate(ASSURANCE_PLAN_DMN, ASSURANCE_PLAN,
                Map.of("riskRating", rating, "cashTransferredUsd", cashUsd))).isEmpty();
    }
}
