package org.m4d.grants.platform.infra;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * Turns off EclipseLink's query retry. By default, a query that fails because the connection was
 * lost is sent again on a new connection, up to three times, five seconds apart: outside a
 * transaction it might repeat a write whose first attempt reached the database, and in one it only
 * delays the answer while the database is out of reach. A failed step fails at once, the JTA
 * transaction rolls back as a whole, and the client is told 503 to send the same request again
 * (platform.application.DatabaseOutage). Named in persistence.xml.
 */
public class NoQueryRetry implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(0);
        }
    }
}
