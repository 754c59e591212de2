package org.m4d.grants.platform.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Unknown paths, wrong methods, unreadable parameters and bodies: their own status as problem+json,
 * never Jersey's default body; a server error among them is unexpected.
 */
@Provider
public class WebApplicationProblems implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response.StatusType status = exception.getResponse().getStatusInfo();
        if (status.getStatusCode() >= 500) {
            return Incidents.of(exception);
        }
        return ExplainedInput.in(exception).orElseGet(() -> Problem.of(status, detail(exception, status)));
    }

    /** Jersey's own messages ("HTTP 405 Method Not Allowed") add nothing to the status. */
    private static String detail(WebApplicationException exception, Response.StatusType status) {
        String message = exception.getMessage();
        if (status.getStatusCode() == 404) {
            return "No such resource";
        }
        return message == null || message.startsWith("HTTP ") ? status.getReasonPhrase() : message;
    }
}
