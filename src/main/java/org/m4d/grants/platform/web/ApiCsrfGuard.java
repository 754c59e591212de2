package org.m4d.grants.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Keeps other sites from using the API through the user's browser. The API takes HTTP Basic, which
 * a browser resends by itself, and a signed-in session cookie; a page of another site can still
 * make the browser send a form (urlencoded, multipart or text/plain: the only bodies a cross-site
 * form or a "simple" request may carry without a CORS preflight, which we never allow). So a
 * state-changing request with such a body, or one the browser marks as coming from another site,
 * is refused with 403 before it reaches a resource. JSON bodies and bodiless POSTs from our own
 * pages and from API clients pass. {@code X-Forwarded-Host} names the host only behind a trusted
 * proxy ({@link TrustedProxy}): otherwise a script could send it to match its own Origin.
 */
@WebFilter(filterName = "apiCsrfGuard", urlPatterns = "/api/*")
public class ApiCsrfGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Set<String> FORM_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data",
            "text/plain");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String host = TrustedProxy.host(request, TrustedProxy.configured());
        String refusal = refusal(request.getMethod(), request.getContentType(), request.getHeader("Sec-Fetch-Site"),
                request.getHeader("Origin"), host);
        if (refusal == null) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,\"detail\":\""
                + refusal + "\"}");
    }

    /**
     * Why a request is refused, or null when it may pass. The reasons are fixed texts (no input
     * echoed), so they go into the JSON body as they are.
     */
    static String refusal(String method, String contentType, String fetchSite, String origin, String host) {
        if (method == null || SAFE_METHODS.contains(method.toUpperCase(Locale.ROOT))) {
            return null;
        }
        if (contentType != null && FORM_TYPES.contains(mediaType(contentType))) {
            return "The API takes JSON; form submissions are refused (cross-site request protection)";
        }
        if ("cross-site".equalsIgnoreCase(fetchSite)) {
            return "Requests from other sites are refused (cross-site request protection)";
        }
        if (origin != null && !sameAuthority(origin, host)) {
            return "Requests from other origins are refused (cross-site request protection)";
        }
        return null;
    }

    private static String mediaType(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether an Origin names the host the request was sent to. The scheme is not compared: behind a
     * TLS proxy the browser's origin is https while the request reaches us over http.
     */
    static boolean sameAuthority(String origin, String host) {
        if (host == null || host.isBlank()) {
            return false;
        }
        try {
            URI uri = URI.create(origin.trim());
            if (uri.getHost() == null) {
                return false; // "null" from sandboxed frames, file: pages and the like
            }
            return authority(uri.getHost(), uri.getPort(), uri.getScheme()).equals(hostAuthority(host, uri.getScheme()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String hostAuthority(String host, String scheme) {
        String value = host.split(",")[0].trim();
        int colon = value.lastIndexOf(':');
        if (colon > 0 && value.indexOf(']') < colon) {
            try {
                return authority(value.substring(0, colon), Integer.parseInt(value.substring(colon + 1)), scheme);
            } catch (NumberFormatException e) {
                return value.toLowerCase(Locale.ROOT);
            }
        }
        return authority(value, -1, scheme);
    }

    private static String authority(String host, int port, String scheme) {
        int effective = port >= 0 ? port : "https".equalsIgnoreCase(scheme) ? 443 : 80;
        return host.toLowerCase(Locale.ROOT) + ":" + effective;
    }
}
