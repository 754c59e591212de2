package org.m4d.grants.grant.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** The value an indicator of the proposal's results framework has reached by a report. */
@Embeddable
public class IndicatorActual {

    @Column(nullable = false, length = 300)
    private String name;

    @Column(nullable = false, precision = 19, scale = 3)
    private BigDecimal actual;

    protected IndicatorActual() {
    }

    public IndicatorActual(String name, BigDecimal actual) {
        this.name = name;
        this.actual = actual;
    }

    public String name() {
        return name;
    }

    public BigDecimal actual() {
        return actual;
    }
}
