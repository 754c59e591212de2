package org.m4d.grants.programme.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.m4d.grants.platform.domain.DomainException;

/**
 * A call for proposals (ADR 31): of one programme phase, open from one day to another (both
 * included), covering one country or several, each with a budget envelope in US dollars. A call
 * spans countries, so it is programme data, not a tenant's row; what a user reads of it is limited
 * to their countries by the application layer. Written once, when it is opened.
 */
@Entity
@Table(name = "call_for_proposals")
@NamedQuery(name = "Call.all", query = "SELECT c FROM Call c ORDER BY c.opensOn DESC, c.id DESC")
public class Call {

    @Id
    @SequenceGenerator(name = "m4d_seq", sequenceName = "m4d_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "m4d_seq")
    private Long id;

    @Column(name = "phase_id", nullable = false, updatable = false, length = 40)
    private String phaseId;

    @Column(nullable = false, updatable = false, length = 300)
    private String title;

    @Column(name = "opens_on", nullable = false, updatable = false)
    private LocalDate opensOn;

    /** The last day proposals are submitted; none for a phase's standing call. */
    @Column(name = "closes_on", updatable = false)
    private LocalDate closesOn;

    @Column(nullable = false, updatable = false)
    private boolean standing;

    @Column(name = "opened_by", nullable = false, updatable = false, length = 100)
    private String openedBy;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "call_envelope", joinColumns = @JoinColumn(name = "call_id"))
    private List<CallEnvelope> envelopes = new ArrayList<>();

    protected Call() {
    }

    /**
     * A new call with an envelope per country.
     *
     * @param eligible the countries eligible for grants in the phase
     * @throws DomainException when it closes before it opens, covers no country, a country not
     *                         eligible in the phase, or has an envelope below zero or with cents
     *                         beyond two decimals
     */
    public static Call open(String phaseId, String title, LocalDate opensOn, LocalDate closesOn,
                            Map<String, BigDecimal> envelopes, Set<String> eligible, String openedBy, Instant now) {
        if (title == null || title.isBlank()) {
            throw new DomainException("A call needs a title").withKey("error.call.titleRequired");
        }
        if (opensOn == null || closesOn == null) {
            throw new DomainException("A call needs the day it opens and the day it closes")
                    .withKey("error.call.datesRequired");
        }
        if (closesOn.isBefore(opensOn)) {
            throw new DomainException("The call closes (" + closesOn + ") before it opens (" + opensOn + ")")
                    .withKey("error.call.reversed", closesOn, opensOn);
        }
        if (envelopes == null || envelopes.isEmpty()) {
            throw new DomainException("A call covers at least one country").withKey("error.call.noCountry");
        }
        Call call = new Call();
        for (Map.Entry<String, BigDecimal> envelope : envelopes.entrySet()) {
            String country = envelope.getKey();
            BigDecimal amount = envelope.getValue();
            if (!eligible.contains(country)) {
                throw new DomainException(country + " is not eligible for grants in the phase")
                        .withKey("error.call.notEligible", country);
            }
            if (amount == null || amount.signum() < 0) {
                throw new DomainException("The envelope of " + country + " must be zero or more US dollars")
                        .withKey("error.call.envelopeNegative", country);
            }
            if (amount.stripTrailingZeros().scale() > 2) {
                throw new DomainException("The envelope of " + country + " has more than two decimals")
                        .withKey("error.call.envelopeCents", country);
            }
            call.envelopes.add(new CallEnvelope(country, amount.setScale(2, RoundingMode.UNNECESSARY)));
        }
        call.phaseId = phaseId;
        call.title = title.strip();
        call.opensOn = opensOn;
        call.closesOn = closesOn;
        call.openedBy = openedBy;
        call.openedAt = now;
        return call;
    }

    /** Whether proposals may be made and submitted for the call on the day (its first and last day included). */
    public boolean isOpenOn(LocalDate day) {
        return !day.isBefore(opensOn) && (closesOn == null || !day.isAfter(closesOn));
    }

    /**
     * Refuses a proposal of the country made or submitted on the day unless the call covers the
     * country and is open then; the message gives the date it opens or closed.
     */
    public void requireOpenFor(String country, LocalDate day) {
        if (envelopeOf(country).isEmpty()) {
            throw new DomainException("The call \"" + title + "\" does not cover " + country)
                    .withKey("error.call.notCovered", title, country);
        }
        if (day.isBefore(opensOn)) {
            throw new DomainException("The call \"" + title + "\" opens on " + opensOn)
                    .withKey("error.call.notYetOpen", title, opensOn);
        }
        if (closesOn != null && day.isAfter(closesOn)) {
            throw new DomainException("The call \"" + title + "\" closed on " + closesOn)
                    .withKey("error.call.closed", title, closesOn);
        }
    }

    /** The country's place in the call, if the call covers it. */
    public Optional<CallEnvelope> envelopeOf(String country) {
        return envelopes.stream().filter(e -> e.country().equals(country)).findFirst();
    }

    public boolean covers(String country) {
        return envelopeOf(country).isPresent();
    }

    public Long id() {
        return id;
    }

    public String phaseId() {
        return phaseId;
    }

    public String title() {
        return title;
    }

    public LocalDate opensOn() {
        return opensOn;
    }

    public LocalDate closesOn() {
        return closesOn;
    }

    public boolean standing() {
        return standing;
    }

    public String openedBy() {
        return openedBy;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public List<CallEnvelope> envelopes() {
        return List.copyOf(envelopes);
    }
}
