package org.m4d.grants.workflow.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.m4d.grants.platform.application.TenantContext;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.workflow.application.AssurancePlan;
import org.m4d.grants.workflow.domain.GrantLifecycle;
import org.m4d.grants.workflow.domain.HactTables;

/**
 * The HACT port on a real in-memory engine with the tables deployed as the application deploys
 * them: a country's own table replaces the shared one in that country only, table by table.
 */
class EngineHactRulesTest {

    private static ProcessEngine engine;
    private final TenantContext context = new TenantContext();
    private final EngineHactRules rules = new EngineHactRules();

    @BeforeAll
    static void engine() {
        StandaloneInMemProcessEngineConfiguration cfg = new StandaloneInMemProcessEngineConfiguration();
        cfg.setProcessEngineName("hact-rules-tests");
        cfg.setJdbcUrl("jdbc:h2:mem:hact-rules-tests;DB_CLOSE_DELAY=1000");
        cfg.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
        cfg.setTenantCheckEnabled(true);
        cfg.setMetricsEnabled(false);
        cfg.setJobExecutorActivate(false);
        engine = cfg.buildProcessEngine();
        engine.getRepositoryService().createDeployment().name("shared")
                .addClasspathResource(HactTables.MODALITIES_DMN)
                .addClasspathResource(HactTables.ASSURANCE_PLAN_DMN).deploy();
        engine.getRepositoryService().createDeployment().name("TN").tenantId("TN")
                .addClasspathResource(GrantLifecycle.TENANT_MODELS + "TN/hact-modalities.dmn").deploy();
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    private EngineHactRules wired() {
        rules.repository = engine.getRepositoryService();
        rules.decisions = engine.getDecisionService();
        rules.context = context;
        return rules;
    }

    @Test
    void aSignificantRiskPartnerGetsAdvancesInNepalButNotInTunisiaWhichHasItsOwnTable() {
        assertThat(context.runIn("NP", () -> wired().allowedModalities("SIGNIFICANT")))
                .containsExactly("DIRECT_CASH_TRANSFER", "DIRECT_PAYMENT", "REIMBURSEMENT");
        assertThat(context.runIn("TN", () -> wired().allowedModalities("SIGNIFICANT")))
                .containsExactly("DIRECT_PAYMENT", "REIMBURSEMENT");
        assertThat(context.runIn("TN", () -> wired().allowedModalities("LOW")))
                .containsExactly("DIRECT_CASH_TRANSFER", "DIRECT_PAYMENT", "REIMBURSEMENT");
    }

    @Test
    void aHighRiskPartnerGetsNoAdvanceAnywhere() {
        assertThat(context.runIn("NP", () -> wired().allowedModalities("HIGH")))
                .containsExactly("DIRECT_PAYMENT", "REIMBURSEMENT");
        assertThat(wired().allowedModalities("NOT_ASSESSED")).containsExactly("DIRECT_PAYMENT", "REIMBURSEMENT");
    }

    @Test
    void tunisiaWithoutAnAssurancePlanOfItsOwnUsesTheSharedOne() {
        assertThat(context.runIn("TN", () -> wired().assurancePlan("SIGNIFICANT", new BigDecimal("500001"))))
                .isEqualTo(new AssurancePlan(3, 2, true));
        assertThat(context.runIn("NP", () -> wired().assurancePlan("HIGH", new BigDecimal("49999"))))
                .isEqualTo(new AssurancePlan(2, 1, false));
    }

    @Test
    void aCentAboveAThresholdCountsAsAbove() {
        assertThat(context.runIn("NP", () -> wired().assurancePlan("LOW", new BigDecimal("49999.01"))))
                .isEqualTo(new AssurancePlan(1, 1, false));
        assertThat(context.runIn("NP", () -> wired().assurancePlan("LOW", new BigDecimal("500000.01"))))
                .isEqualTo(new AssurancePlan(1, 1, true));
        assertThat(context.runIn("NP", () -> wired().assurancePlan("LOW", new BigDecimal("500000.00"))))
                .isEqualTo(new AssurancePlan(1, 1, false));
    }

    @Test
    void anUnknownRatingIsARefusalNamingIt() {
        DomainException modalities = catchThrowableOfType(
                () -> context.runIn("NP", () -> wired().allowedModalities("MEDIUM")), DomainException.class);
        assertThat(modalities.messageKey()).isEqualTo("error.hact.unknownRating");
        assertThat(modalities.messageArguments()).containsExactly("MEDIUM");
        DomainException plan = catchThrowableOfType(
                () -> context.runIn("TN", () -> wired().assurancePlan("MEDIUM", BigDecimal.TEN)), DomainException.class);
        assertThat(plan.messageKey()).isEqualTo("error.hact.unknownRating");
        DomainException none = catchThrowableOfType(() -> wired().allowedModalities(null), DomainException.class);
        assertThat(none.messageArguments()).containsExactly("null");
    }

    @Test
    void aNegativeAmountIsARefusal() {
        DomainException refusal = catchThrowableOfType(
                () -> context.runIn("NP", () -> wired().assurancePlan("LOW", new BigDecimal("-0.01"))),
                DomainException.class);
        assertThat(refusal.messageKey()).isEqualTo("error.hact.cashNegative");
    }
}
