package org.m4d.grants.platform.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.m4d.grants.platform.application.DatabaseOutage;

/** RFC 9457 problem details, the body of every error the API returns. */
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** 422, which JAX-RS 3.1 has no constant for. */
    public static final Response.StatusType UNPROCESSABLE = new Response.StatusType() {
        @Override
        public int getStatusCode() {
            return 422;
        }

        @Override
        public Response.Status.Family getFamily() {
            return Response.Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
            return "Unprocessable Content";
        }
    };

    private Problem() {
    }

    /** A body that could not be read into the operation's type, saying why when our reader knows. */
    static Response badBody(Throwable thrown) {
        return ExplainedInput.in(thrown).orElseGet(() ->
                of(Response.Status.BAD_REQUEST, "The request body is not valid JSON for this operation"));
    }

    /**
     * The database is out of reach ({@link DatabaseOutage}): the transaction rolled back, nothing was
     * saved, and the same request may be sent again after {@code Retry-After} seconds.
     */
    static Response unavailable() {
        return Response.fromResponse(of(Response.Status.SERVICE_UNAVAILABLE, DatabaseOutage.DETAIL))
                .header("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS).build();
    }

    static Response changedMeanwhile() {
        return of(Response.Status.CONFLICT, "Someone else changed this meanwhile; reload and try again");
    }

    public static Response of(Response.StatusType status, String detail) {
        return of(status, detail, Map.of());
    }

    /** A problem with field-level errors: field name to message. */
    public static Response of(Response.StatusType status, String detail, Map<String, String> fieldErrors) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", status.getReasonPhrase() == null ? "Error" : status.getReasonPhrase())
                .add("status", status.getStatusCode());
        if (detail != null) {
            body.add("detail", detail);
        }
        if (!fieldErrors.isEmpty()) {
            JsonArrayBuilder errors = Json.createArrayBuilder();
            fieldErrors.forEach((field, message) ->
                    errors.add(Json.createObjectBuilder().add("field", field).add("message", message)));
            body.add("errors", errors);
        }
        return Response.status(status).type(MEDIA_TYPE).entity(body.build().toString()).build();
    }
}
