package org.m4d.grants.platform.api;

import jakarta.persistence.PessimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.m4d.grants.platform.application.DatabaseOutage;

/**
 * A row another transaction holds locked: 409. A lock request that failed because the connection
 * was lost is no conflict: the database is out of reach, a 503.
 */
@Provider
public class PessimisticLockProblems implements ExceptionMapper<PessimisticLockException> {

    @Override
    public Response toResponse(PessimisticLockException exception) {
        if (DatabaseOutage.in(exception)) {
            return Incidents.of(exception);
        }
        return Problem.changedMeanwhile();
    }
}
