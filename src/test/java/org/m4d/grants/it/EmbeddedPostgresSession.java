package org.m4d.grants.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Logger;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts a real PostgreSQL server (binaries from Maven) once for the integration-test run, on the
 * port the build reserved, before Arquillian starts Payara Micro against it; stops it at the end.
 * Does nothing in unit-test runs, which have no such port.
 */
public class EmbeddedPostgresSession implements LauncherSessionListener {

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresSession.class.getName());
    private EmbeddedPostgres postgres;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String port = System.getProperty("m4d.it.pg.port");
        if (port == null || postgres != null) {
            return;
        }
        try {
            long started = System.nanoTime();
            postgres = EmbeddedPostgres.builder()
                    .setPort(Integer.parseInt(port))
                    .setServerConfig("max_connections", "200")
                    // the benchmark counts SQL statements with it
                    .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                    .start();
            try (var c = postgres.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
                s.execute("ALTER USER postgres PASSWORD 'postgres'");
            }
            LOG.info(() -> String.format("PostgreSQL for the integration tests is up on port %s in %d ms",
                    port, (System.nanoTime() - started) / 1_000_000));
        } catch (IOException | java.sql.SQLException e) {
            throw new IllegalStateException("Could not start the embedded PostgreSQL server", e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            postgres = null;
        }
    }
}
