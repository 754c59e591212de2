package org.m4d.grants.platform.infra;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.m4d.grants.platform.application.DatabaseReach;

/** The database answers when the pool gives a connection that is valid within two seconds. */
@ApplicationScoped
public class ConnectionCheck implements DatabaseReach {

    @Resource(lookup = ApplicationDataSource.JNDI_NAME)
    DataSource dataSource;

    @Override
    public boolean reachable() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }
}
