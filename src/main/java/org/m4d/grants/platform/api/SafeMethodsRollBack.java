package org.m4d.grants.platform.api;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.ws.rs.GET;

/**
 * Marks the request transaction of a GET for rollback when the resource method is done. A GET
 * reads; ending it with a rollback makes sure nothing it touched is ever written, and leaves the
 * database's commit count to the requests that change something. Runs inside the transaction
 * interceptor (a higher priority than its {@code PLATFORM_BEFORE + 200}).
 */
@Interceptor
@SafeMethodsWriteNothing
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 300)
public class SafeMethodsRollBack {

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    @AroundInvoke
    public Object readOnly(InvocationContext call) throws Exception {
        try {
            return call.proceed();
        } finally {
            if (call.getMethod().isAnnotationPresent(GET.class) && transactions.getTransactionKey() != null) {
                transactions.setRollbackOnly();
            }
        }
    }
}
