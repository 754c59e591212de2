package org.m4d.grants.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.m4d.grants.platform.application.DatabaseOutage;
import org.m4d.grants.platform.application.DatabaseReach;

/**
 * Answers the container's own errors under {@code /api/} in problem+json, like every other API
 * answer. Jersey's mappers cover what reaches a resource; this covers what the container refuses
 * before or around it (a path outside {@code /api/v1}, a malformed {@code Accept} or
 * {@code Content-Type}, anything Payara turns into an error page). An exception that escaped because
 * the database is out of reach is a 503 with {@code Retry-After}, and so is any 500 while the database
 * does not answer. Pages keep their HTML error pages.
 */
@WebFilter(filterName = "apiErrors", urlPatterns = "/*", dispatcherTypes = DispatcherType.ERROR)
public class ApiErrors extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ApiErrors.class.getName());

    @Inject
    transient DatabaseReach database;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (!(uri instanceof String path) || !isApi(path, request)) {
            chain.doFilter(request, response);
            return;
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer c && c >= 400 && c < 600 ? c : 500;
        Throwable thrown = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable t ? t : null;
        if (thrown != null && DatabaseOutage.in(thrown) || status == 500 && !database.reachable()) {
            // a failure the chain does not name as the database's (the server's own wrapping of a connection
            // cut at the start of an outage) is still one when the database does not answer now: nothing was saved
            if (thrown != null && !DatabaseOutage.in(thrown)) {
                LOG.log(Level.WARNING, "Failure while the database is out of reach, answered 503", thrown);
            }
            status = HttpServletResponse.SC_SERVICE_UNAVAILABLE;
            response.setHeader("Retry-After", Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
        }
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(body(status));
    }

    /** Whether a request path is the API's. */
    static boolean isApi(String path, HttpServletRequest request) {
        String api = request.getContextPath() + "/api";
        return path.equals(api) || path.startsWith(api + "/");
    }

    /** The problem for a status; fixed texts, nothing of the request echoed. */
    static String body(int status) {
        return "{\"type\":\"about:blank\",\"title\":\"" + title(status) + "\",\"status\":" + status
                + ",\"detail\":\"" + detail(status) + "\"}";
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 413 -> "Content Too Large";
            case 414 -> "URI Too Long";
            case 415 -> "Unsupported Media Type";
            case 431 -> "Request Header Fields Too Large";
            case 503 -> "Service Unavailable";
            default -> status < 500 ? "Bad Request" : "Internal Server Error";
        };
    }

    private static String detail(int status) {
        return switch (status) {
            case 404 -> "No such resource";
            case 405 -> "This method is not allowed here";
            case 406 -> "The API answers application/json";
            case 415 -> "The API takes application/json";
            case 503 -> DatabaseOutage.DETAIL;
            default -> status < 500 ? "The request could not be read; check its headers and path"
                    : "The request could not be completed and nothing was saved";
        };
    }
}
