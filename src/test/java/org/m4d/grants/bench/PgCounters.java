package org.m4d.grants.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** SQL statements (pg_stat_statements) and commits (pg_stat_database) of one database, read from PostgreSQL. */
final class PgCounters {

    private final String adminUrl;
    private final String user;
    private final String password;

    PgCounters(String adminUrl, String user, String password) {
        this.adminUrl = adminUrl;
        this.user = user;
        this.password = password;
    }

    void prepare(String database) throws SQLException {
        try (Connection c = connect(adminUrl); Statement s = c.createStatement()) {
            s.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            try (ResultSet r = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
                if (!r.next()) {
                    s.execute("CREATE DATABASE " + database);
                }
            }
        }
    }

    /** [statements, commits, rollbacks] of the database so far. */
    long[] read(String database) throws SQLException, InterruptedException {
        // a backend reports its counts once idle, at the latest 10 s after its last report (PostgreSQL 15+)
        Thread.sleep(11_000);
        try (Connection c = connect(adminUrl)) {
            long statements;
            try (PreparedStatement s = c.prepareStatement("SELECT COALESCE(SUM(s.calls), 0) FROM pg_stat_statements s "
                    + "JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = ?")) {
                s.setString(1, database);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    statements = r.getLong(1);
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT xact_commit, xact_rollback FROM pg_stat_database WHERE datname = ?")) {
                s.setString(1, database);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return new long[] {statements, r.getLong(1), r.getLong(2)};
                }
            }
        }
    }

    /** Starts pg_stat_statements afresh, so that {@link #top} shows the measured run alone. */
    void resetStatements() throws SQLException {
        try (Connection c = connect(adminUrl); Statement s = c.createStatement()) {
            s.execute("SELECT pg_stat_statements_reset()");
        }
    }

    /** The statements of a database run most often since the reset, with their calls, most first. */
    String top(String database, int count) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (Connection c = connect(adminUrl); PreparedStatement s = c.prepareStatement("SELECT s.calls, "
                + "round(s.total_exec_time::numeric, 1), left(regexp_replace(s.query, '\\s+', ' ', 'g'), 160) "
                + "FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = ? "
                + "ORDER BY s.calls DESC LIMIT ?")) {
            s.setString(1, database);
            s.setInt(2, count);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.append(String.format(java.util.Locale.ROOT, "%8d %10s ms  %s%n", r.getLong(1),
                            r.getBigDecimal(2), r.getString(3)));
                }
            }
        }
        return out.toString();
    }

    /** The history level the engine of a database runs at, as Camunda names it ("full", "activity"). */
    String historyLevel(String database) throws SQLException {
        try (Connection c = connect(adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + database);
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT value_ FROM act_ge_property WHERE name_ = 'historyLevel'")) {
            if (!r.next()) {
                throw new IllegalStateException("No engine in database " + database);
            }
            return switch (r.getString(1)) {
                case "0" -> "none";
                case "1" -> "activity";
                case "2" -> "audit";
                case "3" -> "full";
                case "11" -> "lean";
                default -> throw new IllegalStateException("History level " + r.getString(1) + " is not Camunda's");
            };
        }
    }

    private Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }
}
