package org.m4d.grants.programme.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.m4d.grants.identity.application.Countries;
import org.m4d.grants.platform.web.Formats;
import org.m4d.grants.platform.web.Pages;
import org.m4d.grants.programme.application.PhaseInput;
import org.m4d.grants.programme.application.PhaseService;
import org.m4d.grants.programme.application.PhaseView;

/**
 * Backs {@code app/phases.xhtml}: the programme's phases for every signed-in user and, for pmu, the
 * form that adds one. Outcomes are entered one title a line, indicators one a line as
 * "outcome number | name | unit", so that a phase of any size fits one plain, accessible form.
 */
@Named
@ViewScoped
public class PhaseList implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern INDICATOR = Pattern.compile("\\s*(\\d{1,2})\\s*\\|([^|]+)\\|([^|]+)");

    @Inject
    transient PhaseService phases;

    @Inject
    transient Countries countries;

    @Inject
    transient FacesContext faces;

    @Inject
    transient Formats formats;

    private transient List<PhaseView> rows;
    private String id;
    private String name;
    private String donor;
    private LocalDate startDate;
    private LocalDate endDate;
    private String outcomes;
    private List<String> eligible = new ArrayList<>();
    private String indicators;

    public List<PhaseView> getRows() {
        if (rows == null) {
            rows = phases.list();
        }
        return rows;
    }

    public boolean isManages() {
        return phases.manages();
    }

    public List<Countries.Country> getCountries() {
        return countries.all();
    }

    /** The country names of a phase's eligible countries, by name. */
    public String countryNames(PhaseView phase) {
        return countries.all().stream().filter(c -> phase.phase().eligibleCountries().contains(c.code()))
                .map(Countries.Country::name).reduce((a, b) -> a + ", " + b).orElse("");
    }

    public void add() {
        List<PhaseInput.Indicator> parsed = new ArrayList<>();
        for (String line : lines(indicators)) {
            Matcher m = INDICATOR.matcher(line);
            if (!m.matches()) {
                Pages.error(faces, formats.message("phases.indicatorFormat", line));
                return;
            }
            parsed.add(new PhaseInput.Indicator(Integer.valueOf(m.group(1)), m.group(2).trim(), m.group(3).trim()));
        }
        String added = phases.add(new PhaseInput(id, name, donor, startDate, endDate, lines(outcomes),
                List.copyOf(eligible), parsed));
        Pages.redirect(faces, "/app/phases.xhtml", formats.message("phases.added", added));
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDonor() {
        return donor;
    }

    public void setDonor(String donor) {
        this.donor = donor;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public String getOutcomes() {
        return outcomes;
    }

    public void setOutcomes(String outcomes) {
        this.outcomes = outcomes;
    }

    public List<String> getEligible() {
        return eligible;
    }

    public void setEligible(List<String> eligible) {
        this.eligible = eligible == null ? new ArrayList<>() : new ArrayList<>(eligible);
    }

    public String getIndicators() {
        return indicators;
    }

    public void setIndicators(String indicators) {
        this.indicators = indicators;
    }
}
