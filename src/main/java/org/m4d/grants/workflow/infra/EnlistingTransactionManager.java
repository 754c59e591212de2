package org.m4d.grants.workflow.infra;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import jakarta.transaction.InvalidTransactionException;
import jakarta.transaction.NotSupportedException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.UserTransaction;

/**
 * The container's transaction manager as the engine sees it, with the transactions the engine
 * begins itself (job-executor steps, calls made outside any transaction) begun and ended through
 * {@link UserTransaction}. Payara enlists a connection opened on a thread with an invocation context
 * (a managed thread, a request) only in the transaction that invocation knows of; a transaction
 * begun on the bare {@link TransactionManager} is unknown to it, so the engine's connection stayed
 * in autocommit while EclipseLink's joined the transaction (docs/adr/0002).
 */
final class EnlistingTransactionManager implements TransactionManager {

    private static final Logger LOG = Logger.getLogger(EnlistingTransactionManager.class.getName());

    private final TransactionManager container;
    private final UserTransaction user;

    EnlistingTransactionManager(TransactionManager container, UserTransaction user) {
        this.container = container;
        this.user = user;
    }

    /**
     * Begins through {@link UserTransaction}. A job thread that Payara's transactional interceptor left marked
     * as inside a transactional method (see platform.application.JoinedTransaction) stays marked for the
     * thread's life, since a managed thread keeps one invocation: every later job on it, and the failed-job
     * listener that would count its retries, had its begin refused, so the job stayed locked until its lock
     * time was over and failed again (110 jobs, every 5 min, in the load run of 2026-12-02). The engine
     * begins only where no transaction is active, so nothing transactional is running here: the stale mark
     * is cleared from the thread's invocation and the begin tried once more.
     */
    @Override
    public void begin() throws NotSupportedException, SystemException {
        try {
            user.begin();
        } catch (IllegalStateException refused) {
            if (container.getStatus() != Status.STATUS_NO_TRANSACTION || !clearStaleMark(user)) {
                throw refused;
            }
            LOG.info("UserTransaction refused the begin (a thread left marked by the transactional interceptor);"
                    + " the stale mark was cleared and the transaction begun");
            user.begin();
        }
    }

    /**
     * Clears the transactional interceptor's mark (its transaction operations manager) from the current
     * invocation, through Payara's own {@code UserTransactionImpl.invocationManager}; false when this is not
     * Payara's implementation or its internals changed, and the refusal then stands.
     */
    static boolean clearStaleMark(UserTransaction user) {
        try {
            Field field = null;
            for (Class<?> c = user.getClass(); c != null && field == null; c = c.getSuperclass()) {
                try {
                    field = c.getDeclaredField("invocationManager");
                } catch (NoSuchFieldException e) {
                    // look further up
                }
            }
            if (field == null) {
                return false;
            }
            field.setAccessible(true);
            Object invocations = field.get(user);
            Object invocation = invocations == null ? null : publicMethod(invocations, "getCurrentInvocation", 0)
                    .invoke(invocations);
            if (invocation == null) {
                return false;
            }
            publicMethod(invocation, "setTransactionOperationsManager", 1).invoke(invocation, (Object) null);
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.WARNING, "The transactional interceptor's mark could not be cleared", e);
            return false;
        }
    }

    /** A public method of that name and arity, declared by a public class or interface of the target. */
    private static Method publicMethod(Object target, String name, int arity) throws NoSuchMethodException {
        for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
            for (Class<?> type : withInterfaces(c)) {
                if (Modifier.isPublic(type.getModifiers())) {
                    for (Method m : type.getMethods()) {
                        if (m.getName().equals(name) && m.getParameterCount() == arity) {
                            return m;
                        }
                    }
                }
            }
        }
        throw new NoSuchMethodException(target.getClass().getName() + "." + name);
    }

    private static List<Class<?>> withInterfaces(Class<?> c) {
        List<Class<?>> types = new ArrayList<>();
        types.add(c);
        types.addAll(List.of(c.getInterfaces()));
        return types;
    }

    @Override
    public void commit() throws RollbackException, HeuristicMixedException, HeuristicRollbackException,
            SystemException {
        try {
            user.commit();
        } catch (IllegalStateException refused) {
            // Payara refuses UserTransaction on a thread its transactional interceptor left marked as
            // inside a transactional method (see platform.application.JoinedTransaction): the
            // transaction is this thread's all the same, and the transaction manager ends it
            LOG.info("UserTransaction refused the commit (a thread left marked by the transactional interceptor);"
                    + " committed through the transaction manager");
            container.commit();
        } catch (RollbackException | HeuristicMixedException | HeuristicRollbackException | SystemException
                | RuntimeException failed) {
            // the engine rolls back next, and a failure there would hide this one
            LOG.log(Level.WARNING, "A step's transaction did not commit", failed);
            throw failed;
        }
    }

    @Override
    public void rollback() throws SystemException {
        try {
            user.rollback();
        } catch (IllegalStateException refused) {
            // Payara refuses UserTransaction on a thread its transactional interceptor left marked
            // (see platform.application.JoinedTransaction); the transaction is still this thread's
            LOG.info("UserTransaction refused the rollback (a thread left marked by the transactional interceptor);"
                    + " rolled back through the transaction manager");
            container.rollback();
        }
    }

    @Override
    public int getStatus() throws SystemException {
        return container.getStatus();
    }

    @Override
    public Transaction getTransaction() throws SystemException {
        return container.getTransaction();
    }

    @Override
    public void resume(Transaction transaction) throws InvalidTransactionException, SystemException {
        container.resume(transaction);
    }

    @Override
    public void setRollbackOnly() throws SystemException {
        container.setRollbackOnly();
    }

    @Override
    public void setTransactionTimeout(int seconds) throws SystemException {
        container.setTransactionTimeout(seconds);
    }

    @Override
    public Transaction suspend() throws SystemException {
        return container.suspend();
    }
}
