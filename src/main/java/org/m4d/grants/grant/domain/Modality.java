package org.m4d.grants.grant.domain;

/** How the money reaches the implementing partner (HACT cash-transfer modalities). */
public enum Modality {
    DIRECT_CASH_TRANSFER("Direct cash transfer"),
    DIRECT_PAYMENT("Direct payment"),
    REIMBURSEMENT("Reimbursement");

    private final String label;

    Modality(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
