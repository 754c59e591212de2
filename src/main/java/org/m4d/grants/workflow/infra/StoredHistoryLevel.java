package org.m4d.grants.workflow.infra;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.history.HistoryLevel;

/**
 * The history level an existing engine database remembers, brought in line with the configured
 * one before the engine starts: the engine refuses to start on a database made at another level,
 * and a change of level (docs/adr/0017-engine-history-level.md) must not need a new database.
 * History already written stays; only what is written from now on follows the new level.
 */
final class StoredHistoryLevel {

    static final List<HistoryLevel> LEVELS = List.of(HistoryLevel.HISTORY_LEVEL_NONE,
            HistoryLevel.HISTORY_LEVEL_ACTIVITY, HistoryLevel.HISTORY_LEVEL_AUDIT, HistoryLevel.HISTORY_LEVEL_FULL,
            new LeanHistory());

    private StoredHistoryLevel() {
    }

    static HistoryLevel named(String name) {
        return LEVELS.stream().filter(level -> level.getName().equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new ProcessEngineException("Unknown history level " + name + ": one of "
                        + LEVELS.stream().map(HistoryLevel::getName).toList()));
    }

    /** Returns whether the stored level was changed; a database without the engine's tables is left alone. */
    static boolean align(DataSource dataSource, HistoryLevel level) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (!hasPropertyTable(connection.getMetaData())) {
                return false;
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE ACT_GE_PROPERTY SET VALUE_ = ? WHERE NAME_ = 'historyLevel' AND VALUE_ <> ?")) {
                String id = Integer.toString(level.getId());
                update.setString(1, id);
                update.setString(2, id);
                return update.executeUpdate() > 0;
            }
        }
    }

    private static boolean hasPropertyTable(DatabaseMetaData meta) throws SQLException {
        for (String name : List.of("ACT_GE_PROPERTY", "ACT_GE_PROPERTY".toLowerCase(Locale.ROOT))) {
            try (ResultSet tables = meta.getTables(null, null, name, null)) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
