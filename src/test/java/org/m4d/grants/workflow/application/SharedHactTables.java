package org.m4d.grants.workflow.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.m4d.grants.workflow.domain.HactTables;

/**
 * The HACT port for unit tests, on the shared tables as they are in {@code bpmn/} (the DMN engine
 * alone, no process engine), so that a use case test follows the real rules and every rating the
 * tables know. A rating they do not know gives an empty set or no plan, which the engine's adapter
 * refuses; its own test covers that.
 */
public final class SharedHactTables implements HactRules {

    private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private static final DmnDecision MODALITIES = parse(HactTables.MODALITIES, HactTables.MODALITIES_DMN);
    private static final DmnDecision PLAN = parse(HactTables.ASSURANCE_PLAN, HactTables.ASSURANCE_PLAN_DMN);

    private static DmnDecision parse(String key, String resource) {
        return DMN.parseDecision(key, SharedHactTables.class.getClassLoader().getResourceAsStream(resource));
    }

    @Override
    public Set<String> allowedModalities(String riskRating) {
        List<String> names = DMN.evaluateDecision(MODALITIES, Map.of(HactTables.IN_RATING, riskRating))
                .collectEntries(HactTables.OUT_MODALITY);
        return new LinkedHashSet<>(names);
    }

    @Override
    public AssurancePlan assurancePlan(String riskRating, BigDecimal cashTransferredUsd) {
        DmnDecisionResultEntries plan = DMN.evaluateDecision(PLAN, Map.of(HactTables.IN_RATING, riskRating,
                HactTables.IN_CASH_USD, cashTransferredUsd.setScale(0, RoundingMode.CEILING).longValueExact()))
                .getSingleResult();
        return plan == null ? null : new AssurancePlan(plan.<Integer>getEntry(HactTables.OUT_VISITS),
                plan.<Integer>getEntry(HactTables.OUT_SPOT_CHECKS), plan.<Boolean>getEntry(HactTables.OUT_AUDIT));
    }
}
