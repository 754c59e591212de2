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
import jakarta.persistence.OrderBy;
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

    /** The narrative sections the call asks, in order (ADR 34); none for the calls opened before forms. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "call_section", joinColumns = @JoinColumn(name = "call_id"))
    @OrderBy("position")
    private List<CallSection> sections = new ArrayList<>();

    /** Requests under this many US dollars fill the short form; none: every request fills the full form. */
    @Column(name = "short_form_under_usd", updatable = false, precision = 19, scale = 2)
    private BigDecimal shortFormUnderUsd;

    @Column(name = "files_required", nullable = false, updatable = false)
    private int filesRequired;

    @Column(name = "files_required_short", nullable = false, updatable = false)
    private int filesRequiredShort;

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

    /** The most files a call requires: as many as a proposal carries. */
    public static final int MAX_FILES = 10;

    /** The most sections a call asks. */
    public static final int MAX_SECTIONS = 30;

    /**
     * Sets the call's form when it is opened (ADR 34): its sections in order, the amount in USD under
     * which a request fills the short form (none: never), and the files each form requires.
     *
     * @throws DomainException with no section or more than {@link #MAX_SECTIONS}, a library section
     *                         asked twice, a threshold not above zero or with cents beyond two decimals,
     *                         or files required below zero or more for the short form than the full one
     */
    public void askForm(List<CallSection> asked, BigDecimal shortFormUnder, int files, int filesShort) {
        if (asked == null || asked.isEmpty() || asked.size() > MAX_SECTIONS) {
            throw new DomainException("A call asks 1 to " + MAX_SECTIONS + " sections")
                    .withKey("error.call.sectionCount", MAX_SECTIONS);
        }
        java.util.Set<String> codes = new java.util.HashSet<>();
        for (CallSection section : asked) {
            if (!codes.add(section.code())) {
                throw new DomainException("The section " + section.code() + " is asked twice")
                        .withKey("error.call.sectionTwice", section.code());
            }
        }
        if (shortFormUnder != null && (shortFormUnder.signum() <= 0 || shortFormUnder.stripTrailingZeros().scale() > 2)) {
            throw new DomainException("The short-form threshold must be above zero US dollars, in dollars and cents")
                    .withKey("error.call.shortFormThreshold");
        }
        if (files < 0 || filesShort < 0 || filesShort > files || files > MAX_FILES) {
            throw new DomainException("The full form requires 0 to " + MAX_FILES + " files and the short form no more than the full form")
                    .withKey("error.call.filesRequired", MAX_FILES);
        }
        sections = new ArrayList<>(asked);
        shortFormUnderUsd = shortFormUnder == null ? null : shortFormUnder.setScale(2, RoundingMode.UNNECESSARY);
        filesRequired = files;
        filesRequiredShort = filesShort;
    }

    /** The sections the call asks, in order; empty for a call opened before forms. */
    public List<CallSection> sections() {
        return List.copyOf(sections);
    }

    /** The sections a form asks: the short form those marked for it, the full form every one. */
    public List<CallSection> sections(boolean shortForm) {
        return sections.stream().filter(s -> !shortForm || s.shortForm()).toList();
    }

    public Optional<BigDecimal> shortFormUnderUsd() {
        return Optional.ofNullable(shortFormUnderUsd);
    }

    /** The files a proposal attaches before it is submitted, in the short or the full form. */
    public int filesRequired(boolean shortForm) {
        return shortForm ? filesRequiredShort : filesRequired;
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
