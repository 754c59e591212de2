package org.m4d.grants.platform.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Marks the session cookie {@code Secure} when the app sits behind a trusted TLS proxy. Payara
 * already sets {@code Secure} on a request that arrived over TLS, but behind a proxy every request
 * arrives over plain HTTP, and the container writes the cookie before any filter of ours could
 * change it. An operator who trusts a proxy ({@code m4d.proxy.trusted}) runs the app behind TLS, so
 * there the cookie never travels without it.
 */
@WebListener
public class SessionCookieSecurity implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (TrustedProxy.configured()) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}
