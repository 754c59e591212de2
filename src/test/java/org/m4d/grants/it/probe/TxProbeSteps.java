package org.m4d.grants.it.probe;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.m4d.grants.audit.application.AuditTrail;
import org.m4d.grants.platform.application.TenantContext;

/** Service steps of the probe processes: a JPA write in the engine's transaction, and failures. */
@Named("txProbeSteps")
@ApplicationScoped
public class TxProbeSteps {

    static final String ACTION = "TX_PROBE";
    static final String VARIABLE = "probeWrite";

    /** Per marker, the database transactions the first attempt of a step saw: engine, engine again, JPA. */
    static final Map<String, List<Long>> TRANSACTIONS_SEEN = new ConcurrentHashMap<>();

    @Inject
    AuditTrail audit;

    @Inject
    TenantContext context;

    @PersistenceContext(unitName = "m4d")
    EntityManager entities;

    @Resource
    TransactionSynchronizationRegistry transactions;

    public void write(DelegateExecution execution) {
        context.runIn(execution.getTenantId(), () -> audit.record("it-probe", ACTION, "PROBE", 0L, null, null,
                execution.getProcessBusinessKey()));
    }

    public void writeThenFail(DelegateExecution execution) {
        write(execution);
        throw new IllegalStateException("Probe failure after a JPA write");
    }

    /**
     * Writes through JPA and changes the engine's state, then fails when the transaction commits:
     * after the engine has flushed its statements, so only one transaction for both undoes them.
     * Records which database transaction the engine's and EclipseLink's connections are in.
     */
    public void writeBothThenFailAtCommit(DelegateExecution execution) {
        String marker = execution.getProcessBusinessKey();
        Connection engine = Context.getCommandContext().getDbSqlSession().getSqlSession().getConnection();
        long engineFirst = transactionOf(engine);
        write(execution);
        execution.setVariable(VARIABLE, marker);
        long engineAgain = transactionOf(engine);
        long jpa = transactionOf(entities.unwrap(Connection.class));
        TRANSACTIONS_SEEN.putIfAbsent(marker, List.of(engineFirst, engineAgain, jpa));
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                throw new IllegalStateException("Probe failure at commit, after the engine's flush");
            }

            @Override
            public void afterCompletion(int status) {
                // the failure is all this synchronization is for
            }
        });
    }

    private static long transactionOf(Connection connection) {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT txid_current()")) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
