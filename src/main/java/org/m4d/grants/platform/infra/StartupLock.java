package org.m4d.grants.platform.infra;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Start-up work done by one node at a time: the one row of {@code startup_lock} is locked in a transaction
 * of its own while the work runs, so that of two nodes started together the second waits, then finds the
 * engine's tables and models, the demo and reference data made, and makes them no second time. The schema
 * migration comes before (the row is one of its tables); Flyway keeps two nodes from migrating at once.
 */
@ApplicationScoped
public class StartupLock {

    private static final Logger LOG = Logger.getLogger(StartupLock.class.getName());

    @Resource(lookup = ApplicationDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    NodeSettings node;

    /** Runs {@code work} holding the lock; a node that dies meanwhile lets go of it with its connection. */
    public void holdWhile(Runnable work) {
        long asked = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                try (PreparedStatement lock = connection.prepareStatement("SELECT id FROM startup_lock WHERE id = 1 FOR UPDATE")) {
                    lock.executeQuery().close();
                }
                long waited = (System.nanoTime() - asked) / 1_000_000;
                LOG.info(() -> String.format("Start-up lock taken by %s after %d ms", node.name(), waited));
                try (PreparedStatement mark = connection.prepareStatement(
                        "UPDATE startup_lock SET locked_by = ?, locked_at = ? WHERE id = 1")) {
                    mark.setString(1, node.name());
                    mark.setObject(2, LocalDateTime.now(ZoneOffset.UTC));
                    mark.executeUpdate();
                }
                work.run();
                connection.commit();
            } catch (RuntimeException | SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The start-up lock could not be taken", e);
        }
    }
}
