package org.m4d.grants.workflow.domain;

/**
 * Ids of the form-length decision table ({@code bpmn/form-length.dmn}, ADR 34): the one place
 * where code and tests name its decision, inputs and outputs.
 */
public final class FormTable {

    public static final String FORM_LENGTH = "formLength";
    public static final String FORM_LENGTH_DMN = "bpmn/form-length.dmn";

    /** The call's short-form threshold in USD, or null when it sets none. */
    public static final String IN_THRESHOLD_USD = "shortFormUnderUsd";
    /** The requested amount in USD and cents. */
    public static final String IN_AMOUNT_USD = "amountUsd";
    public static final String OUT_FORM = "form";
    public static final String FULL = "FULL";
    public static final String SHORT = "SHORT";

    private FormTable() {
    }
}
