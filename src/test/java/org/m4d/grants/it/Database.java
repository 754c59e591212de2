package org.m4d.grants.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A separate JDBC connection to the integration-test database: what it reads has been committed,
 * whatever the application's transactions did.
 */
public final class Database {

    /** One open connection per test thread: a new one per query cost more than the query (the corpus reads thousands). */
    private static final ThreadLocal<Connection> OPEN = new ThreadLocal<>();

    private Database() {
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getenv("DB_URL"), System.getenv("DB_USER"), System.getenv("DB_PASSWORD"));
    }

    private static Connection open() throws SQLException {
        Connection c = OPEN.get();
        if (c == null || !c.isValid(2)) {
            c = connect();
            OPEN.set(c);
        }
        return c;
    }

    public static long count(String sql, Object... params) {
        try (PreparedStatement s = open().prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String string(String sql, Object... params) {
        try (PreparedStatement s = open().prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * An amount in USD from a row: the query selects {@code amount || ' ' || usd_rate} (units of the
     * currency a dollar), divided as the app converts, to the cent, half up.
     */
    public static java.math.BigDecimal usd(String sql, Object... params) {
        String[] amountAndRate = string(sql, params).split(" ");
        return new java.math.BigDecimal(amountAndRate[0]).divide(new java.math.BigDecimal(amountAndRate[1]), 2,
                java.math.RoundingMode.HALF_UP);
    }
}
