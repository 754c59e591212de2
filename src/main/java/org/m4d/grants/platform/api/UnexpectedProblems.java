package org.m4d.grants.platform.api;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.m4d.grants.platform.application.DatabaseOutage;
import org.m4d.grants.platform.application.DatabaseReach;

/**
 * Everything no other mapper is closer to. Transactions, CDI and EJB wrap our exceptions (a
 * refusal, a lock conflict, a database constraint) in their own: the first cause another mapper
 * answers decides, unless the chain says the database is out of reach (a lost connection may come
 * wrapped in a lock or constraint failure): that is a 503, and so is a failure no mapper knows while
 * the database does not answer. Anything else is a 500 with an incident id and nothing internal.
 */
@Provider
public class UnexpectedProblems implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedProblems.class.getName());

    @Context
    Providers providers;

    /** Whether the database answers; the application's check unless a test sets its own. */
    DatabaseReach database;

    @Override
    public Response toResponse(Throwable thrown) {
        if (DatabaseOutage.in(thrown)) {
            return Incidents.of(thrown);
        }
        for (Throwable t = thrown.getCause(); t != null; t = t.getCause() == t ? null : t.getCause()) {
            ExceptionMapper<Throwable> mapper = mapperOf(t);
            if (mapper != null && !(mapper instanceof UnexpectedProblems)) {
                return mapper.toResponse(t);
            }
        }
        if (!databaseAnswers()) {
            // the server's wrapping lost the cause, but the database does not answer: nothing was saved, try again
            LOG.log(Level.WARNING, "Failure while the database is out of reach, answered 503", thrown);
            return Problem.unavailable();
        }
        return Incidents.of(thrown);
    }

    private boolean databaseAnswers() {
        return (database != null ? database : CDI.current().select(DatabaseReach.class).get()).reachable();
    }

    @SuppressWarnings("unchecked")
    private ExceptionMapper<Throwable> mapperOf(Throwable cause) {
        return (ExceptionMapper<Throwable>) providers.getExceptionMapper(cause.getClass());
    }
}
