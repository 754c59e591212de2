package org.m4d.grants.workflow.application;

import java.math.BigDecimal;

/** The form-length decision table ({@code bpmn/form-length.dmn}, ADR 34), as deployed in the engine. */
public interface FormRules {

    /**
     * Whether a request fills its call's short form rather than the full one.
     *
     * @param amountUsd         the requested amount in USD
     * @param shortFormUnderUsd the call's threshold in USD, or null when the call sets none
     */
    boolean shortForm(BigDecimal amountUsd, BigDecimal shortFormUnderUsd);
}
