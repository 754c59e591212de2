package org.m4d.grants.grant.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** One budget line of a grant agreement's version, or of the budget a revision asks for. */
@Embeddable
public class AgreementLine {

    @Column(nullable = false, length = 300)
    private String description;

    @Column(nullable = false, precision = 19, scale = 3)
    private BigDecimal amount;

    protected AgreementLine() {
    }

    public AgreementLine(String description, BigDecimal amount) {
        this.description = description;
        this.amount = amount;
    }

    public String description() {
        return description;
    }

    public BigDecimal amount() {
        return amount;
    }
}
