package org.m4d.grants.platform.web;

import jakarta.annotation.Resource;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.NotSupportedException;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.io.IOException;

/**
 * A page opened with GET (a page, its loading action, an attachment, an export) reads in one
 * transaction, rolled back at the end, instead of one transaction per service call and repository
 * read. A GET changes nothing, and the rollback makes sure of it. Form posts are left to the
 * services' own transactions: a change must be committed, or refused with a message, before the
 * page answering it is rendered.
 */
@WebFilter(filterName = "pageReads", urlPatterns = "/app/*")
public class PageReads extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Resource
    transient UserTransaction transaction;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!safe(request.getMethod()) || active()) {
            chain.doFilter(request, response);
            return;
        }
        begin();
        try {
            chain.doFilter(request, response);
        } finally {
            rollback();
        }
    }

    static boolean safe(String method) {
        return "GET".equals(method) || "HEAD".equals(method);
    }

    private boolean active() throws ServletException {
        try {
            return transaction.getStatus() != Status.STATUS_NO_TRANSACTION;
        } catch (SystemException e) {
            throw new ServletException("The transaction manager cannot tell the transaction's state", e);
        }
    }

    private void begin() throws ServletException {
        try {
            transaction.begin();
        } catch (NotSupportedException | SystemException e) {
            throw new ServletException("Could not begin the page's transaction", e);
        }
    }

    private void rollback() throws ServletException {
        try {
            transaction.rollback();
        } catch (SystemException | IllegalStateException e) {
            throw new ServletException("Could not end the page's transaction", e);
        }
    }
}
