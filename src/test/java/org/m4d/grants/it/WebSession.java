package org.m4d.grants.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-less page session: signs in through the login form like a person does (session cookie,
 * JSF view state) and then GETs pages as that user. Redirects are not followed, so a probe sees
 * exactly what the server answered.
 */
public final class WebSession {

    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final URI base;
    private final HttpClient http;

    private WebSession(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A visitor who has not signed in. */
    public static WebSession anonymous(URL app) {
        return new WebSession(URI.create(app.toString()));
    }

    /** Signs in with the login form; fails unless the server sends the user into the app. */
    public static WebSession signIn(URL app, String username) {
        WebSession session = anonymous(app);
        Api.Reply posted = session.signInWith(username, "demo");
        if (posted.status() != 302 || !posted.contentType().contains("/app/")) {
            throw new IllegalStateException("Sign-in of " + username + " failed: " + posted.status());
        }
        return session;
    }

    /** Fills in and sends the login form; the reply's content type is the redirect's target, if any. */
    public Api.Reply signInWith(String username, String password) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("login", "login");
        fields.put("login:username", username);
        fields.put("login:password", password);
        fields.put("login:signIn", "Sign in");
        fields.put("jakarta.faces.ViewState", viewState("login.xhtml"));
        return post("login.xhtml", fields);
    }

    /** The view state of a page's forms, as a browser would send it back. */
    public String viewState(String page) {
        Api.Reply form = get(page);
        Matcher state = VIEW_STATE.matcher(form.body());
        if (!state.find()) {
            throw new IllegalStateException("No view state on " + page + ": " + form.status());
        }
        return state.group(1);
    }

    /** Posts a form; for a redirect, the reply's content type is the Location header. */
    public Api.Reply post(String path, Map<String, String> fields) {
        HttpResponse<String> posted = send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))));
        String location = posted.headers().firstValue("Location").orElse(null);
        return new Api.Reply(posted.statusCode(), location != null ? location
                : posted.headers().firstValue("Content-Type").orElse(""), posted.body());
    }

    /** Posts any body with any content type and extra headers, as a crafted client would. */
    public Api.Reply postRaw(String path, String contentType, byte[] body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        HttpResponse<String> posted = send(request);
        String location = posted.headers().firstValue("Location").orElse(null);
        return new Api.Reply(posted.statusCode(), location != null ? location
                : posted.headers().firstValue("Content-Type").orElse(""), posted.body());
    }

    /** A form body as a browser encodes it. */
    public static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** Where a GET of the path is redirected to (its Location header), or null when it is not. */
    public String redirectOf(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET()).headers().firstValue("Location").orElse(null);
    }

    /** A GET of the path with its headers, for what a reply says beyond its body (Content-Disposition). */
    public HttpResponse<String> response(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    public Api.Reply get(String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve(path)).GET());
        return new Api.Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
