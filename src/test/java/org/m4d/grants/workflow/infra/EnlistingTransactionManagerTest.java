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
}
