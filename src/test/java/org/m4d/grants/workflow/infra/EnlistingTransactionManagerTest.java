package org.m4d.grants.workflow.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.transaction.RollbackException;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.UserTransaction;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The engine's own transactions go through UserTransaction, and through the transaction manager
 * only when Payara refuses UserTransaction on a thread its interceptor left marked.
 */
class EnlistingTransactionManagerTest {

    private final List<String> calls = new ArrayList<>();

    private <T> T recording(Class<T> type, String name, Throwable failure) {
        return type.cast(Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            calls.add(name + "." + method.getName());
            if (failure != null && (method.getName().equals("commit") || method.getName().equals("rollback"))) {
                throw failure;
            }
            return method.getReturnType() == int.class ? Status.STATUS_ACTIVE : null;
        }));
    }

    private EnlistingTransactionManager manager(Throwable userFailure) {
        return new EnlistingTransactionManager(recording(TransactionManager.class, "tm", null),
                recording(UserTransaction.class, "user", userFailure));
    }

    @Test
    void aStepBeginsAndCommitsThroughUserTransaction() throws Exception {
        EnlistingTransactionManager manager = manager(null);
        manager.begin();
        manager.commit();
        assertThat(calls).containsExactly("user.begin", "user.commit");
    }

    @Test
    void aCommitUserTransactionRefusesGoesThroughTheTransactionManager() throws Exception {
        manager(new IllegalStateException("Operation not allowed.")).commit();
        assertThat(calls).containsExactly("user.commit", "tm.commit");
    }

    @Test
    void aRollbackUserTransactionRefusesGoesThroughTheTransactionManager() throws Exception {
        manager(new IllegalStateException("Operation not allowed.")).rollback();
        assertThat(calls).containsExactly("user.rollback", "tm.rollback");
    }

    @Test
    void aCommitThatFailsIsReportedAsItFailed() {
        assertThatThrownBy(() -> manager(new RollbackException("marked for rollback")).commit())
                .isInstanceOf(RollbackException.class).hasMessage("marked for rollback");
        assertThat(calls).containsExactly("user.commit");
    }

    /** Payara's shape: the invocation of the thread, marked or not by the transactional interceptor. */
    public static final class Invocation {
        private Object transactionOperationsManager;

        public Object getTransactionOperationsManager() {
            return transactionOperationsManager;
        }

        public void setTransactionOperationsManager(Object manager) {
            this.transactionOperationsManager = manager;
        }
    }

    public static final class Invocations {
        final Invocation current = new Invocation();

        public Invocation getCurrentInvocation() {
            return current;
        }
    }

    /** Refuses begin while the thread's invocation is marked, as UserTransactionImpl does. */
    private final class MarkedUserTransaction implements UserTransaction {
        @SuppressWarnings("unused")
        private final Invocations invocationManager = new Invocations();

        @Override
        public void begin() {
            calls.add("user.begin");
            if (invocationManager.current.getTransactionOperationsManager() != null) {
                throw new IllegalStateException("Operation not allowed.");
            }
        }

        @Override
        public void commit() {
            calls.add("user.commit");
        }

        @Override
        public void rollback() {
            calls.add("user.rollback");
        }

        @Override
        public void setRollbackOnly() {
        }

        @Override
        public int getStatus() {
            return Status.STATUS_NO_TRANSACTION;
        }

        @Override
        public void setTransactionTimeout(int seconds) {
        }
    }

    private TransactionManager noTransaction() {
        return (TransactionManager) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {TransactionManager.class}, (proxy, method, args) -> {
                    calls.add("tm." + method.getName());
                    return method.getReturnType() == int.class ? Status.STATUS_NO_TRANSACTION : null;
                });
    }

    @Test
    void aBeginRefusedOnAThreadLeftMarkedClearsTheMarkAndBegins() throws Exception {
        MarkedUserTransaction user = new MarkedUserTransaction();
        user.invocationManager.current.setTransactionOperationsManager(new Object());
        new EnlistingTransactionManager(noTransaction(), user).begin();
        assertThat(calls).containsExactly("user.begin", "tm.getStatus", "user.begin");
        assertThat(user.invocationManager.current.getTransactionOperationsManager()).isNull();
    }

    @Test
    void aBeginRefusedWithoutPayarasInternalsStaysRefused() {
        UserTransaction user = (UserTransaction) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {UserTransaction.class}, (proxy, method, args) -> {
                    calls.add("user." + method.getName());
                    throw new IllegalStateException("Operation not allowed.");
                });
        assertThatThrownBy(() -> new EnlistingTransactionManager(noTransaction(), user).begin())
                .isInstanceOf(IllegalStateException.class).hasMessage("Operation not allowed.");
        assertThat(calls).containsExactly("user.begin", "tm.getStatus");
    }
}
