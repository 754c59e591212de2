package org.m4d.grants.platform.api;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A row changed by another transaction since it was read: 409. */
@Provider
public class OptimisticLockProblems implements ExceptionMapper<OptimisticLockException> {

    @Override
    public Response toResponse(OptimisticLockException exception) {
        return Problem.changedMeanwhile();
    }
}
