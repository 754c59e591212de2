package org.m4d.grants.workflow.application;

import java.math.BigDecimal;
import java.util.Set;

/**
 * The HACT decision tables an officer can change (bpmn/*.dmn, shared, with a country's own copy in
 * {@code bpmn/tenants/<country>/} taking precedence), evaluated in the current country.
 */
public interface HactRules {

    /** The cash-transfer modalities (names of {@code grant.domain.Modality}) a risk rating allows. */
    Set<String> allowedModalities(String riskRating);

    /** Visits, spot checks and audit owed for a rating and the cash transferred in the year (USD). */
    AssurancePlan assurancePlan(String riskRating, BigDecimal cashTransferredUsd);
}
