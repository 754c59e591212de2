package org.m4d.grants.platform.api;

import jakarta.json.JsonException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body JSON-P could not parse: 400. */
@Provider
public class JsonProblems implements ExceptionMapper<JsonException> {

    @Override
    public Response toResponse(JsonException exception) {
        return Problem.badBody(exception);
    }
}
