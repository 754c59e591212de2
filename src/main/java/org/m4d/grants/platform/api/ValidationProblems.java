package org.m4d.grants.platform.api;

import jakarta.validation.ValidationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Invalid input as problem+json with field errors, instead of Jersey's own validation mapper. */
@Provider
public class ValidationProblems implements ExceptionMapper<ValidationException> {

    @Override
    public Response toResponse(ValidationException exception) {
        return ProblemMappers.problemOf(exception);
    }
}
