package org.m4d.grants.practice.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.m4d.grants.audit.application.AuditTrail;
import org.m4d.grants.identity.application.Access;
import org.m4d.grants.identity.application.Countries;
import org.m4d.grants.identity.application.CurrentUser;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.platform.application.TenantContext;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.NotFoundException;
import org.m4d.grants.practice.domain.Practice;
import org.m4d.grants.practice.domain.PracticeRepository;
import org.m4d.grants.practice.domain.PracticeSearch;

/**
 * The practice library. Every signed-in user, of any country, reads the published practices of all
 * countries, each country's read under its own tenant filter with "published" in the query: the
 * one deliberate crossing of countries (docs/adr/0028), which never reaches the grant, the proposal
 * or an unpublished practice. An unpublished practice is read only in its country, by the applicant
 * who decides on it, the coordinators and the global roles.
 */
@ApplicationScoped
@Transactional
public class PracticeLibrary {

    public static final String SUBJECT = "PRACTICE";

    @Inject
    PracticeRepository practices;

    @Inject
    TenantContext tenants;

    @Inject
    Countries countries;

    @Inject
    CurrentUser user;

    @Inject
    Access access;

    @Inject
    AuditTrail audit;

    /**
     * The practices that match, the latest closed first: the published ones of every country, and
     * in the user's own countries the unpublished ones they may read (their own, awaiting consent).
     */
    public List<PracticeView> search(PracticeSearch search) {
        requireSignedIn();
        if (search.text() != null && search.text().length() > PracticeSearch.TEXT_MAX) {
            throw new DomainException("Search for at most " + PracticeSearch.TEXT_MAX + " characters")
                    .withKey("error.practice.searchSize", PracticeSearch.TEXT_MAX);
        }
        List<PracticeView> found = new ArrayList<>();
        for (Countries.Country country : countries.all()) {
            if (search.matchesCountry(country.code())) {
                tenants.runIn(country.code(), () -> readable(country.code()).stream().filter(search::matches)
                        .forEach(p -> found.add(view(country, p))));
            }
        }
        found.sort(Comparator.comparing((PracticeView v) -> v.practice().closedAt()).reversed());
        return found;
    }

    /** One practice: a published one for everybody, an unpublished one only inside its country (404 elsewhere). */
    public PracticeView read(long id) {
        requireSignedIn();
        for (Countries.Country country : countries.all()) {
            Optional<PracticeView> seen = tenants.runIn(country.code(), () -> practices.find(id)
                    .filter(p -> p.published() || readsUnpublished(country.code(), p))
                    .map(p -> view(country, p)));
            if (seen.isPresent()) {
                return seen.get();
            }
        }
        throw new NotFoundException("Practice");
    }

    /**
     * The applicant who made the proposal gives or withdraws consent to publish its practice, in the
     * country of the tenant context.
     */
    public PracticeView decideConsent(long id, @NotNull @Valid ConsentInput input) {
        access.requireRole(Role.APPLICANT);
        boolean consent = input.publish();
        String code = tenants.current();
        // an applicant who may not read an unpublished practice is not told it exists
        Practice practice = practices.find(id).filter(p -> p.published() || readsUnpublished(code, p))
                .orElseThrow(() -> new NotFoundException("Practice"));
        practice.decideConsent(access.username(), consent, Instant.now());
        audit.record(access.username(), consent ? "PRACTICE_PUBLISHED" : "PRACTICE_WITHDRAWN", SUBJECT, id,
                null, null, null);
        return view(countries.find(code).orElseThrow(), practice);
    }

    private List<Practice> readable(String country) {
        if (!user.isMember(country)) {
            return practices.published();
        }
        return practices.all().stream().filter(p -> p.published() || readsUnpublished(country, p)).toList();
    }

    private boolean readsUnpublished(String country, Practice practice) {
        return user.isMember(country) && (user.username().equals(practice.applicant())
                || user.hasRole(country, Role.COORDINATOR) || user.hasRole(country, Role.PMU)
                || user.hasRole(country, Role.OBSERVER));
    }

    private PracticeView view(Countries.Country country, Practice practice) {
        return new PracticeView(country.code(), country.name(), practice,
                user.username().equals(practice.applicant()) && user.hasRole(country.code(), Role.APPLICANT));
    }

    private void requireSignedIn() {
        if (!user.signedIn()) {
            throw new NotFoundException("Practice");
        }
    }
}
