package org.m4d.grants.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.m4d.grants.identity.application.Access;
import org.m4d.grants.identity.application.CurrentUser;
import org.m4d.grants.platform.application.TenantContext;
import org.m4d.grants.platform.domain.NotFoundException;
import org.m4d.grants.programme.application.ProgrammeCatalogue;
import org.m4d.grants.programme.application.ProgrammeCatalogue.Outcome;
import org.m4d.grants.programme.application.ProgrammeCatalogue.Phase;
import org.m4d.grants.reporting.domain.CatalogueIndicator;
import org.m4d.grants.reporting.domain.MarkerFacts;
import org.m4d.grants.reporting.domain.MarkerTally;
import org.m4d.grants.reporting.domain.ResultLine;
import org.m4d.grants.reporting.domain.ResultsRollup;

/**
 * The results of a phase and the markers over the countries in scope (one, or every country of the
 * user). Each country is read by {@link ResultsReader} in a transaction of its own, as the dashboard
 * does; hence no transaction here.
 */
@ApplicationScoped
@Transactional(TxType.NOT_SUPPORTED)
public class ResultsQueries {

    @Inject
    ResultsReader reader;

    @Inject
    Access access;

    @Inject
    CurrentUser user;

    @Inject
    ProgrammeCatalogue catalogue;

    /** The countries a request means: the one named (404 unless the user belongs to it), or all of the user's. */
    public List<String> scope(String country) {
        if (country == null || country.isBlank()) {
            return user.tenantIds().stream().sorted().toList();
        }
        access.requireMember(country);
        return List.of(country);
    }

    /** The phase asked for, or the one in force today; 404 if there is none. */
    public Phase phase(String phaseId) {
        Optional<Phase> phase = phaseId == null || phaseId.isBlank()
                ? catalogue.phaseInForce(LocalDate.now(ZoneOffset.UTC)) : catalogue.phase(phaseId);
        return phase.orElseThrow(() -> new NotFoundException("Phase"));
    }

    public ProgrammeResults results(List<String> countries, String phaseId) {
        Phase phase = phase(phaseId);
        List<ResultLine> lines = new ArrayList<>();
        List<MarkerFacts> markers = new ArrayList<>();
        for (String code : countries) {
            try (TenantContext.Scope in = access.enter(code)) {
                CountryResults country = reader.read();
                country.lines().stream().filter(l -> l.phaseId().equals(phase.id()))
                        .forEach(l -> lines.add(l.line()));
                markers.addAll(country.markers());
            }
        }
        List<Outcome> outcomes = catalogue.outcomes(phase.id());
        List<CatalogueIndicator> indicators = catalogue.indicators(phase.id()).stream()
                .map(i -> new CatalogueIndicator(i.id(), i.outcome(), i.name(), i.unit())).toList();
        return new ProgrammeResults(phase, outcomes, countries,
                ResultsRollup.of(lines, indicators, outcomes.stream().map(Outcome::number).toList()),
                MarkerTally.of(markers));
    }
}
