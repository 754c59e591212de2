package org.m4d.grants.platform.infra;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A plain {@link DataSource} that chooses the JDBC driver from the URL, so that one
 * {@code @DataSourceDefinition} runs the app on H2 (the embedded default) or on PostgreSQL.
 * Payara pools these connections and enlists them in JTA transactions.
 */
public class RoutingDataSource implements DataSource {

    private static final Map<String, String> DRIVERS = Map.of(
            "jdbc:postgresql:", "org.postgresql.Driver",
            "jdbc:h2:", "org.h2.Driver");

    static final String CONNECT_TIMEOUT_SECONDS = "5";

    private String url;
    private String user;
    private String password;
    private int loginTimeout;
    private PrintWriter logWriter;

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    /** Payara passes the URL under this name too. */
    public void setURL(String url) {
        this.url = url;
    }

    public String getURL() {
        return url;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPassword() {
        return password;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(user, password);
    }

    @Override
    public Connection getConnection(String username, String secret) throws SQLException {
        Connection connection = driver().connect(url, properties(url, username, secret));
        if (connection == null) {
            throw new SQLException("No driver accepts the database URL configured in DB_URL");
        }
        return connection;
    }

    /**
     * What the driver is given beside the URL. PostgreSQL gets a connect timeout unless the URL sets
     * one: while the database host does not answer at all (not even with a refusal), a new connection
     * then fails after {@value #CONNECT_TIMEOUT_SECONDS} s instead of the operating system's minutes,
     * so requests and {@code /health/ready} answer 503 at once and the pool reconnects as soon as the
     * database is back (docs/operations.md, "When the database goes away").
     */
    static Properties properties(String url, String username, String secret) {
        Properties props = new Properties();
        if (username != null) {
            props.setProperty("user", username);
        }
        if (secret != null) {
            props.setProperty("password", secret);
        }
        if (url != null && url.startsWith("jdbc:postgresql:") && !url.contains("connectTimeout=")) {
            props.setProperty("connectTimeout", CONNECT_TIMEOUT_SECONDS);
        }
        return props;
    }

    private Driver driver() throws SQLException {
        if (url == null) {
            throw new SQLException("No database URL configured (DB_URL)");
        }
        String className = DRIVERS.entrySet().stream()
                .filter(e -> url.startsWith(e.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseThrow(() -> new SQLException("Unsupported database URL; use jdbc:postgresql: or jdbc:h2:"));
        try {
            return (Driver) Class.forName(className, true, RoutingDataSource.class.getClassLoader())
                    .getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new SQLException("JDBC driver " + className + " is not available", e);
        }
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("Not a wrapper for " + iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
