package org.m4d.grants.operations.api;

import java.time.Instant;
import java.util.List;
import org.m4d.grants.workflow.domain.FailedJob;

/**
 * A failed job as the API answers it: where it failed and why, its retries left, whether it is an
 * incident (no retries left) and whether it may be resolved (a failed reminder).
 */
public record IncidentDto(String id, String country, Long proposalId, String activity, String error, int retries,
                          Instant created, FailedJob.Kind kind, boolean resolvable) {

    static IncidentDto of(FailedJob job) {
        return new IncidentDto(job.id(), job.tenant(), job.proposalId(), job.activity(), job.error(), job.retries(),
                job.created(), job.kind(), job.reminder());
    }

    static List<IncidentDto> of(List<FailedJob> jobs) {
        return jobs.stream().map(IncidentDto::of).toList();
    }
}
