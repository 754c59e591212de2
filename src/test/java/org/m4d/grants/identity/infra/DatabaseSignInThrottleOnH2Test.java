package org.m4d.grants.identity.infra;

import java.time.Clock;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;

/** The app's throttle on H2, the database of the run command (config/README.md), with the app's schema. */
class DatabaseSignInThrottleOnH2Test extends SignInThrottleContract {

    private static JdbcDataSource dataSource;

    @BeforeAll
    static void database() {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:throttle-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").table("m4d_schema_history")
                .load().migrate();
    }

    @Override
    SignInThrottle freshThrottle(Clock clock) {
        return DatabaseSignInThrottleTest.emptied(dataSource, clock);
    }
}
