package org.m4d.grants.operations.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.m4d.grants.audit.application.RecordedAudit;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.platform.domain.ConflictException;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.ForbiddenException;
import org.m4d.grants.platform.domain.NotFoundException;
import org.m4d.grants.testing.UseCases;
import org.m4d.grants.testing.Wiring;
import org.m4d.grants.workflow.application.FailedJobs;
import org.m4d.grants.workflow.domain.FailedJob;
import org.m4d.grants.workflow.domain.FailedJob.Kind;

/**
 * Who may see and act on a country's failed jobs, and which job each action takes: Retry only an
 * incident, Resolve only a failed reminder, the role checked before the job is looked up.
 */
class IncidentAdministrationTest {

    private static final FailedJob AGREEMENT = new FailedJob("j1", "NP", "12", "createGrantAgreement",
            "Connection refused", 0, Instant.parse("2026-12-01T08:00:00Z"), Kind.INCIDENT, false);
    private static final FailedJob REMINDER = new FailedJob("j2", "NP", "13", "remindCoordinator",
            "Mail server down", 0, Instant.parse("2026-12-01T08:05:00Z"), Kind.INCIDENT, true);
    private static final FailedJob RETRYING = new FailedJob("j3", "NP", "14", "createGrantAgreement",
            "Connection refused", 2, Instant.parse("2026-12-01T08:10:00Z"), Kind.RETRYING, false);
    private static final FailedJob SENEGAL = new FailedJob("j4", "SN", "21", "createGrantAgreement",
            "Timeout", 0, Instant.parse("2026-12-01T08:15:00Z"), Kind.INCIDENT, false);

    private final UseCases app = new UseCases();
    private final RecordedAudit audit = new RecordedAudit();
    /** The countries read, and the actions taken, in order. */
    private final List<String> calls = new ArrayList<>();
    private final FailedJobs jobs = new FailedJobs() {
        private final List<FailedJob> all = List.of(AGREEMENT, REMINDER, RETRYING, SENEGAL);

        @Override
        public List<FailedJob> ofCountry() {
            calls.add("read " + app.context.current());
            return all.stream().filter(j -> j.tenant().equals(app.context.current())).toList();
        }

        @Override
        public Optional<FailedJob> find(String id) {
            calls.add("find " + id + " in " + app.context.current());
            return all.stream().filter(j -> j.id().equals(id) && j.tenant().equals(app.context.current())).findFirst();
        }

        @Override
        public void retry(String id) {
            calls.add("retry " + id + " in " + app.context.current());
        }

        @Override
        public void resolve(String id) {
            calls.add("resolve " + id + " in " + app.context.current());
        }

        @Override
        public long incidents() {
            return 3;
        }
    };
    private final IncidentAdministration incidents = Wiring.wire(new IncidentAdministration(), app.access, app.user,
            jobs, audit);

    @AfterEach
    void leaveTheCountry() {
        app.context.clear();
    }

    @Test
    void theAdministratorListsTheirCountrysFailedJobs() {
        app.user.as("np.admin", "NP", Role.TENANT_ADMIN);
        assertThat(incidents.country("NP")).containsExactly(AGREEMENT, REMINDER, RETRYING);
        assertThat(calls).containsExactly("read NP");
    }

    @Test
    void pmuListsEveryCountry() {
        app.user.as("pmu", null, Role.PMU);
        assertThat(incidents.all()).containsExactly(AGREEMENT, REMINDER, RETRYING, SENEGAL);
        assertThat(calls).containsExactly("read BD", "read NP", "read SN");
    }

    @Test
    void anAdministratorsAllIsTheirOwnCountryOnly() {
        app.user.as("sn.admin", "SN", Role.TENANT_ADMIN);
        assertThat(incidents.all()).containsExactly(SENEGAL);
        assertThat(calls).containsExactly("read SN");
    }

    @Test
    void aCoordinatorIsRefusedTheListAndEveryCountrysList() {
        app.user.as("np.coordinator", "NP", Role.COORDINATOR);
        assertThatThrownBy(() -> incidents.country("NP")).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(incidents::all).isInstanceOf(ForbiddenException.class)
                .hasMessage("This needs the tenant-admin or pmu role in NP");
        assertThat(calls).isEmpty();
        assertThat(app.denials).hasSize(2);
    }

    @Test
    void anotherCountrysAdministratorDoesNotFindTheCountry() {
        app.user.as("sn.admin", "SN", Role.TENANT_ADMIN);
        assertThatThrownBy(() -> incidents.country("NP")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> incidents.retry("NP", "j1")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> incidents.resolve("NP", "j2")).isInstanceOf(NotFoundException.class);
        assertThat(calls).isEmpty();
        assertThat(audit.entries).isEmpty();
    }

    @Test
    void retryGivesAnIncidentOneMoreAttemptAndIsAudited() {
        app.user.as("np.admin", "NP", Role.TENANT_ADMIN);
        assertThat(incidents.retry("NP", "j1")).isEqualTo(AGREEMENT);
        assertThat(calls).containsExactly("find j1 in NP", "retry j1 in NP");
        assertThat(audit.entries).containsExactly(new RecordedAudit.Entry("np.admin", "INCIDENT_RETRIED", "JOB", 12L,
                "INCIDENT", null, "job j1 at createGrantAgreement: Connection refused"));
    }

    @Test
    void aJobStillRetryingIsLeftToTheEngine() {
        app.user.as("pmu", null, Role.PMU);
        assertThatThrownBy(() -> incidents.retry("NP", "j3")).isInstanceOf(ConflictException.class)
                .hasMessage("This job still has 2 retries: the engine tries it again by itself");
        assertThat(calls).containsExactly("find j3 in NP");
        assertThat(audit.entries).isEmpty();
    }

    @Test
    void anUnknownJobIsNotFoundForEitherAction() {
        app.user.as("np.admin", "NP", Role.TENANT_ADMIN);
        assertThatThrownBy(() -> incidents.retry("NP", "nope")).isInstanceOf(NotFoundException.class)
                .hasMessage("Failed job not found");
        assertThatThrownBy(() -> incidents.resolve("NP", "j4")).as("Senegal's job, named in Nepal")
                .isInstanceOf(NotFoundException.class);
        assertThat(calls).containsExactly("find nope in NP", "find j4 in NP");
    }

    @Test
    void resolveDropsAFailedReminderAndIsAudited() {
        app.user.as("pmu", null, Role.PMU);
        assertThat(incidents.resolve("NP", "j2")).isEqualTo(REMINDER);
        assertThat(calls).containsExactly("find j2 in NP", "resolve j2 in NP");
        assertThat(audit.entries).containsExactly(new RecordedAudit.Entry("pmu", "INCIDENT_RESOLVED", "JOB", 13L,
                "INCIDENT", null, "job j2 at remindCoordinator: Mail server down"));
    }

    @Test
    void aJobTheCaseWaitsForCannotBeResolved() {
        app.user.as("np.admin", "NP", Role.TENANT_ADMIN);
        assertThatThrownBy(() -> incidents.resolve("NP", "j1")).isInstanceOf(DomainException.class)
                .hasMessage("Only a failed reminder can be resolved without running it: this job's case waits for it, "
                        + "so fix its cause and retry it");
        assertThat(calls).containsExactly("find j1 in NP");
        assertThat(audit.entries).isEmpty();
    }

    @Test
    void aCoordinatorIsRefusedTheActionsBeforeAnyJobIsLookedUp() {
        app.user.as("np.coordinator", "NP", Role.COORDINATOR);
        assertThatThrownBy(() -> incidents.retry("NP", "j1")).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> incidents.resolve("NP", "nope")).isInstanceOf(ForbiddenException.class);
        assertThat(calls).isEmpty();
        assertThat(audit.entries).isEmpty();
    }
}
