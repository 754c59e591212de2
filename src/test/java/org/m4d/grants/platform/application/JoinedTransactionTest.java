package org.m4d.grants.platform.application;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionRequiredException;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.TransactionalException;
import org.junit.jupiter.api.Test;

/** A bean that joins the caller's transaction refuses to work outside one, as MANDATORY does. */
class JoinedTransactionTest {

    private static JoinedTransaction with(int status) {
        JoinedTransaction joined = new JoinedTransaction();
        joined.registry = new TransactionSynchronizationRegistry() {
            @Override
            public int getTransactionStatus() {
                return status;
            }

            @Override
            public Object getTransactionKey() {
                return null;
            }

            @Override
            public void putResource(Object key, Object value) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Object getResource(Object key) {
                return null;
            }

            @Override
            public void registerInterposedSynchronization(Synchronization sync) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void setRollbackOnly() {
                throw new UnsupportedOperationException();
            }

            @Override
            public boolean getRollbackOnly() {
                return false;
            }
        };
        return joined;
    }

    @Test
    void anActiveTransactionIsJoined() {
        assertThatCode(() -> with(Status.STATUS_ACTIVE).require("An audit entry")).doesNotThrowAnyException();
    }

    @Test
    void withoutATransactionTheWorkIsRefusedAsMandatoryWouldRefuseIt() {
        assertThatThrownBy(() -> with(Status.STATUS_NO_TRANSACTION).require("Queueing a mail"))
                .isInstanceOf(TransactionalException.class)
                .hasMessage("Queueing a mail joins the caller's transaction and there is none")
                .hasCauseInstanceOf(TransactionRequiredException.class);
    }

    @Test
    void aTransactionMarkedForRollbackIsJoinedAsMandatoryJoinsIt() {
        assertThatCode(() -> with(Status.STATUS_MARKED_ROLLBACK).require("An audit entry")).doesNotThrowAnyException();
    }
}
