package org.m4d.grants.programme.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** A country a call covers, with its budget envelope in US dollars (none only in a phase's standing call). */
@Embeddable
public class CallEnvelope {

    @Column(name = "tenant_code", nullable = false, length = 2)
    private String country;

    @Column(name = "amount_usd", precision = 19, scale = 2)
    private BigDecimal amountUsd;

    protected CallEnvelope() {
    }

    CallEnvelope(String country, BigDecimal amountUsd) {
        this.country = country;
        this.amountUsd = amountUsd;
    }

    public String country() {
        return country;
    }

    /** The envelope in US dollars at scale 2; null when the call sets none. */
    public BigDecimal amountUsd() {
        return amountUsd;
    }
}
