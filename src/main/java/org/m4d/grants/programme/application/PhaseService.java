package org.m4d.grants.programme.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.m4d.grants.identity.application.Countries;
import org.m4d.grants.identity.application.CurrentUser;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.ForbiddenException;
import org.m4d.grants.platform.domain.NotFoundException;
import org.m4d.grants.programme.domain.PhaseIndicator;
import org.m4d.grants.programme.domain.PhaseRepository;
import org.m4d.grants.programme.domain.ProgrammePhase;

/**
 * Use cases of the programme's phases; each public method is one transaction. Every signed-in user
 * reads the phases (they are the programme's reference data, the same in every country); only pmu
 * adds one, and a refused phase writes nothing.
 */
@ApplicationScoped
@Transactional
public class PhaseService {

    @Inject
    PhaseRepository phases;

    @Inject
    ProgrammeCatalogue catalogue;

    @Inject
    Countries countries;

    @Inject
    CurrentUser user;

    /** Every phase with its outcomes, countries and indicators, oldest first. */
    public List<PhaseView> list() {
        requireSignedIn();
        return catalogue.phases().stream().map(this::view).toList();
    }

    public PhaseView phase(String id) {
        requireSignedIn();
        return catalogue.phase(id).map(this::view).orElseThrow(() -> new NotFoundException("Phase"));
    }

    /** Whether the country may receive grants in the phase in force today (else it shares knowledge only). */
    public boolean grantEligible(String country) {
        return catalogue.phaseInForce(LocalDate.now(ZoneOffset.UTC))
                .map(phase -> phase.eligibleCountries().contains(country)).orElse(false);
    }

    /** Whether the user may add phases. */
    public boolean manages() {
        return user.signedIn() && user.hasRole(null, Role.PMU);
    }

    /** pmu adds a phase of the programme, e.g. Phase IV, with its outcomes, countries and indicators. */
    public String add(@NotNull @Valid PhaseInput input) {
        requireSignedIn();
        if (!manages()) {
            throw new ForbiddenException("Only the programme unit (pmu) adds a phase");
        }
        List<ProgrammePhase> existing = phases.all();
        if (existing.isEmpty()) {
            throw new DomainException("The programme has no phase to add one after").withKey("error.phase.noProgramme");
        }
        Set<String> known = countries.all().stream().map(Countries.Country::code).collect(Collectors.toSet());
        List<String> codes = input.eligibleCountries().stream().map(c -> c.trim().toUpperCase(Locale.ROOT)).toList();
        String programme = existing.get(existing.size() - 1).programmeId();
        ProgrammePhase phase = ProgrammePhase.plan(input.id().trim(), programme, input.name().trim(),
                input.donor().trim(), input.startDate(), input.endDate(),
                input.outcomes().stream().map(String::trim).toList(), codes, existing, known);
        List<PhaseIndicator> indicators = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (PhaseInput.Indicator i : input.indicators() == null ? List.<PhaseInput.Indicator>of() : input.indicators()) {
            String name = i.name().trim();
            if (!names.add(i.outcome() + "\n" + name.toLowerCase(Locale.ROOT))) {
                throw new DomainException("The indicator \"" + name + "\" is listed twice under outcome " + i.outcome())
                        .withKey("error.phase.indicatorTwice", name, i.outcome());
            }
            indicators.add(new PhaseIndicator(phase, i.outcome(), name, i.unit().trim()));
        }
        phases.add(phase, indicators);
        return phase.id();
    }

    private PhaseView view(ProgrammeCatalogue.Phase phase) {
        return new PhaseView(phase, catalogue.outcomes(phase.id()), catalogue.indicators(phase.id()));
    }

    private void requireSignedIn() {
        if (!user.signedIn()) {
            throw new NotFoundException("Phase");
        }
    }
}
