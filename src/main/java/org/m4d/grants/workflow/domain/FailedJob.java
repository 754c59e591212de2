package org.m4d.grants.workflow.domain;

import java.time.Instant;

/**
 * A job of the engine whose last attempt failed, as the operators see it (issue 13, no Cockpit):
 * still {@link Kind#RETRYING} while it has retries left, an {@link Kind#INCIDENT} once it has none
 * and waits for a person. {@code businessKey} is the proposal's id for a lifecycle's job;
 * {@code reminder} says that the job is a non-interrupting boundary timer (a reminder), whose
 * failure holds up nothing but itself, so that it may be resolved by dropping it.
 */
public record FailedJob(String id, String tenant, String businessKey, String activity, String error, int retries,
                        Instant created, Kind kind, boolean reminder) {

    /** Whether the engine will try the job again by itself. */
    public enum Kind { RETRYING, INCIDENT }

    /** The proposal the job belongs to, when its business key is one; null otherwise. */
    public Long proposalId() {
        return businessKey != null && businessKey.matches("[0-9]{1,18}") ? Long.valueOf(businessKey) : null;
    }
}
