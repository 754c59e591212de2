package org.m4d.grants.platform.api;

import org.m4d.grants.platform.domain.ForbiddenException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The role does not allow the action: 403. */
@Provider
public class ForbiddenProblems implements ExceptionMapper<ForbiddenException> {

    @Override
    public Response toResponse(ForbiddenException exception) {
        return Problem.of(Response.Status.FORBIDDEN, exception.getMessage());
    }
}
