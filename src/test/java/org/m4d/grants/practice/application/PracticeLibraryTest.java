package org.m4d.grants.practice.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.m4d.grants.audit.application.RecordedAudit;
import org.m4d.grants.grant.application.Ledgers;
import org.m4d.grants.identity.application.Countries;
import org.m4d.grants.identity.application.CurrentUser;
import org.m4d.grants.identity.application.FakeAccess;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.platform.application.TenantContext;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.ForbiddenException;
import org.m4d.grants.platform.domain.NotFoundException;
import org.m4d.grants.practice.domain.Practice;
import org.m4d.grants.practice.domain.PracticeRepository;
import org.m4d.grants.practice.domain.PracticeSearch;
import org.m4d.grants.practice.domain.Practices;

/**
 * The library across countries: a Bangladeshi user (knowledge sharing only) reads Nepal's published
 * practices and nothing unpublished; inside Nepal the applicant, the coordinators and the global
 * roles read an unpublished one; only its applicant publishes it.
 */
class PracticeLibraryTest {

    private static final PracticeSearch EVERYTHING = new PracticeSearch(null, null, null, null);

    private final TenantContext tenants = new TenantContext();
    private final InMemoryPractices practices = new InMemoryPractices();
    private final RecordedAudit audit = new RecordedAudit();
    private final Practice published = stored("NP", 101, Practices.closed(11));
    private final Practice unpublished = stored("NP", 102, Practices.closed(12, "Diaspora health volunteers", "HEALTH",
            Set.of(2), "Plan the volunteers' travel a year ahead", Instant.parse("2026-12-01T10:00:00Z")));
    private final Practice senegal = stored("SN", 103, Practices.closed(13, "Remittances for schools", "EDUCATION",
            Set.of(1), "Agree the fees with the banks first", Instant.parse("2026-10-01T10:00:00Z")));

    PracticeLibraryTest() {
        published.decideConsent("np.applicant", true, Instant.parse("2026-12-01T11:00:00Z"));
        senegal.decideConsent("np.applicant", true, Instant.parse("2026-12-01T11:00:00Z"));
    }

    private Practice stored(String country, long id, Practice practice) {
        practices.byCountry.computeIfAbsent(country, c -> new ArrayList<>()).add(Ledgers.withId(practice, id));
        return practice;
    }

    /** The library for a user with these memberships, e.g. {@code "BD:APPLICANT"} or {@code "*:PMU"}. */
    private PracticeLibrary libraryFor(String username, String... memberships) {
        PracticeLibrary library = new PracticeLibrary();
        library.practices = practices;
        library.tenants = tenants;
        library.countries = new ThreeCountries();
        library.audit = audit;
        library.user = new CurrentUser() {
            @Override
            public boolean signedIn() {
                return true;
            }

            @Override
            public String username() {
                return username;
            }

            @Override
            public Set<String> tenantIds() {
                return List.of(memberships).contains("*:PMU") || List.of(memberships).contains("*:OBSERVER")
                        ? Set.of("BD", "NP", "SN")
                        : Set.copyOf(List.of(memberships).stream().map(m -> m.split(":")[0]).toList());
            }

            @Override
            public boolean hasRole(String tenant, Role role) {
                return List.of(memberships).contains(tenant + ":" + role.name())
                        || role.global() && List.of(memberships).contains("*:" + role.name());
            }
        };
        return library;
    }

    private static List<Long> ids(List<PracticeView> views) {
        return views.stream().map(v -> v.practice().id()).toList();
    }

    @Test
    void aKnowledgeSharingUserSearchesThePublishedPracticesOfEveryCountryNewestFirst() {
        PracticeLibrary library = libraryFor("bd.applicant", "BD:APPLICANT");
        List<PracticeView> all = library.search(EVERYTHING);
        assertThat(ids(all)).containsExactly(101L, 103L);
        assertThat(all.get(0).country()).isEqualTo("NP");
        assertThat(all.get(0).countryName()).isEqualTo("Nepal");
        assertThat(all.get(0).decidesConsent()).isFalse();
        assertThat(ids(library.search(new PracticeSearch("banks", null, null, null)))).containsExactly(103L);
        assertThat(ids(library.search(new PracticeSearch(null, "EMPLOYMENT", null, null)))).containsExactly(101L);
        assertThat(ids(library.search(new PracticeSearch(null, null, 1, "SN")))).containsExactly(103L);
        assertThat(ids(library.search(new PracticeSearch("volunteers", null, null, null))))
                .as("the unpublished practice is not found by its own words").isEmpty();
        assertThat(tenants.find()).as("every country's scope is closed again").isEmpty();
    }

    @Test
    void inTheirCountryTheApplicantAndCoordinatorsAlsoFindWhatAwaitsConsentOtherMembersDoNot() {
        assertThat(ids(libraryFor("np.applicant", "NP:APPLICANT").search(EVERYTHING)))
                .containsExactly(102L, 101L, 103L);
        assertThat(ids(libraryFor("np.coordinator", "NP:COORDINATOR").search(EVERYTHING)))
                .containsExactly(102L, 101L, 103L);
        assertThat(ids(libraryFor("pmu", "*:PMU").search(new PracticeSearch("volunteers", null, null, null))))
                .containsExactly(102L);
        assertThat(ids(libraryFor("np.finance", "NP:FINANCE").search(EVERYTHING))).containsExactly(101L, 103L);
        assertThat(ids(libraryFor("np.applicant2", "NP:APPLICANT").search(EVERYTHING)))
                .containsExactly(101L, 103L);
        assertThat(ids(libraryFor("sn.coordinator", "SN:COORDINATOR").search(EVERYTHING)))
                .containsExactly(101L, 103L);
    }

    @Test
    void anUnpublishedPracticeIsNotFoundOutsideItsCountry() {
        assertThat(libraryFor("bd.applicant", "BD:APPLICANT").read(101).practice().title())
                .isEqualTo("Skills recognition for returnees");
        assertThatThrownBy(() -> libraryFor("bd.applicant", "BD:APPLICANT").read(102))
                .isInstanceOf(NotFoundException.class).hasMessage("Practice not found");
        assertThatThrownBy(() -> libraryFor("sn.coordinator", "SN:COORDINATOR").read(102))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> libraryFor("bd.applicant", "BD:APPLICANT").read(999))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void insideItsCountryTheApplicantCoordinatorsAndGlobalRolesReadItButNotOtherMembers() {
        PracticeView own = libraryFor("np.applicant", "NP:APPLICANT").read(102);
        assertThat(own.practice().published()).isFalse();
        assertThat(own.decidesConsent()).isTrue();
        assertThat(libraryFor("np.coordinator", "NP:COORDINATOR").read(102).decidesConsent()).isFalse();
        assertThat(libraryFor("pmu", "*:PMU").read(102).country()).isEqualTo("NP");
        assertThat(libraryFor("observer", "*:OBSERVER").read(102).country()).isEqualTo("NP");
        assertThatThrownBy(() -> libraryFor("np.finance", "NP:FINANCE").read(102)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> libraryFor("np.applicant2", "NP:APPLICANT").read(102))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theApplicantsConsentPublishesItToEveryCountryAndIsAudited() {
        FakeAccess applicant = new FakeAccess("np.applicant", Role.APPLICANT);
        PracticeLibrary library = libraryFor("np.applicant", "NP:APPLICANT");
        library.access = applicant.access;
        try (TenantContext.Scope in = applicant.enter()) {
            PracticeView view = library.decideConsent(102, new ConsentInput(true));
            assertThat(view.practice().published()).isTrue();
        }
        assertThat(audit.entries).containsExactly(new RecordedAudit.Entry("np.applicant", "PRACTICE_PUBLISHED",
                "PRACTICE", 102, null, null, null));
        assertThat(ids(libraryFor("bd.applicant", "BD:APPLICANT").search(EVERYTHING)))
                .containsExactly(102L, 101L, 103L);
    }

    @Test
    void anotherApplicantOrACoordinatorCannotPublishIt() {
        FakeAccess other = new FakeAccess("np.applicant2", Role.APPLICANT);
        PracticeLibrary asOther = libraryFor("np.applicant2", "NP:APPLICANT");
        asOther.access = other.access;
        try (TenantContext.Scope in = other.enter()) {
            assertThatThrownBy(() -> asOther.decideConsent(102, new ConsentInput(true)))
                    .as("an unpublished practice another applicant may not read does not exist for them")
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> asOther.decideConsent(999, new ConsentInput(true)))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> asOther.decideConsent(101, new ConsentInput(false)))
                    .isInstanceOf(ForbiddenException.class);
        }
        FakeAccess coordinator = new FakeAccess("np.coordinator", Role.COORDINATOR);
        PracticeLibrary asCoordinator = libraryFor("np.coordinator", "NP:COORDINATOR");
        asCoordinator.access = coordinator.access;
        try (TenantContext.Scope in = coordinator.enter()) {
            assertThatThrownBy(() -> asCoordinator.decideConsent(102, new ConsentInput(true)))
                    .isInstanceOf(ForbiddenException.class);
        }
        assertThat(unpublished.published()).isFalse();
        assertThat(published.published()).isTrue();
        assertThat(audit.entries).isEmpty();
    }

    @Test
    void aSearchTextOverTheLimitIsRefused() {
        assertThatThrownBy(() -> libraryFor("bd.applicant", "BD:APPLICANT")
                .search(new PracticeSearch("x".repeat(PracticeSearch.TEXT_MAX + 1), null, null, null)))
                .isInstanceOf(DomainException.class).hasMessage("Search for at most 200 characters");
    }

    /** Bangladesh, Nepal and Senegal. */
    private static final class ThreeCountries implements Countries {

        private static final List<Country> ALL = List.of(new Country("BD", "Bangladesh", "BDT"),
                new Country("NP", "Nepal", "NPR"), new Country("SN", "Senegal", "XOF"));

        @Override
        public List<Country> all() {
            return ALL;
        }

        @Override
        public Optional<Country> find(String code) {
            return ALL.stream().filter(c -> c.code().equals(code)).findFirst();
        }
    }

    /** Practices per country, each read in the country of the tenant context as the JPA filter does. */
    private final class InMemoryPractices implements PracticeRepository {

        final Map<String, List<Practice>> byCountry = new HashMap<>();

        private List<Practice> here() {
            return byCountry.getOrDefault(tenants.current(), List.of());
        }

        @Override
        public Optional<Practice> find(long id) {
            return here().stream().filter(p -> p.id() == id).findFirst();
        }

        @Override
        public Optional<Practice> byProposal(long proposalId) {
            return here().stream().filter(p -> p.proposalId() == proposalId).findFirst();
        }

        @Override
        public List<Practice> published() {
            return here().stream().filter(Practice::published).toList();
        }

        @Override
        public List<Practice> all() {
            return here();
        }

        @Override
        public void store(Practice practice) {
            byCountry.computeIfAbsent(tenants.current(), c -> new ArrayList<>()).add(practice);
        }
    }
}
