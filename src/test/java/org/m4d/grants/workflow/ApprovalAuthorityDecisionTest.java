package org.m4d.grants.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.m4d.grants.workflow.domain.GrantLifecycle.APPROVAL_AUTHORITY;
import static org.m4d.grants.workflow.domain.GrantLifecycle.APPROVAL_AUTHORITY_DMN;
import static org.m4d.grants.workflow.domain.GrantLifecycle.TENANT_MODELS;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every rule of the approval-authority tables and the boundaries between them. */
class ApprovalAuthorityDecisionTest {

    private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

    private static DmnDecisionResult evaluate(String resource, long amountUsd, double averageScore, String sector) {
        return evaluate(resource, amountUsd, averageScore, sector, false);
    }

    private static DmnDecisionResult evaluate(String resource, long amountUsd, double averageScore, String sector,
                                              boolean beyondEnvelope) {
        DmnDecision decision = DMN.parseDecision(APPROVAL_AUTHORITY,
                ApprovalAuthorityDecisionTest.class.getClassLoader().getResourceAsStream(resource));
        return DMN.evaluateDecision(decision, Map.of("amountUsd", amountUsd, "averageScore", averageScore,
                "sector", sector, "beyondEnvelope", beyondEnvelope));
    }

    @ParameterizedTest(name = "shared: USD {0}, score {1}, {2} -> {3}")
    @CsvSource({
            // above the country ceiling of USD 250,000, and its boundary
            "250001, 4.5, HEALTH, global",
            "250000, 4.5, HEALTH, country",
            // weak reviews, and the boundary at 3
            "10000, 2.99, EDUCATION, global",
            "10000, 3.0, EDUCATION, country",
            // large social security grants, and their boundary
            "100001, 4.0, SOCIAL_SECURITY, global",
            "100000, 4.0, SOCIAL_SECURITY, country",
            "100001, 4.0, EMPLOYMENT, country",
            // several rules match: the first decides
            "300000, 2.0, SOCIAL_SECURITY, global",
            "1, 5.0, HEALTH, country"
    })
    void sharedTable(long amountUsd, double score, String sector, String authority) {
        DmnDecisionResult result = evaluate(APPROVAL_AUTHORITY_DMN, amountUsd, score, sector);
        assertThat(result.getSingleResult().<String>getEntry("authority")).isEqualTo(authority);
    }

    @ParameterizedTest(name = "Tunisia: USD {0}, score {1}, {2} -> {3}")
    @CsvSource({
            "150001, 4.5, HEALTH, global",
            "150000, 4.5, HEALTH, country",
            "10000, 2.99, HEALTH, global",
            "100001, 4.0, SOCIAL_SECURITY, global",
            "100000, 4.0, SOCIAL_SECURITY, country"
    })
    void tunisianOverride(long amountUsd, double score, String sector, String authority) {
        DmnDecisionResult result = evaluate(TENANT_MODELS + "TN/approval-authority.dmn", amountUsd, score, sector);
        assertThat(result.getSingleResult().<String>getEntry("authority")).isEqualTo(authority);
    }

    /** An approval beyond the country's envelope of its call goes to pmu, whatever else the table says. */
    @ParameterizedTest(name = "{0}: USD {1}, score {2}, beyond the envelope {3} -> {4}")
    @CsvSource({
            // beyond the envelope: pmu, though the amount, score and sector would leave it in the country
            "approval-authority.dmn, 1000, 4.5, true, global",
            "approval-authority.dmn, 1000, 4.5, false, country",
            "tenants/TN/approval-authority.dmn, 1000, 4.5, true, global",
            "tenants/TN/approval-authority.dmn, 1000, 4.5, false, country",
            // within the envelope the other rules still decide
            "approval-authority.dmn, 250001, 4.5, false, global",
            "tenants/TN/approval-authority.dmn, 150001, 4.5, false, global"
    })
    void beyondTheEnvelopeGoesToPmu(String table, long amountUsd, double score, boolean beyond, String authority) {
        String resource = table.startsWith("tenants/") ? TENANT_MODELS + table.substring("tenants/".length())
                : APPROVAL_AUTHORITY_DMN;
        DmnDecisionResult result = evaluate(resource, amountUsd, score, "HEALTH", beyond);
        assertThat(result.getSingleResult().<String>getEntry("authority")).isEqualTo(authority);
    }
}
