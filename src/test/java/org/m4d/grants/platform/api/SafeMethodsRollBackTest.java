package org.m4d.grants.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SafeMethodsRollBackTest {

    @SuppressWarnings("unused")
    static class Resource {
        @GET
        public String read() {
            return "read";
        }

        @POST
        public String write() {
            return "written";
        }
    }

    /** A transaction that only records whether it was marked for rollback. */
    private static final class Registry implements TransactionSynchronizationRegistry {
        Object key = "tx-1";
        boolean rollbackOnly;

        @Override public Object getTransactionKey() { return key; }
        @Override public void putResource(Object k, Object v) { }
        @Override public Object getResource(Object k) { return null; }
        @Override public void registerInterposedSynchronization(Synchronization s) { }
        @Override public int getTransactionStatus() { return 0; }
        @Override public void setRollbackOnly() { rollbackOnly = true; }
        @Override public boolean getRollbackOnly() { return rollbackOnly; }
    }

    private record Call(Method method, RuntimeException failure) implements InvocationContext {
        @Override public Object getTarget() { return new Resource(); }
        @Override public Object getTimer() { return null; }
        @Override public Method getMethod() { return method; }
        @Override public Constructor<?> getConstructor() { return null; }
        @Override public Object[] getParameters() { return new Object[0]; }
        @Override public void setParameters(Object[] params) { }
        @Override public Map<String, Object> getContextData() { return Map.of(); }

        @Override
        public Object proceed() {
            if (failure != null) {
                throw failure;
            }
            return method.getName();
        }
    }

    private final Registry registry = new Registry();
    private final SafeMethodsRollBack interceptor = new SafeMethodsRollBack();

    SafeMethodsRollBackTest() {
        interceptor.transactions = registry;
    }

    @Test
    void aGetAnswersAndItsTransactionIsRolledBack() throws Exception {
        Object answer = interceptor.readOnly(new Call(Resource.class.getMethod("read"), null));

        assertThat(answer).isEqualTo("read");
        assertThat(registry.rollbackOnly).isTrue();
    }

    @Test
    void aPostKeepsItsTransactionToCommit() throws Exception {
        interceptor.readOnly(new Call(Resource.class.getMethod("write"), null));

        assertThat(registry.rollbackOnly).isFalse();
    }

    @Test
    void aFailingGetIsRolledBackAndItsFailureGoesOn() throws Exception {
        IllegalStateException failure = new IllegalStateException("not there");

        assertThatThrownBy(() -> interceptor.readOnly(new Call(Resource.class.getMethod("read"), failure)))
                .isSameAs(failure);
        assertThat(registry.rollbackOnly).isTrue();
    }

    @Test
    void aGetOutsideAnyTransactionMarksNothing() throws Exception {
        registry.key = null;

        interceptor.readOnly(new Call(Resource.class.getMethod("read"), null));

        assertThat(registry.rollbackOnly).isFalse();
    }
}
