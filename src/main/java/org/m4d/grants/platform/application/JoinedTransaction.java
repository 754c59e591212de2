package org.m4d.grants.platform.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionRequiredException;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.TransactionalException;

/**
 * What {@code @Transactional(MANDATORY)} says, for beans that the job executor's threads call as
 * much as requests do: the caller's transaction must be active. Payara's transactional interceptor
 * keeps the state it restores on exit in a field of the interceptor, which one application-scoped
 * bean shares between threads; a job thread leaving such a bean while a request was inside it was
 * left marked as inside a transactional method, and its commit through {@code UserTransaction}
 * failed ("Operation not allowed"). A check of the registry touches no such state.
 */
@ApplicationScoped
public class JoinedTransaction {

    @Resource
    TransactionSynchronizationRegistry registry;

    /** Throws as the interceptor would when there is no transaction to join (one marked for rollback is joined). */
    public void require(String what) {
        if (registry.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            throw new TransactionalException(what + " joins the caller's transaction and there is none",
                    new TransactionRequiredException(what));
        }
    }
}
