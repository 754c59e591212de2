package org.m4d.grants.workflow.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** A database the engine made at FULL starts at the lean level once the stored level is aligned. */
class StoredHistoryLevelTest {

    private final JdbcDataSource dataSource = new JdbcDataSource();

    StoredHistoryLevelTest() {
        dataSource.setURL("jdbc:h2:mem:stored-history-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    }

    private ProcessEngine engineAt(String level) {
        StandaloneProcessEngineConfiguration cfg = new StandaloneProcessEngineConfiguration();
        cfg.setProcessEngineName("stored-history-" + System.nanoTime());
        cfg.setDataSource(dataSource);
        cfg.setDatabaseSchemaUpdate("true");
        cfg.setJobExecutorActivate(false);
        cfg.setCustomHistoryLevels(List.of(new LeanHistory()));
        cfg.setHistory(level);
        return cfg.buildProcessEngine();
    }

    private String stored() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement query = connection.createStatement();
             ResultSet row = query.executeQuery("SELECT VALUE_ FROM ACT_GE_PROPERTY WHERE NAME_ = 'historyLevel'")) {
            row.next();
            return row.getString(1);
        }
    }

    @Test
    void aDatabaseMadeAtFullStartsAtTheLeanLevelOnceAligned() throws SQLException {
        engineAt("full").close();
        assertThatThrownBy(() -> engineAt(LeanHistory.NAME)).isInstanceOf(ProcessEngineException.class);

        assertThat(StoredHistoryLevel.align(dataSource, StoredHistoryLevel.named(LeanHistory.NAME))).isTrue();

        ProcessEngine lean = engineAt(LeanHistory.NAME);
        lean.close();
        assertThat(stored()).isEqualTo("11");
    }

    @Test
    void aDatabaseAlreadyAtTheLevelIsLeftAsItIs() throws SQLException {
        engineAt(LeanHistory.NAME).close();

        assertThat(StoredHistoryLevel.align(dataSource, StoredHistoryLevel.named(LeanHistory.NAME))).isFalse();
        assertThat(stored()).isEqualTo("11");
    }

    @Test
    void aDatabaseWithoutTheEngineIsLeftAlone() throws SQLException {
        assertThat(StoredHistoryLevel.align(dataSource, StoredHistoryLevel.named("full"))).isFalse();
    }

    @Test
    void anUnknownLevelIsRefusedNamingTheLevelsThereAre() {
        assertThatThrownBy(() -> StoredHistoryLevel.named("everything"))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessage("Unknown history level everything: one of [none, activity, audit, full, lean]");
    }
}
