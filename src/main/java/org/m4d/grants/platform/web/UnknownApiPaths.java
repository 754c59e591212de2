package org.m4d.grants.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A path under {@code /api} outside the API itself ({@code /api/v1}) names nothing, whatever the
 * method: without this the container's default servlet answers OPTIONS there with 200 and a list
 * of methods, as if a resource existed. The 404 becomes problem+json through {@link ApiErrors}.
 */
@WebFilter(filterName = "unknownApiPaths", urlPatterns = "/api/*")
public class UnknownApiPaths extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The servlet path of the JAX-RS application ({@code RestApplication}). */
    static final String API = "/api/v1";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (API.equals(request.getServletPath())) {
            chain.doFilter(request, response);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
