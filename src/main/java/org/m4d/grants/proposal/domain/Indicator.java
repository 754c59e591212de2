package org.m4d.grants.proposal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** An indicator of the results framework: baseline and target. */
@Embeddable
public class Indicator {

    @Column(nullable = false, length = 300)
    private String name;

    @Column(length = 50)
    private String unit;

    @Column(precision = 19, scale = 3)
    private BigDecimal baseline;

    @Column(nullable = false, precision = 19, scale = 3)
    private BigDecimal target;

    protected Indicator() {
    }

    public Indicator(String name, String unit, BigDecimal baseline, BigDecimal target) {
        this.name = name;
        this.unit = unit;
        this.baseline = baseline;
        this.target = target;
    }

    public String name() {
        return name;
    }

    public String unit() {
        return unit;
    }

    public BigDecimal baseline() {
        return baseline;
    }

    public BigDecimal target() {
        return target;
    }
}
