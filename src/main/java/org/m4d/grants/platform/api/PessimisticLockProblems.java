package org.m4d.grants.platform.api;

import jakarta.persistence.PessimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A row another transaction holds locked: 409. */
@Provider
public class PessimisticLockProblems implements ExceptionMapper<PessimisticLockException> {

    @Override
    public Response toResponse(PessimisticLockException exception) {
        return Problem.changedMeanwhile();
    }
}
