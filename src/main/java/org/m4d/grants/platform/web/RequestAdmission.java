package org.m4d.grants.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Lets at most {@link #ACTIVE} requests of the app run at once; the others wait their turn, in order, for up to
 * {@link #WAIT_SECONDS} s, then are answered 503 with {@code Retry-After} (problem+json under {@code /api/}),
 * nothing done. Without it every request of a busy node ran at once, and a pool of database connections that
 * each step needs two of at a moment (docs/adr/0033) was emptied by steps that each held one and waited for
 * the other, none of them able to go on until their 60 s wait ended (the load run of 2026-12-02). The
 * connections of the requests let in and of the background threads fit the pool twice over
 * ({@code RequestAdmissionTest}). The filter comes first (web.xml), before any filter that reads; the
 * pages' static resources are let through.
 */
public class RequestAdmission extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(RequestAdmission.class.getName());

    /** Requests of the app that run at once. */
    static final int ACTIVE = 12;

    /** Threads of the app's own that use the database besides requests: 4 job threads, mail, digest, reminders. */
    static final int BACKGROUND = 7;

    /** Connections left for what reads outside a step (the sign-in check, the health check). */
    static final int SPARE = 2;

    /** How long a request waits for its turn before it is answered 503. */
    static final int WAIT_SECONDS = 20;

    /** Seconds a refused client is asked to wait before it sends again. */
    static final int RETRY_AFTER_SECONDS = 5;

    static final String DETAIL = "The service is busy just now; nothing was done. Send the same request again in a few seconds";

    private final transient Semaphore turns;
    private final long waitMillis;

    public RequestAdmission() {
        this(ACTIVE, TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
    }

    RequestAdmission(int active, long waitMillis) {
        this.turns = new Semaphore(active, true);
        this.waitMillis = waitMillis;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (isStaticResource(request)) {
            chain.doFilter(request, response);
            return;
        }
        boolean admitted;
        try {
            admitted = turns.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            LOG.warning(() -> "Busy: a request waited " + waitMillis + " ms for its turn and was answered 503: "
                    + request.getMethod() + " " + request.getRequestURI());
            busy(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            turns.release();
        }
    }

    /** Faces resources (scripts, styles, images) touch no database. */
    static boolean isStaticResource(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }

    /** 503 with Retry-After: problem+json for the API, a short page for the rest. */
    static void busy(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
        response.setCharacterEncoding("UTF-8");
        if (ApiErrors.isApi(request.getRequestURI(), request)) {
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
                    + "\"detail\":\"" + DETAIL + "\"}");
        } else {
            response.setContentType("text/html");
            response.getWriter().write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Busy - M4D Grants"
                    + "</title></head><body><h1>Busy for a moment</h1><p>M4D Grants has more requests than it can take"
                    + " just now. Nothing was saved. Please try again in a few seconds.</p></body></html>");
        }
        response.flushBuffer();
    }
}
