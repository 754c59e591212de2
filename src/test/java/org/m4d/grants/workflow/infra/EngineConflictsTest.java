package org.m4d.grants.workflow.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.junit.jupiter.api.Test;
import org.m4d.grants.platform.domain.ConflictException;

/** The engine's optimistic-locking failure leaves the workflow as the application's conflict. */
class EngineConflictsTest {

    private static Throwable callThrowing(RuntimeException failure) {
        return catchThrowable(() -> new EngineConflicts().translate(new Call(() -> {
            throw failure;
        })));
    }

    @Test
    void anOptimisticLockingFailureBecomesAConflictWithItsTranslatedMessage() {
        Throwable thrown = callThrowing(new OptimisticLockingException("ENGINE-03005 Execution of 'UPDATE TaskEntity'"));
        assertThat(thrown).isExactlyInstanceOf(ConflictException.class)
                .hasMessage("Someone else changed this meanwhile; reload and try again");
        assertThat(((ConflictException) thrown).messageKey()).isEqualTo("error.changedMeanwhile");
    }

    @Test
    void otherFailuresPassUnchanged() {
        IllegalStateException other = new IllegalStateException("no");
        assertThat(callThrowing(other)).isSameAs(other);
    }

    /** The intercepted call: only proceed() matters here. */
    private record Call(Callable<Object> body) implements InvocationContext {
        @Override
        public Object proceed() throws Exception {
            return body.call();
        }

        @Override
        public Object getTarget() {
            return null;
        }

        @Override
        public Object getTimer() {
            return null;
        }

        @Override
        public Method getMethod() {
            return null;
        }

        @Override
        public Constructor<?> getConstructor() {
            return null;
        }

        @Override
        public Object[] getParameters() {
            return new Object[0];
        }

        @Override
        public void setParameters(Object[] params) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<String, Object> getContextData() {
            return new HashMap<>();
        }
    }
}
