package org.m4d.grants.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A PostgreSQL server of a fault test's own (binaries from Maven, like the run's shared one), which the test
 * may stop and start again on the same port and data: the nodes it serves see the database go away and
 * come back. Its data lives in {@code target/fault-db/NAME} until the next run.
 */
public final class FaultDatabase implements AutoCloseable {

    private final Path data;
    private final int port;
    private final Path binaries;
    private EmbeddedPostgres server;

    private FaultDatabase(Path data, int port, Path binaries) {
        this.data = data;
        this.port = port;
        this.binaries = binaries;
    }

    /** A fresh server (its data directory emptied), with user postgres / postgres. */
    public static FaultDatabase start(String name) {
        return start(name, null);
    }

    /**
     * A fresh server of the major version of the machine's {@code pg_dump} and {@code pg_restore} (Debian's
     * postgresql-client, 15), which refuse a newer server: the backup and restore test runs on it. Its binaries
     * are the jar the build copies to {@code target/pg-dump-server.jar}.
     */
    public static FaultDatabase startForDump(String name) {
        return start(name, target().resolve("pg-dump-server.jar"));
    }

    private static FaultDatabase start(String name, Path binaries) {
        FaultDatabase db = new FaultDatabase(target().resolve("fault-db").resolve(name), NodeProcess.freePort(), binaries);
        db.launch(true);
        try (Connection c = db.connect("postgres"); Statement s = c.createStatement()) {
            s.execute("ALTER USER postgres PASSWORD 'postgres'");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return db;
    }

    private static Path target() {
        return Path.of(System.getProperty("m4d.war", "target/m4d-grants.war")).toAbsolutePath().getParent();
    }

    /**
     * Starts the server on the data directory, emptied first when {@code clean}. The builder is never asked to
     * clean: it would delete the data directory again when the server is closed, and {@link #restart()} would
     * then find an empty cluster, without the test's databases.
     */
    private void launch(boolean clean) {
        try {
            if (clean && Files.exists(data)) {
                try (var files = Files.walk(data)) {
                    for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        if (!file.equals(data)) {
                            Files.delete(file);
                        }
                    }
                }
            }
            Files.createDirectories(data);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (binaries != null) {
                builder.setPgBinaryResolver((system, hardware) -> {
                    ZipFile jar = new ZipFile(binaries.toFile());
                    ZipEntry entry = jar.stream().filter(e -> e.getName().endsWith(".txz")).findFirst().orElse(null);
                    if (entry == null) {
                        jar.close();
                        throw new IOException("No PostgreSQL binaries for " + system + "-" + hardware + " in " + binaries);
                    }
                    return new FilterInputStream(jar.getInputStream(entry)) {
                        @Override
                        public void close() throws IOException {
                            super.close();
                            jar.close();
                        }
                    };
                });
            }
            server = builder
                    .setDataDirectory(data)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setServerConfig("max_connections", "200")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start PostgreSQL on port " + port, e);
        }
    }

    /** Stops the server (fast shutdown: every connection is cut); its data stays. */
    public void stop() {
        try {
            server.close();
            server = null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the stopped server again, on the same port and data. */
    public void restart() {
        launch(false);
    }

    public boolean running() {
        return server != null;
    }

    public int port() {
        return port;
    }

    /** The JDBC URL of a database of this server, for a node's {@code DB_URL}. */
    public String url(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(url(database), "postgres", "postgres");
    }

    /** Creates an empty database on this server. */
    public void create(String database) {
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A count read through a connection of its own. */
    public long count(String database, String sql, Object... params) {
        try (Connection c = connect(database); var s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (var r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (server != null) {
            stop();
        }
    }
}
