package org.m4d.grants.proposal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** One line of a proposal's budget, in the tenant's currency. */
@Embeddable
public class BudgetLine {

    @Column(nullable = false, length = 300)
    private String description;

    @Column(nullable = false, precision = 19, scale = 3)
    private BigDecimal amount;

    protected BudgetLine() {
    }

    public BudgetLine(String description, BigDecimal amount) {
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
