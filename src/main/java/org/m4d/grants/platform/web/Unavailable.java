package org.m4d.grants.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.m4d.grants.platform.application.DatabaseOutage;

/**
 * The answer to a request the database could not serve because it is out of reach
 * ({@link DatabaseOutage}), given before or around the pages and resources (the sign-in mechanism,
 * the container's error dispatch): 503 with {@code Retry-After}, in problem+json under
 * {@code /api/} and as the page {@code error/503.html} elsewhere. Nothing was saved, so the same
 * request may simply be sent again.
 */
public final class Unavailable {

    /**
     * Set on a sign-in request the database could not check, so that the sign-in page says so
     * instead of "wrong password".
     */
    public static final String SIGN_IN_UNCHECKED = "m4d.signInUnchecked";

    private Unavailable() {
    }

    /** Answers 503 for the request; the response is committed when this returns. */
    public static void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
        if (ApiErrors.isApi(request.getRequestURI(), request)) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(ApiErrors.body(HttpServletResponse.SC_SERVICE_UNAVAILABLE));
            response.flushBuffer();
        } else {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }
}
