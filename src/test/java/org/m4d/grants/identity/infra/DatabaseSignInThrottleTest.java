package org.m4d.grants.identity.infra;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The app's throttle on a real PostgreSQL with the app's own schema (all Flyway migrations), two instances
 * standing for two nodes where it matters.
 */
class DatabaseSignInThrottleTest extends SignInThrottleContract {

    private static EmbeddedPostgres postgres;
    private static DataSource dataSource;

    @BeforeAll
    static void database() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        dataSource = postgres.getPostgresDatabase();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").table("m4d_schema_history")
                .load().migrate();
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @Override
    SignInThrottle freshThrottle(Clock clock) {
        return emptied(dataSource, clock);
    }

    /** A throttle on {@code dataSource} with no failure and no lock recorded (also for the H2 variant). */
    static SignInThrottle emptied(DataSource dataSource, Clock clock) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM sign_in_failure");
            statement.execute("DELETE FROM sign_in_lock");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new DatabaseSignInThrottle(dataSource, clock);
    }

    @Test
    void failuresSeenByTwoNodesAddUpAndTheLockHoldsOnBoth() {
        SignInThrottle other = new DatabaseSignInThrottle(dataSource, clock);
        fail("np.finance", 3);
        other.failed("np.finance");
        assertThat(other.allows("np.finance")).isTrue();

        other.failed("np.finance");

        assertThat(throttle.allows("np.finance")).isFalse();
        assertThat(other.allows("np.finance")).isFalse();
    }

    @Test
    void rowsOfNamesNoLongerCountedAreDeleted() throws SQLException {
        for (int i = 0; i < 50; i++) {
            throttle.failed("guess" + i);
        }
        fail("np.finance", 5);
        clock.advance(SignInThrottle.WINDOW.plus(DatabaseSignInThrottle.PURGE_EVERY));

        throttle.failed("one.more");

        assertThat(count("SELECT count(*) FROM sign_in_failure")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM sign_in_lock")).isEqualTo(1);
        assertThat(throttle.allows("np.finance")).isTrue();
    }

    private static long count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             var result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
