package org.m4d.grants.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A PostgreSQL server of a fault test's own (binaries from Maven, like the run's shared one), which the test
 * may stop and start again on the same port and data: the nodes it serves see the database go away and
 * come back. Its data lives in {@code target/fault-db/NAME} until the next run.
 */
public final class FaultDatabase implements AutoCloseable {

    private final Path data;
    private final int port;
    private EmbeddedPostgres server;

    private FaultDatabase(Path data, int port) {
        this.data = data;
        this.port = port;
    }

    /** A fresh server (its data directory emptied), with user postgres / postgres. */
    public static FaultDatabase start(String name) {
        Path target = Path.of(System.getProperty("m4d.war", "target/m4d-grants.war")).toAbsolutePath().getParent();
        FaultDatabase db = new FaultDatabase(target.resolve("fault-db").resolve(name), NodeProcess.freePort());
        db.launch(true);
        try (Connection c = db.connect("postgres"); Statement s = c.createStatement()) {
            s.execute("ALTER USER postgres PASSWORD 'postgres'");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return db;
    }

    private void launch(boolean clean) {
        try {
            Files.createDirectories(data);
            server = EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(clean)
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
