package org.m4d.grants.platform.application;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import javax.transaction.xa.XAException;

/**
 * Recognises a failure that only says the database is out of reach (stopped, restarting, the
 * connection cut, no connection to be had from the pool), as opposed to a fault of the request or
 * of the code. Such a failure rolled the transaction back and nothing was saved, so the API answers
 * 503 with {@code Retry-After} and the pages a "try again shortly" page instead of an incident: the
 * same request succeeds once the database is back (docs/operations.md, "When the database goes
 * away"). EclipseLink's DatabaseException and the pool's exceptions carry the driver's
 * SQLException as their cause, so the chain is walked; exceptions are recognised by SQL state and
 * by name, so the application layer depends on neither the driver, EclipseLink nor the server.
 */
public final class DatabaseOutage {

    /** Seconds a client should wait before it retries, sent as {@code Retry-After}. */
    public static final int RETRY_AFTER_SECONDS = 30;

    /** What an API client is told with the 503, by the resources' mappers and the servlet filters alike. */
    public static final String DETAIL =
            "The database cannot be reached just now; nothing was saved. Send the same request again later";

    /** PostgreSQL's admin_shutdown, crash_shutdown and cannot_connect_now: the server is going or not yet there. */
    private static final Set<String> SERVER_GOING = Set.of("57P01", "57P02", "57P03");

    /**
     * The pool's own words for "no connection could be had": Payara's connector layer wraps the
     * driver's refusal in these, and loses the SQL state on the way in some paths.
     */
    private static final Set<String> POOL_FAILURES = Set.of(
            "jakarta.resource.spi.ResourceAllocationException",
            "com.sun.appserv.connectors.internal.api.PoolingException");

    private DatabaseOutage() {
    }

    /** Whether {@code failure}, or anything in its chain of causes, says the database is out of reach. */
    public static boolean in(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (lostConnection(t)) {
                return true;
            }
            if (t instanceof SQLException sql) {
                for (SQLException next = sql.getNextException(); next != null && seen.put(next, Boolean.TRUE) == null;
                        next = next.getNextException()) {
                    if (lostConnection(next)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean lostConnection(Throwable t) {
        if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
            return true;
        }
        if (t instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            // class 08: connection exception (refused, cut, failure while sending or receiving)
            return state.startsWith("08") || SERVER_GOING.contains(state);
        }
        if (t instanceof XAException xa) {
            // the connector's commit of the one-phase local transaction failed in the database itself: Payara
            // wraps the driver's failure (e.g. "terminating connection due to administrator command") in an
            // XAException with the resource manager's error code and no cause; the transaction did not commit
            return xa.errorCode == XAException.XAER_RMERR || xa.errorCode == XAException.XAER_RMFAIL;
        }
        return POOL_FAILURES.contains(t.getClass().getName());
    }
}
