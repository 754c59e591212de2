package org.m4d.grants.identity.infra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.m4d.grants.identity.application.Accounts;
import org.m4d.grants.platform.application.DatabaseOutage;
import org.m4d.grants.platform.web.SecurityHeaders;
import org.m4d.grants.platform.web.Unavailable;

/**
 * One mechanism for both doors: the pages sign in with a form and keep the user in the HTTP
 * session (a new session id at sign-in); the REST API under {@code /api/} takes HTTP Basic on
 * every request and never creates a session. Both doors go through the sign-in throttle of the
 * identity store. A session stands only while the account's session epoch is the one it signed in
 * under, so "sign out everywhere" and disabling an account end every session at its next request.
 * While the database is out of reach nobody can be checked, and the answer is 503, never 500.
 */
@ApplicationScoped
public class SignInMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_USER = "m4d.user";
    static final String SESSION_EPOCH = "m4d.sessionEpoch";
    private static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    UserIdentityStore store;

    @Inject
    VerifiedCredentials recent;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        // this runs before any filter, so the answers given here (401, redirects) get the headers too
        SecurityHeaders.apply(request, response);
        try {
            return decide(request, response, context);
        } catch (RuntimeException e) {
            if (!DatabaseOutage.in(e)) {
                throw e;
            }
            return unavailable(request, response, context);
        }
    }

    private AuthenticationStatus decide(HttpServletRequest request, HttpServletResponse response,
                                        HttpMessageContext context) {
        if (context.isAuthenticationRequest() && context.getAuthParameters().getCredential() != null) {
            return signIn(request, context);
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(authorization.substring(6).trim(), response, context);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_USER) instanceof String username) {
            Set<String> groups = store.groupsOfSession(username, session.getAttribute(SESSION_EPOCH) instanceof Long epoch
                    ? epoch : null);
            if (groups != null) {
                return context.notifyContainerAboutLogin(username, groups);
            }
            session.invalidate();
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        return isApi(request) ? challenge(response, context) : toLoginPage(request, response, context);
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context) {
        CredentialValidationResult result = store.validate(context.getAuthParameters().getCredential());
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        // a new session id at sign-in (no fixation); what the visitor chose before, e.g. the language, stays
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        String username = result.getCallerPrincipal().getName();
        HttpSession session = request.getSession(true);
        session.setAttribute(SESSION_USER, username);
        session.setAttribute(SESSION_EPOCH, store.sessionEpochOf(username));
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus basic(String token, HttpServletResponse response, HttpMessageContext context) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return challenge(response, context);
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return challenge(response, context);
        }
        String username = decoded.substring(0, colon);
        String password = decoded.substring(colon + 1);
        // read before the password is verified: a change made meanwhile raises it, and the entry no longer holds
        Accounts.Account account = store.allows(username) ? store.enabledAccount(username) : null;
        if (account != null && recent.recentlyVerified(username, password, account.stamp())) {
            return context.notifyContainerAboutLogin(username, account.groups());
        }
        CredentialValidationResult result = store.validate(new UsernamePasswordCredential(username, password));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            recent.forget(username);
            return challenge(response, context);
        }
        if (account != null) {
            recent.remember(username, password, account.stamp());
        }
        return context.notifyContainerAboutLogin(result);
    }

    /**
     * The database could not say who the caller is: no user is signed in and nothing is counted
     * against the throttle. The sign-in form says so on its page ({@code Login}); every other request
     * gets 503 with {@code Retry-After}, in problem+json under {@code /api/}.
     */
    private static AuthenticationStatus unavailable(HttpServletRequest request, HttpServletResponse response,
                                                    HttpMessageContext context) {
        if (context.isAuthenticationRequest()) {
            // a sign-in cut between its reads leaves no half-signed-in session (a user without an epoch)
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.removeAttribute(SESSION_USER);
                session.removeAttribute(SESSION_EPOCH);
            }
            request.setAttribute(Unavailable.SIGN_IN_UNCHECKED, Boolean.TRUE);
            return AuthenticationStatus.SEND_FAILURE;
        }
        try {
            Unavailable.answer(request, response);
        } catch (IOException e) {
            return context.responseUnauthorized();
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static AuthenticationStatus challenge(HttpServletResponse response, HttpMessageContext context) {
        try {
            response.setHeader("WWW-Authenticate", "Basic realm=\"M4D Grants\", charset=\"UTF-8\"");
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                    + "\"detail\":\"Sign in with your M4D Grants user name and password (HTTP Basic).\"}");
        } catch (IOException e) {
            return context.responseUnauthorized();
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static AuthenticationStatus toLoginPage(HttpServletRequest request, HttpServletResponse response,
                                                    HttpMessageContext context) {
        String target = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null) {
            target += "?" + request.getQueryString();
        }
        return context.redirect(request.getContextPath() + LOGIN_PAGE + "?next="
                + URLEncoder.encode(target, StandardCharsets.UTF_8));
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
