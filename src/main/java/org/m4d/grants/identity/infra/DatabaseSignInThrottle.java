package org.m4d.grants.identity.infra;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.m4d.grants.platform.infra.ApplicationDataSource;

/**
 * The app's sign-in throttle, in the database (tables {@code sign_in_failure} and {@code sign_in_lock}), so that
 * five failures spread over two nodes lock the name on both (docs/adr/0029). A failure is counted in a short
 * transaction of its own that locks the name's row first, so that failures counted at once on two nodes are
 * counted one after the other and none is lost. Times are the node's clock, kept in UTC. Rows of names that are
 * neither counted nor locked any more are deleted about once a minute per node, so a flood of guessed names
 * leaves at most a window's worth of rows.
 * <p>
 * Outside any caller's transaction: a failed sign-in is counted even when the request that made it rolls back.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class DatabaseSignInThrottle implements SignInThrottle {

    private static final Logger LOG = Logger.getLogger(DatabaseSignInThrottle.class.getName());
    static final Duration PURGE_EVERY = Duration.ofMinutes(1);
    private static final int TRIES = 3;

    @Resource(lookup = ApplicationDataSource.JNDI_NAME)
    DataSource dataSource;

    private final Clock clock;
    private final AtomicReference<Instant> purged = new AtomicReference<>(Instant.MIN);

    public DatabaseSignInThrottle() {
        this(null, Clock.systemUTC());
    }

    DatabaseSignInThrottle(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @Override
    public boolean allows(String username) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT locked_until FROM sign_in_lock WHERE username = ?")) {
            select.setString(1, SignInThrottle.key(username));
            try (ResultSet row = select.executeQuery()) {
                Instant until = row.next() ? instant(row.getObject(1, LocalDateTime.class)) : null;
                return until == null || !clock.instant().isBefore(until);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The sign-in throttle could not be read", e);
        }
    }

    @Override
    public void failed(String username) {
        String key = SignInThrottle.key(username);
        Instant now = clock.instant();
        purgeNowAndThen(now);
        try (Connection connection = dataSource.getConnection()) {
            for (int i = 0; i < TRIES; i++) {
                ensureRow(connection, key);
                if (count(connection, key, now)) {
                    return;
                }
            }
            throw new IllegalStateException("The sign-in throttle's row for a name kept disappearing");
        } catch (SQLException e) {
            throw new IllegalStateException("A failed sign-in could not be counted", e);
        }
    }

    @Override
    public void succeeded(String username) {
        String key = SignInThrottle.key(username);
        try (Connection connection = dataSource.getConnection()) {
            update(connection, "DELETE FROM sign_in_failure WHERE username = ?", key);
            update(connection, "DELETE FROM sign_in_lock WHERE username = ?", key);
        } catch (SQLException e) {
            throw new IllegalStateException("A sign-in could not be recorded", e);
        }
    }

    /** Counts one failure under the name's row lock; false when the row was purged meanwhile (then try again). */
    private boolean count(Connection connection, String key, Instant now) throws SQLException {
        connection.setAutoCommit(false);
        try {
            Optional<Instant> row = lockRow(connection, key);
            if (row == null) {
                connection.rollback();
                return false;
            }
            Instant lockedUntil = row.orElse(null);
            if (lockedUntil != null && now.isBefore(lockedUntil)) {
                // attempts during the lock do not prolong it
                connection.commit();
                return true;
            }
            update(connection, "DELETE FROM sign_in_failure WHERE username = ? AND failed_at <= ?", key, time(now.minus(WINDOW)));
            update(connection, "INSERT INTO sign_in_failure (username, failed_at) VALUES (?, ?)", key, time(now));
            long failures;
            try (PreparedStatement select = connection.prepareStatement("SELECT count(*) FROM sign_in_failure WHERE username = ?")) {
                select.setString(1, key);
                try (ResultSet result = select.executeQuery()) {
                    result.next();
                    failures = result.getLong(1);
                }
            }
            if (failures >= MAX_FAILURES) {
                update(connection, "DELETE FROM sign_in_failure WHERE username = ?", key);
                update(connection, "UPDATE sign_in_lock SET locked_until = ? WHERE username = ?", time(now.plus(LOCK)), key);
            } else if (lockedUntil != null) {
                update(connection, "UPDATE sign_in_lock SET locked_until = NULL WHERE username = ?", key);
            }
            connection.commit();
            return true;
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** The name's lock time (empty when not locked), its row locked until commit; null when there is no row. */
    private static Optional<Instant> lockRow(Connection connection, String key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT locked_until FROM sign_in_lock WHERE username = ? FOR UPDATE")) {
            select.setString(1, key);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.ofNullable(instant(row.getObject(1, LocalDateTime.class))) : null;
            }
        }
    }

    /** Makes the name's row, on its own (autocommitted); another node making it at the same moment is fine. */
    private static void ensureRow(Connection connection, String key) throws SQLException {
        try {
            update(connection, "INSERT INTO sign_in_lock (username) SELECT CAST(? AS VARCHAR(100)) WHERE NOT EXISTS"
                    + " (SELECT 1 FROM sign_in_lock WHERE username = ?)", key, key);
        } catch (SQLException e) {
            if (!"23505".equals(e.getSQLState())) {
                throw e;
            }
        }
    }

    /** Deletes what no longer counts, at most once a {@link #PURGE_EVERY} on this node; best effort. */
    private void purgeNowAndThen(Instant now) {
        Instant last = purged.get();
        if (last.isAfter(now.minus(PURGE_EVERY)) || !purged.compareAndSet(last, now)) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            update(connection, "DELETE FROM sign_in_failure WHERE failed_at <= ?", time(now.minus(WINDOW)));
            update(connection, "DELETE FROM sign_in_lock WHERE (locked_until IS NULL OR locked_until <= ?) AND NOT EXISTS"
                    + " (SELECT 1 FROM sign_in_failure f WHERE f.username = sign_in_lock.username)", time(now));
        } catch (SQLException e) {
            // a name being counted at this moment may hold a row: the next purge takes it
            LOG.log(Level.FINE, "The sign-in throttle's purge was left for later", e);
        }
    }

    private static int update(Connection connection, String sql, Object... params) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            return statement.executeUpdate();
        }
    }

    private static LocalDateTime time(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime time) {
        return time == null ? null : time.toInstant(ZoneOffset.UTC);
    }
}
