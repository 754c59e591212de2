package org.m4d.grants.workflow.application;

import java.util.Map;

/**
 * One user task of the models, served by the context that owns its domain change: who may
 * complete it, the payload it takes, and what completing it changes. {@link TaskCompletion} finds
 * the handler by the task's definition key, so adding a step is the BPMN, one handler and one form
 * fragment.
 *
 * @param <P> the payload: a record whose Bean Validation annotations say what is valid
 */
public interface TaskHandler<P> {

    /** The {@code id} of the user task in {@code bpmn/} this handler completes. */
    String taskKey();

    Class<P> payloadType();

    /** Refuses (403) a user who may not complete this step; the task is already known to be visible to them. */
    void authorize(TaskStep step);

    /**
     * The domain change and its audit entry, in the step's transaction; returns the variables the
     * task completes with. A broken business rule throws, and nothing of the step is kept.
     */
    Map<String, Object> apply(TaskStep step, P payload);
}
