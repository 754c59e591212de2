package org.m4d.grants.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The browser-side protections every response carries: a content security policy that PrimeFaces
 * can live with (it writes inline scripts and styles and evaluates Ajax responses), no framing at
 * all (clickjacking of the sign-in form and the pages), no MIME sniffing of attachments, no
 * referrer to other sites, HSTS behind TLS, and no caching of signed-in pages and API answers.
 */
@WebFilter(filterName = "securityHeaders", urlPatterns = "/*")
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
            + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request, response);
        chain.doFilter(request, response);
    }

    /** Sets the headers on a response; also for the answers the sign-in mechanism gives before any filter runs. */
    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean secure = TrustedProxy.secure(request, TrustedProxy.configured());
        headersFor(path, secure).forEach(response::setHeader);
    }

    /** The headers for a path inside the application, over TLS or not. */
    static Map<String, String> headersFor(String path, boolean secure) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "same-origin");
        headers.put("X-Frame-Options", "DENY");
        if (secure) {
            // a browser honours HSTS only over TLS; sent over plain HTTP it would be ignored anyway
            headers.put("Strict-Transport-Security", "max-age=31536000");
        }
        if (path.startsWith("/app/") || path.startsWith("/api/")) {
            headers.put("Cache-Control", "no-store");
            headers.put("Pragma", "no-cache");
        }
        return headers;
    }
}
