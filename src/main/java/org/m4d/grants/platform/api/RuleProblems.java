package org.m4d.grants.platform.api;

import org.m4d.grants.platform.domain.DomainException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A broken business rule: 422 with the rule's text. */
@Provider
public class RuleProblems implements ExceptionMapper<DomainException> {

    @Override
    public Response toResponse(DomainException exception) {
        return Problem.of(Problem.UNPROCESSABLE, exception.getMessage());
    }
}
