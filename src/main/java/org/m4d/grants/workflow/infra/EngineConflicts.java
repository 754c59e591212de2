package org.m4d.grants.workflow.infra;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.m4d.grants.platform.domain.ConflictException;
import org.m4d.grants.workflow.application.EngineConflictsTranslated;

/**
 * The engine's optimistic-locking failure (two users finishing the same step at once) becomes the
 * application's own conflict, so no layer above the workflow needs to know the engine's types.
 * Runs inside the transaction interceptor, which still rolls back.
 */
@EngineConflictsTranslated
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class EngineConflicts {

    @AroundInvoke
    public Object translate(InvocationContext call) throws Exception {
        try {
            return call.proceed();
        } catch (OptimisticLockingException e) {
            throw conflict(e);
        }
    }

    static ConflictException conflict(OptimisticLockingException e) {
        ConflictException conflict = new ConflictException("Someone else changed this meanwhile; reload and try again");
        conflict.withKey("error.changedMeanwhile");
        conflict.initCause(e);
        return conflict;
    }
}
