package org.m4d.grants.platform.api;

import org.m4d.grants.platform.domain.NotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Missing, or in a country the user is not a member of: 404, the same for both. */
@Provider
public class NotFoundProblems implements ExceptionMapper<NotFoundException> {

    @Override
    public Response toResponse(NotFoundException exception) {
        return Problem.of(Response.Status.NOT_FOUND, exception.getMessage());
    }
}
