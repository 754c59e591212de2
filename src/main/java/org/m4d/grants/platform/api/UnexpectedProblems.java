package org.m4d.grants.platform.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import org.m4d.grants.platform.application.DatabaseOutage;

/**
 * Everything no other mapper is closer to. Transactions, CDI and EJB wrap our exceptions (a
 * refusal, a lock conflict, a database constraint) in their own: the first cause another mapper
 * answers decides, unless the chain says the database is out of reach (a lost connection may come
 * wrapped in a lock or constraint failure): that is a 503. Anything else is a 500 with an incident
 * id and nothing internal.
 */
@Provider
public class UnexpectedProblems implements ExceptionMapper<Throwable> {

    @Context
    Providers providers;

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
        return Incidents.of(thrown);
    }

    @SuppressWarnings("unchecked")
    private ExceptionMapper<Throwable> mapperOf(Throwable cause) {
        return (ExceptionMapper<Throwable>) providers.getExceptionMapper(cause.getClass());
    }
}
