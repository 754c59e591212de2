package org.m4d.grants.platform.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.util.Optional;

/**
 * Our own readers' refusals of a value (unsafe text, a number or a date out of bounds) say what is taken;
 * JSON-B and Jersey wrap them, so the mappers of the wrappers look for them first.
 */
final class ExplainedInput {

    private ExplainedInput() {
    }

    static Optional<Response> in(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PlainText.UnsafeText || t instanceof StrictNumbers.BadNumber
                    || t instanceof StrictDates.BadDate) {
                return Optional.of(Problem.of(Status.BAD_REQUEST, t.getMessage()));
            }
        }
        return Optional.empty();
    }
}
