package org.m4d.grants.identity.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.m4d.grants.platform.application.TenantContext;

/**
 * Sets the tenant context of a page request to the country the user works in on the pages
 * ({@link TenantSwitcher#getCurrent()}, always one they belong to), and ends every request, pages
 * and API alike, with no country left on the thread for the next request it serves.
 */
@WebFilter(filterName = "pageCountry", urlPatterns = "/*")
public class PageCountry extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient TenantSwitcher switcher;

    @Inject
    transient TenantContext context;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (path.startsWith("/app/") && request.getUserPrincipal() != null) {
                String country = switcher.getCurrent();
                if (country != null) {
                    context.enter(country);
                }
            }
            chain.doFilter(request, response);
        } finally {
            context.clear();
        }
    }
}
