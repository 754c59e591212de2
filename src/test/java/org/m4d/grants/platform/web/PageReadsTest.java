package org.m4d.grants.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageReadsTest {

    /** Records what is done to the transaction, and the state the chain ran in. */
    private final List<String> events = new ArrayList<>();
    private int status = Status.STATUS_NO_TRANSACTION;

    private final UserTransaction transaction = new UserTransaction() {
        @Override public void begin() { events.add("begin"); status = Status.STATUS_ACTIVE; }
        @Override public void commit() { events.add("commit"); status = Status.STATUS_NO_TRANSACTION; }
        @Override public void rollback() { events.add("rollback"); status = Status.STATUS_NO_TRANSACTION; }
        @Override public void setRollbackOnly() { events.add("rollbackOnly"); }
        @Override public int getStatus() { return status; }
        @Override public void setTransactionTimeout(int seconds) { }
    };

    private final PageReads filter = new PageReads();
    private final FilterChain chain = (req, res) -> events.add("page in " + (status == Status.STATUS_ACTIVE
            ? "the request's transaction" : "no transaction"));

    PageReadsTest() {
        filter.transaction = transaction;
    }

    private static HttpServletRequest request(String method) {
        return (HttpServletRequest) Proxy.newProxyInstance(PageReadsTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, m, args) -> "getMethod".equals(m.getName()) ? method : null);
    }

    private static HttpServletResponse response() {
        return (HttpServletResponse) Proxy.newProxyInstance(PageReadsTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, m, args) -> null);
    }

    @Test
    void aPageOpenedWithGetReadsInOneTransactionThatIsRolledBack() throws Exception {
        filter.doFilter(request("GET"), response(), chain);

        assertThat(events).containsExactly("begin", "page in the request's transaction", "rollback");
    }

    @Test
    void aFormPostIsLeftToTheServicesTransactions() throws Exception {
        filter.doFilter(request("POST"), response(), chain);

        assertThat(events).containsExactly("page in no transaction");
    }

    @Test
    void aFailingPageStillEndsItsTransaction() {
        FilterChain failing = (req, res) -> {
            throw new ServletException("render failed");
        };

        assertThatThrownBy(() -> filter.doFilter(request("GET"), response(), failing))
                .hasMessage("render failed");
        assertThat(events).containsExactly("begin", "rollback");
    }

    @Test
    void aRequestAlreadyInATransactionJoinsIt() throws Exception {
        status = Status.STATUS_ACTIVE;

        filter.doFilter(request("GET"), response(), chain);

        assertThat(events).containsExactly("page in the request's transaction");
    }
}
