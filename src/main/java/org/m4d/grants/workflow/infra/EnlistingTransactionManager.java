package org.m4d.grants.workflow.infra;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import jakarta.transaction.InvalidTransactionException;
import jakarta.transaction.NotSupportedException;
import jakarta.transaction.RollbackException;
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

    @Override
    public void begin() throws NotSupportedException, SystemException {
        user.begin();
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
