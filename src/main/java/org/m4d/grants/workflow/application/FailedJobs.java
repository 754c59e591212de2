package org.m4d.grants.workflow.application;

import java.util.List;
import java.util.Optional;
import org.m4d.grants.workflow.domain.FailedJob;

/**
 * The failed jobs and incidents of the engine, for the operators who replace Cockpit (issue 13):
 * those of the tenant context's country, read and acted upon without the signed-in user's view of
 * the engine (the caller decides who may). The engine's failures that another actor explains (the
 * job executor took the job, someone retried it first) come out as the application's conflict.
 */
public interface FailedJobs {

    /** The country's failed jobs, incidents first, oldest first. */
    List<FailedJob> ofCountry();

    /** One failed job of the country; empty if it does not exist there or has not failed. */
    Optional<FailedJob> find(String id);

    /** Gives a job out of retries one more attempt, now; a conflict if it has retries again. */
    void retry(String id);

    /** Drops the job (a failed reminder's timer): its incident goes with it, the instance goes on. */
    void resolve(String id);

    /** The incidents of every country: what readiness reports. */
    long incidents();
}
