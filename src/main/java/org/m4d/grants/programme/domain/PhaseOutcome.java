package org.m4d.grants.programme.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An outcome of a phase, numbered from 1, as the phase's row holds it. */
@Embeddable
public class PhaseOutcome {

    @Column(nullable = false)
    private int number;

    @Column(nullable = false, length = 1000)
    private String title;

    protected PhaseOutcome() {
    }

    public PhaseOutcome(int number, String title) {
        this.number = number;
        this.title = title;
    }

    public int number() {
        return number;
    }

    public String title() {
        return title;
    }
}
