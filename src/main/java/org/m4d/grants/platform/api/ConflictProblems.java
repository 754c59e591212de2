package org.m4d.grants.platform.api;

import org.m4d.grants.platform.domain.ConflictException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Someone else changed the object meanwhile: 409. */
@Provider
public class ConflictProblems implements ExceptionMapper<ConflictException> {

    @Override
    public Response toResponse(ConflictException exception) {
        return Problem.of(Response.Status.CONFLICT, exception.getMessage());
    }
}
