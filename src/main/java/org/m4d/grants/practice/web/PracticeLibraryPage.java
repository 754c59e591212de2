package org.m4d.grants.practice.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.m4d.grants.identity.application.Countries;
import org.m4d.grants.practice.application.PracticeLibrary;
import org.m4d.grants.practice.application.PracticeView;
import org.m4d.grants.practice.domain.PracticeSearch;
import org.m4d.grants.programme.application.ProgrammeCatalogue;
import org.m4d.grants.proposal.domain.Sector;

/**
 * Backs {@code app/practices.xhtml}: the library of every country, searched by text, sector,
 * outcome and country; the search is a GET form, kept in the query string, so that it can be linked to.
 */
@Named
@ViewScoped
public class PracticeLibraryPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PracticeLibrary library;

    @Inject
    transient Countries countries;

    @Inject
    transient ProgrammeCatalogue programme;

    private String q;
    private String sector;
    private Integer outcome;
    private String country;
    private transient List<PracticeView> results;
    private transient Map<Integer, String> outcomeLabels;

    public List<PracticeView> getResults() {
        if (results == null) {
            results = library.search(new PracticeSearch(q, sector, outcome, country));
        }
        return results;
    }

    public List<Sector> getSectors() {
        return List.of(Sector.values());
    }

    /** The outcome numbers of the programme's phases, to search by. */
    public List<Integer> getOutcomes() {
        return OutcomeLabels.numbers(outcomeLabels());
    }

    /** An outcome's number and title(s) from the catalogue. */
    public String outcomeLabel(Integer number) {
        return OutcomeLabels.label(outcomeLabels(), number);
    }

    private Map<Integer, String> outcomeLabels() {
        if (outcomeLabels == null) {
            outcomeLabels = OutcomeLabels.of(programme);
        }
        return outcomeLabels;
    }

    public List<Countries.Country> getCountries() {
        return countries.all();
    }

    /** The sector of a practice, to be labelled; null for a sector the programme no longer has. */
    public Sector sectorOf(PracticeView view) {
        return Arrays.stream(Sector.values()).filter(s -> s.name().equals(view.practice().sector()))
                .findFirst().orElse(null);
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getSector() {
        return sector;
    }

    public void setSector(String sector) {
        this.sector = sector;
    }

    public Integer getOutcome() {
        return outcome;
    }

    public void setOutcome(Integer outcome) {
        this.outcome = outcome;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }
}
