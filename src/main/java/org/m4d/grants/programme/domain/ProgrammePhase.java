package org.m4d.grants.programme.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.m4d.grants.platform.domain.DomainException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A phase of the programme: the window every initiative of it must fit in, its donor, its outcomes
 * and the countries that may receive grants in it. Written once, when {@code pmu} adds it.
 */
@Entity
@Table(name = "programme_phase")
@NamedQuery(name = "ProgrammePhase.all", query = "SELECT p FROM ProgrammePhase p ORDER BY p.startDate")
public class ProgrammePhase {

    @Id
    @Column(length = 40)
    private String id;

    @Column(name = "programme_id", nullable = false, updatable = false, length = 40)
    private String programmeId;

    @Column(nullable = false, updatable = false)
    private String name;

    @Column(nullable = false, updatable = false)
    private String donor;

    @Column(name = "start_date", nullable = false, updatable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false, updatable = false)
    private LocalDate endDate;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "phase_outcome", joinColumns = @JoinColumn(name = "phase_id"))
    private List<PhaseOutcome> outcomes = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "phase_country", joinColumns = @JoinColumn(name = "phase_id"))
    @Column(name = "tenant_code", length = 2)
    private Set<String> eligibleCountries = new TreeSet<>();

    protected ProgrammePhase() {
    }

    /**
     * A new phase, checked against the phases already there and the programme's countries.
     *
     * @throws DomainException when its dates are reversed or overlap another phase, a country is
     *                      unknown or taken twice, it has no outcome, or its id is taken
     */
    public static ProgrammePhase plan(String id, String programmeId, String name, String donor, LocalDate startDate,
                                      LocalDate endDate, List<String> outcomeTitles, List<String> eligibleCountries,
                                      List<ProgrammePhase> existing, Set<String> knownCountries) {
        if (endDate.isBefore(startDate)) {
            throw new DomainException("The phase ends (" + endDate + ") before it starts (" + startDate + ")")
                    .withKey("error.phase.reversed", endDate, startDate);
        }
        for (ProgrammePhase other : existing) {
            if (other.id.equalsIgnoreCase(id)) {
                throw new DomainException("A phase with the id " + id + " exists already").withKey("error.phase.idTaken", id);
            }
            if (!startDate.isAfter(other.endDate) && !endDate.isBefore(other.startDate)) {
                throw new DomainException("The dates " + startDate + " to " + endDate + " overlap " + other.name
                        + " (" + other.startDate + " to " + other.endDate + ")")
                        .withKey("error.phase.overlap", startDate, endDate, other.name, other.startDate, other.endDate);
            }
        }
        if (outcomeTitles.isEmpty()) {
            throw new DomainException("A phase needs at least one outcome").withKey("error.phase.noOutcome");
        }
        Set<String> countries = new TreeSet<>();
        for (String code : eligibleCountries) {
            if (!knownCountries.contains(code)) {
                throw new DomainException("Unknown country code: " + code).withKey("error.phase.unknownCountry", code);
            }
            if (!countries.add(code)) {
                throw new DomainException("The country " + code + " is listed twice").withKey("error.phase.countryTwice", code);
            }
        }
        ProgrammePhase phase = new ProgrammePhase();
        phase.id = id;
        phase.programmeId = programmeId;
        phase.name = name;
        phase.donor = donor;
        phase.startDate = startDate;
        phase.endDate = endDate;
        for (int i = 0; i < outcomeTitles.size(); i++) {
            phase.outcomes.add(new PhaseOutcome(i + 1, outcomeTitles.get(i)));
        }
        phase.eligibleCountries = countries;
        return phase;
    }

    /** Whether the date falls in the phase, its first and last day included. */
    public boolean holds(LocalDate date) {
        return !date.isBefore(startDate) && !date.isAfter(endDate);
    }

    /** Whether an initiative running from one date to the other fits in the phase. */
    public boolean fits(LocalDate from, LocalDate to) {
        return holds(from) && holds(to);
    }

    public boolean hasOutcome(int number) {
        return outcomes.stream().anyMatch(o -> o.number() == number);
    }

    public String id() {
        return id;
    }

    public String programmeId() {
        return programmeId;
    }

    public String name() {
        return name;
    }

    public String donor() {
        return donor;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    /** The outcomes by number. */
    public List<PhaseOutcome> outcomes() {
        return outcomes.stream().sorted(Comparator.comparingInt(PhaseOutcome::number)).toList();
    }

    public Set<String> eligibleCountries() {
        return Set.copyOf(eligibleCountries);
    }
}
