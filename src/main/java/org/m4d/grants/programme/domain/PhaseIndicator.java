package org.m4d.grants.programme.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.m4d.grants.platform.domain.DomainException;

/** A programme indicator of one outcome of a phase, counted in its unit; the figures of grants add up to it. */
@Entity
@Table(name = "programme_indicator")
@NamedQuery(name = "PhaseIndicator.ofPhase",
        query = "SELECT i FROM PhaseIndicator i WHERE i.phaseId = :phase ORDER BY i.outcome, i.name")
public class PhaseIndicator {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "m4d_seq")
    @SequenceGenerator(name = "m4d_seq", sequenceName = "m4d_seq", allocationSize = 50)
    private Long id;

    @Column(name = "phase_id", nullable = false, updatable = false, length = 40)
    private String phaseId;

    @Column(nullable = false, updatable = false)
    private int outcome;

    @Column(nullable = false, updatable = false, length = 200)
    private String name;

    @Column(nullable = false, updatable = false, length = 40)
    private String unit;

    protected PhaseIndicator() {
    }

    /**
     * An indicator of one of the phase's outcomes.
     *
     * @throws DomainException when the phase has no such outcome
     */
    public PhaseIndicator(ProgrammePhase phase, int outcome, String name, String unit) {
        if (!phase.hasOutcome(outcome)) {
            throw new DomainException("The indicator \"" + name + "\" names outcome " + outcome + ", which "
                    + phase.name() + " does not have").withKey("error.phase.indicatorOutcome", name, outcome, phase.name());
        }
        this.phaseId = phase.id();
        this.outcome = outcome;
        this.name = name;
        this.unit = unit;
    }

    public Long id() {
        return id;
    }

    public String phaseId() {
        return phaseId;
    }

    public int outcome() {
        return outcome;
    }

    public String name() {
        return name;
    }

    public String unit() {
        return unit;
    }
}
