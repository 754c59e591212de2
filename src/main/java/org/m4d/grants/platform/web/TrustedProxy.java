package org.m4d.grants.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Whether the app may believe the {@code X-Forwarded-Host} and {@code X-Forwarded-Proto} headers.
 * Any client can send them, so they count only when the operator says a reverse proxy in front of
 * the app sets them ({@code m4d.proxy.trusted}, default off); otherwise the request's own
 * {@code Host} and scheme decide.
 */
public final class TrustedProxy {

    static final String PROPERTY = "m4d.proxy.trusted";

    private TrustedProxy() {
    }

    /** The operator's setting, read on each call so a test or a restart sees a change. */
    public static boolean configured() {
        try {
            return ConfigProvider.getConfig().getOptionalValue(PROPERTY, Boolean.class).orElse(false);
        } catch (IllegalStateException e) {
            return false; // no config runtime (unit tests): the safe default
        }
    }

    /** Whether the browser reached us over TLS: directly, or through a trusted proxy that says so. */
    public static boolean secure(HttpServletRequest request, boolean trusted) {
        return request.isSecure() || trusted && "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
    }

    /** The host the browser sent the request to. */
    public static String host(HttpServletRequest request, boolean trusted) {
        String forwarded = trusted ? request.getHeader("X-Forwarded-Host") : null;
        return forwarded != null ? forwarded : request.getHeader("Host");
    }
}
