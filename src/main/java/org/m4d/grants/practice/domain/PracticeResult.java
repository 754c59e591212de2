package org.m4d.grants.practice.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** A result the grant achieved: the value one of its indicators reached by the final report. */
@Embeddable
public class PracticeResult {

    @Column(nullable = false, length = 300)
    private String indicator;

    @Column(nullable = false, precision = 19, scale = 3)
    private BigDecimal actual;

    protected PracticeResult() {
    }

    public PracticeResult(String indicator, BigDecimal actual) {
        this.indicator = indicator;
        this.actual = actual;
    }

    public String indicator() {
        return indicator;
    }

    public BigDecimal actual() {
        return actual;
    }
}
