package org.m4d.grants.workflow.domain;

/**
 * Ids of the HACT decision tables ({@code bpmn/hact-modalities.dmn}, {@code bpmn/assurance-plan.dmn}):
 * the one place where code and tests name their decisions, inputs and outputs.
 */
public final class HactTables {

    public static final String MODALITIES = "hactModalities";
    public static final String MODALITIES_DMN = "bpmn/hact-modalities.dmn";
    public static final String ASSURANCE_PLAN = "assurancePlan";
    public static final String ASSURANCE_PLAN_DMN = "bpmn/assurance-plan.dmn";

    /** Both tables' input: a partner's rating, by the name of {@code partner.domain.RiskRating}. */
    public static final String IN_RATING = "riskRating";
    /** The cash transferred to the partner in the year, in whole US dollars rounded up. */
    public static final String IN_CASH_USD = "cashTransferredUsd";
    public static final String OUT_MODALITY = "modality";
    public static final String OUT_VISITS = "programmaticVisits";
    public static final String OUT_SPOT_CHECKS = "spotChecks";
    public static final String OUT_AUDIT = "scheduledAudit";

    private HactTables() {
    }
}
