package org.m4d.grants.operations.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.m4d.grants.audit.application.AuditTrail;
import org.m4d.grants.identity.application.Access;
import org.m4d.grants.identity.application.CurrentUser;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.platform.application.TenantContext;
import org.m4d.grants.platform.domain.ConflictException;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.ForbiddenException;
import org.m4d.grants.platform.domain.NotFoundException;
import org.m4d.grants.workflow.application.FailedJobs;
import org.m4d.grants.workflow.domain.FailedJob;

/**
 * Incidents without Cockpit (issue 13, docs/adr/0030): a country's failed jobs and incidents for
 * its administrator and {@code pmu} (every country's for pmu), with two actions. <em>Retry</em>
 * gives a job out of retries one more attempt; a job the engine still retries by itself is left
 * to it (409). <em>Resolve</em> drops a failed non-interrupting boundary timer (a reminder): the
 * step it reminds of stays open and nothing else waits for it; any other job would leave its
 * instance stuck, so it is refused (422) and must be retried once its cause is fixed. The role is
 * checked before the job is looked up, so another role learns nothing of the country's jobs; each
 * action is audited in the country.
 */
@ApplicationScoped
@Transactional
public class IncidentAdministration {

    static final String SUBJECT = "JOB";

    @Inject
    Access access;

    @Inject
    CurrentUser user;

    @Inject
    FailedJobs jobs;

    @Inject
    AuditTrail audit;

    /** One country's: 404 unless the user belongs to it, 403 unless they administer it or are pmu. */
    public List<FailedJob> country(String country) {
        try (TenantContext.Scope in = enter(country)) {
            return jobs.ofCountry();
        }
    }

    /** Every country the user administers; pmu: all of them. Nobody else: 403. */
    public List<FailedJob> all() {
        List<String> countries = user.tenantIds().stream().sorted()
                .filter(c -> user.hasRole(c, Role.PMU) || user.hasRole(c, Role.TENANT_ADMIN)).toList();
        if (countries.isEmpty()) {
            // the refusal of the user's first country, audited as every 403 is
            user.tenantIds().stream().sorted().findFirst().ifPresent(home -> enter(home).close());
            throw new ForbiddenException("Incidents are administered with the tenant-admin or pmu role");
        }
        List<FailedJob> found = new ArrayList<>();
        for (String country : countries) {
            found.addAll(country(country));
        }
        return found;
    }

    /** Gives an incident's job one more attempt; the job executor takes it at once. */
    public FailedJob retry(String country, String id) {
        try (TenantContext.Scope in = enter(country)) {
            FailedJob job = find(id);
            if (job.kind() != FailedJob.Kind.INCIDENT) {
                throw new ConflictException("This job still has " + job.retries()
                        + " retries: the engine tries it again by itself").withKey("incidents.stillRetrying",
                        job.retries());
            }
            jobs.retry(id);
            record("INCIDENT_RETRIED", job);
            return job;
        }
    }

    /** Drops a failed reminder's timer, and its incident with it; any other job: 422. */
    public FailedJob resolve(String country, String id) {
        try (TenantContext.Scope in = enter(country)) {
            FailedJob job = find(id);
            if (!job.reminder()) {
                throw new DomainException("Only a failed reminder can be resolved without running it: this job's "
                        + "case waits for it, so fix its cause and retry it").withKey("incidents.notResolvable");
            }
            jobs.resolve(id);
            record("INCIDENT_RESOLVED", job);
            return job;
        }
    }

    private TenantContext.Scope enter(String country) {
        TenantContext.Scope in = access.enter(country);
        try {
            access.requireAnyRole(Role.TENANT_ADMIN, Role.PMU);
            return in;
        } catch (RuntimeException e) {
            in.close();
            throw e;
        }
    }

    private FailedJob find(String id) {
        return jobs.find(id).orElseThrow(() -> new NotFoundException("Failed job"));
    }

    private void record(String action, FailedJob job) {
        Long proposal = job.proposalId();
        audit.record(access.username(), action, SUBJECT, proposal == null ? 0L : proposal, job.kind(), null,
                "job " + job.id() + " at " + job.activity() + ": " + job.error());
    }
}
