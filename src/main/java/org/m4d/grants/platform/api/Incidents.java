package org.m4d.grants.platform.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.m4d.grants.platform.application.DatabaseOutage;

/**
 * An unexpected failure: logged once with an id the answer names, and nothing internal shown. A
 * database out of reach is not one: it is a 503 the client retries ({@link DatabaseOutage}), logged
 * in one line, since every request fails the same way until the database is back.
 */
final class Incidents {

    private static final Logger LOG = Logger.getLogger(Incidents.class.getName());

    private Incidents() {
    }

    static Response of(Throwable thrown) {
        if (DatabaseOutage.in(thrown)) {
            LOG.warning(() -> "Database out of reach, answered 503: " + thrown);
            return Problem.unavailable();
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error " + incident, thrown);
        return Problem.of(Status.INTERNAL_SERVER_ERROR,
                "The request could not be completed and nothing was saved; incident " + incident);
    }
}
