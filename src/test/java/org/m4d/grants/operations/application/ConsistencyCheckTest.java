package org.m4d.grants.operations.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.operations.domain.CountryFacts;
import org.m4d.grants.operations.domain.CountryFacts.ProposalFact;
import org.m4d.grants.operations.domain.Mismatch;
import org.m4d.grants.operations.domain.MismatchKind;
import org.m4d.grants.platform.domain.ForbiddenException;
import org.m4d.grants.platform.domain.NotFoundException;
import org.m4d.grants.testing.UseCases;
import org.m4d.grants.testing.Wiring;

/**
 * Who may run the consistency check and on which countries, and its second reading: a mismatch
 * gone by then is not reported, one still there is, with the second reading's figures.
 */
class ConsistencyCheckTest {

    private final UseCases app = new UseCases();
    /** The readings still to come, in order; an empty queue reads a clean country. */
    private final Deque<List<ProposalFact>> readings = new ArrayDeque<>();
    /** The country of each reading, in order. */
    private final List<String> read = new ArrayList<>();
    private final CountryReading reading = new CountryReading() {
        @Override
        public CountryFacts read() {
            read.add(app.context.current());
            List<ProposalFact> proposals = readings.isEmpty() ? List.of() : readings.removeFirst();
            return new CountryFacts(app.context.current(), proposals, List.of(), List.of(), List.of(), List.of(),
                    List.of(), List.of());
        }
    };
    private final ConsistencyCheck check = Wiring.wire(new ConsistencyCheck(), app.access, app.user, reading, 0L);

    /** A submitted proposal without a lifecycle: one mismatch. */
    private static List<ProposalFact> missing(String state) {
        return List.of(new ProposalFact(12, state, null, new BigDecimal("1000.000"), "NPR"));
    }

    @AfterEach
    void leaveTheCountry() {
        app.context.clear();
    }

    @Test
    void theAdministratorChecksTheirCountryOnceWhenItIsClean() {
        app.user.as("np.admin", "NP", Role.TENANT_ADMIN);
        ConsistencyReport report = check.country("NP");
        assertThat(report.countries()).containsExactly("NP");
        assertThat(report.count()).isZero();
        assertThat(read).containsExactly("NP");
    }

    @Test
    void aMismatchGoneOnTheSecondReadingIsNotReported() {
        app.user.as("np.admin", "NP", Role.TENANT_ADMIN);
        readings.add(missing("SUBMITTED"));
        ConsistencyReport report = check.country("NP");
        assertThat(report.mismatches()).isEmpty();
        assertThat(read).containsExactly("NP", "NP");
    }

    @Test
    void aMismatchStillThereIsReportedAsTheSecondReadingFoundIt() {
        app.user.as("pmu", null, Role.PMU);
        readings.add(missing("SUBMITTED"));
        readings.add(missing("IN_REVISION"));
        ConsistencyReport report = check.country("NP");
        assertThat(report.mismatches()).containsExactly(new Mismatch("NP", MismatchKind.LIFECYCLE_MISSING, 12L,
                "proposal 12", "IN_REVISION: a lifecycle", "no lifecycle referenced"));
    }

    @Test
    void pmuChecksEveryCountryAndReadsAgainOnlyThoseWithAMismatch() {
        app.user.as("pmu", null, Role.PMU);
        readings.add(List.of());
        readings.add(missing("SUBMITTED"));
        readings.add(List.of());
        readings.add(missing("SUBMITTED"));
        ConsistencyReport report = check.all();
        assertThat(report.countries()).containsExactly("BD", "NP", "SN");
        assertThat(read).containsExactly("BD", "NP", "SN", "NP");
        assertThat(report.mismatches()).extracting(Mismatch::country, Mismatch::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("NP", MismatchKind.LIFECYCLE_MISSING));
    }

    @Test
    void anAdministratorOfTwoCountriesChecksBothOnTheAllCountriesRoute() {
        app.user.as("admin", "SN", Role.TENANT_ADMIN).alsoIn("NP", Role.COORDINATOR).alsoIn("BD", Role.TENANT_ADMIN);
        assertThat(check.all().countries()).containsExactly("BD", "SN");
        assertThat(read).containsExactly("BD", "SN");
    }

    @Test
    void anotherRoleIsForbiddenAndAnotherCountryNotFoundWithNothingRead() {
        app.user.as("np.coordinator", "NP", Role.COORDINATOR);
        assertThatThrownBy(() -> check.country("NP")).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> check.all()).isInstanceOf(ForbiddenException.class);
        app.user.as("observer", null, Role.OBSERVER);
        assertThatThrownBy(() -> check.country("NP")).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> check.all()).isInstanceOf(ForbiddenException.class);
        app.user.as("sn.admin", "SN", Role.TENANT_ADMIN);
        assertThatThrownBy(() -> check.country("NP")).isInstanceOf(NotFoundException.class);
        assertThat(read).isEmpty();
        assertThat(app.denials).hasSize(5);
    }
}
