package org.m4d.grants.workflow.infra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.dmn.DecisionsEvaluationBuilder;
import org.m4d.grants.platform.application.TenantContext;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.workflow.application.AssurancePlan;
import org.m4d.grants.workflow.application.HactRules;
import org.m4d.grants.workflow.domain.HactTables;

/**
 * The HACT tables as deployed in the engine: the current country's own copy of a table when it has
 * one, else the shared table, so that an officer's edit of a table takes effect on redeployment.
 */
@ApplicationScoped
public class EngineHactRules implements HactRules {

    /** Activities of one kind a table may ask for in a year: one a month at most. */
    static final int MAX_A_YEAR = 12;


    @Inject
    RepositoryService repository;

    @Inject
    DecisionService decisions;

    @Inject
    TenantContext context;

    @Override
    public Set<String> allowedModalities(String riskRating) {
        DmnDecisionResult result = evaluate(HactTables.MODALITIES, Map.of(HactTables.IN_RATING, rating(riskRating)));
        if (result.isEmpty()) {
            throw unknown(riskRating);
        }
        return new LinkedHashSet<>(result.collectEntries(HactTables.OUT_MODALITY));
    }

    @Override
    public AssurancePlan assurancePlan(String riskRating, BigDecimal cashTransferredUsd) {
        if (cashTransferredUsd == null || cashTransferredUsd.signum() < 0) {
            throw new DomainException("The cash transferred in the year must be zero or more, in US dollars")
                    .withKey("error.hact.cashNegative");
        }
        // whole dollars rounded up, so that a cent above a threshold counts as above it
        long usd = cashTransferredUsd.setScale(0, RoundingMode.CEILING).longValueExact();
        DmnDecisionResultEntries plan = evaluate(HactTables.ASSURANCE_PLAN,
                Map.of(HactTables.IN_RATING, rating(riskRating), HactTables.IN_CASH_USD, usd)).getSingleResult();
        if (plan == null) {
            throw unknown(riskRating);
        }
        return new AssurancePlan(count(plan.getEntry(HactTables.OUT_VISITS)),
                count(plan.getEntry(HactTables.OUT_SPOT_CHECKS)), Boolean.TRUE.equals(plan.getEntry(HactTables.OUT_AUDIT)));
    }

    /** A table's number of activities of a kind in a year: 0 to 12, at most one a month; anything else is the table's error. */
    private static int count(Object cell) {
        if (!(cell instanceof Number number) || number.intValue() < 0 || number.intValue() > MAX_A_YEAR) {
            throw new DomainException("The assurance-plan table gives " + cell + " activities of a kind in a year; it"
                    + " may give 0 to " + MAX_A_YEAR).withKey("error.hact.planCount", String.valueOf(cell), MAX_A_YEAR);
        }
        return number.intValue();
    }

    private DmnDecisionResult evaluate(String decisionKey, Map<String, Object> variables) {
        DecisionsEvaluationBuilder table = decisions.evaluateDecisionByKey(decisionKey).variables(variables);
        String tenant = context.find().filter(t -> ownsTable(t, decisionKey)).orElse(null);
        return (tenant == null ? table.decisionDefinitionWithoutTenantId() : table.decisionDefinitionTenantId(tenant))
                .evaluate();
    }

    private boolean ownsTable(String tenant, String decisionKey) {
        return repository.createDecisionDefinitionQuery().decisionDefinitionKey(decisionKey).tenantIdIn(tenant)
                .count() > 0;
    }

    private static String rating(String riskRating) {
        if (riskRating == null || riskRating.isBlank()) {
            throw unknown(riskRating);
        }
        return riskRating;
    }

    private static DomainException unknown(String riskRating) {
        return new DomainException("No rule of the HACT tables knows the risk rating " + riskRating
                + "; the ratings are LOW, MODERATE, SIGNIFICANT, HIGH and NOT_ASSESSED")
                .withKey("error.hact.unknownRating", String.valueOf(riskRating));
    }
}
