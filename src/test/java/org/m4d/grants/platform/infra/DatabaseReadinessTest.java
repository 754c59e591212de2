package org.m4d.grants.platform.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

/** The database check is up only with a valid connection; an unreachable database is down, not an error. */
class DatabaseReadinessTest {

    /** A data source whose connections are valid or not, or that gives none at all. */
    private static DataSource dataSource(Boolean valid) {
        Connection connection = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "isValid" -> valid;
                    case "close" -> null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("getConnection")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    if (valid == null) {
                        throw new SQLException("Connection refused", "08001");
                    }
                    return connection;
                });
    }

    private static HealthCheckResponse check(Boolean valid) {
        ConnectionCheck connection = new ConnectionCheck();
        connection.dataSource = dataSource(valid);
        DatabaseReadiness check = new DatabaseReadiness();
        check.database = connection;
        return check.call();
    }

    @Test
    void aValidConnectionIsUp() {
        assertThat(check(true).getName()).isEqualTo("database");
        assertThat(check(true).getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
    }

    @Test
    void anInvalidConnectionOrNoneIsDown() {
        assertThat(check(false).getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(check(null).getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
    }

    @Test
    void theApplicationIsAliveWhateverTheDatabaseSays() {
        HealthCheckResponse live = new Liveness().call();
        assertThat(live.getName()).isEqualTo("application");
        assertThat(live.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
    }
}
