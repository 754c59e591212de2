package org.m4d.grants.platform.application;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import jakarta.persistence.PessimisticLockException;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionalException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import javax.transaction.xa.XAException;
import org.junit.jupiter.api.Test;

/** What says "the database is out of reach", however deeply the container wrapped it, and what does not. */
class DatabaseOutageTest {

    @Test
    void aLostConnectionIsRecognisedBySqlStateOrTypeAnywhereInTheChain() {
        // pgjdbc: refused (08001), cut while in use (08006), the server shutting down (57P01), not yet started (57P03)
        assertThat(DatabaseOutage.in(new SQLException("Connection to localhost:5432 refused", "08001"))).isTrue();
        assertThat(DatabaseOutage.in(new SQLException("An I/O error occurred while sending to the backend", "08006"))).isTrue();
        assertThat(DatabaseOutage.in(new SQLException("terminating connection due to administrator command", "57P01"))).isTrue();
        assertThat(DatabaseOutage.in(new SQLException("the database system is starting up", "57P03"))).isTrue();
        assertThat(DatabaseOutage.in(new SQLTransientConnectionException("pool timeout"))).isTrue();
        // as JPA and JTA hand it to the API: a commit that failed on a cut connection
        assertThat(DatabaseOutage.in(new TransactionalException("commit failed",
                new PersistenceException(new SQLException("I/O error", "08006"))))).isTrue();
        // a lock request whose connection died is an outage, not a conflict
        assertThat(DatabaseOutage.in(new PessimisticLockException(new SQLException("I/O error", "08006")))).isTrue();
    }

    @Test
    void aCommitTheDatabaseFailedIsAnOutageAndARollbackVerdictIsNot() {
        // Payara: the connection ended at commit; the resource manager's error, no cause kept
        XAException failedCommit = new XAException("jakarta.resource.spi.LocalTransactionException: FATAL: terminating connection");
        failedCommit.errorCode = XAException.XAER_RMERR;
        SystemException system = new SystemException();
        system.initCause(failedCommit);
        assertThat(DatabaseOutage.in(new TransactionalException("commit failed", system))).isTrue();
        XAException unavailable = new XAException(XAException.XAER_RMFAIL);
        assertThat(DatabaseOutage.in(unavailable)).isTrue();
        // a transaction rolled back for a deadlock is the request's to send again, not an outage
        assertThat(DatabaseOutage.in(new XAException(XAException.XA_RBDEADLOCK))).isFalse();
    }

    @Test
    void theDriversNextExceptionCountsToo() {
        SQLException batch = new SQLException("Batch entry 0 was aborted", "XX000");
        batch.setNextException(new SQLException("An I/O error occurred while sending to the backend", "08006"));
        assertThat(DatabaseOutage.in(batch)).isTrue();
    }

    @Test
    void theRequestsOwnFaultsAreNoOutage() {
        assertThat(DatabaseOutage.in(new SQLException("duplicate key value violates unique constraint", "23505"))).isFalse();
        assertThat(DatabaseOutage.in(new SQLException("could not obtain lock on row", "55P03"))).isFalse();
        assertThat(DatabaseOutage.in(new SQLException("no state"))).isFalse();
        assertThat(DatabaseOutage.in(new PersistenceException(new IllegalStateException("bug")))).isFalse();
        assertThat(DatabaseOutage.in(null)).isFalse();
    }

    @Test
    void aCycleOfCausesEnds() {
        SQLException first = new SQLException("first", "XX000");
        RuntimeException second = new RuntimeException(first);
        first.initCause(second);
        assertThat(DatabaseOutage.in(second)).isFalse();
    }
}
