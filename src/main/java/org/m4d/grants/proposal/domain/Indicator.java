package org.m4d.grants.proposal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/**
 * An indicator of the results framework: baseline and target, and the outcome of the proposal's
 * phase (and, where it fits, the programme indicator) it counts towards.
 */
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

    @Column(name = "phase_id", length = 40)
    private String phaseId;

    private Integer outcome;

    @Column(name = "programme_indicator_id")
    private Long programmeIndicatorId;

    protected Indicator() {
    }

    public Indicator(String name, String unit, BigDecimal baseline, BigDecimal target) {
        this(name, unit, baseline, target, null, null);
    }

    public Indicator(String name, String unit, BigDecimal baseline, BigDecimal target, Integer outcome,
                     Long programmeIndicatorId) {
        this.name = name;
        this.unit = unit;
        this.baseline = baseline;
        this.target = target;
        this.outcome = outcome;
        this.programmeIndicatorId = programmeIndicatorId;
    }

    /** The same indicator, its outcome read as one of the given phase's; unlinked ones stay without a phase. */
    Indicator inPhase(String phase) {
        Indicator linked = new Indicator(name, unit, baseline, target, outcome, programmeIndicatorId);
        linked.phaseId = outcome == null ? null : phase;
        return linked;
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

    /** The phase whose outcome the indicator serves; null while it serves none. */
    public String phaseId() {
        return phaseId;
    }

    public Integer outcome() {
        return outcome;
    }

    public Long programmeIndicatorId() {
        return programmeIndicatorId;
    }
}
