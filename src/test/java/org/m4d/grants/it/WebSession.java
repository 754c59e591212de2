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

    /** Signs in with the login form; fails unless the server sends the user into the app. */
    public static WebSession signIn(URL app, String username) {
        WebSession session = new WebSession(URI.create(app.toString()));
        Api.Reply form = session.get("login.xhtml");
        Matcher state = VIEW_STATE.matcher(form.body());
        if (!state.find()) {
            throw new IllegalStateException("No view state on the login page: " + form.status());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("login", "login");
        fields.put("login:username", username);
        fields.put("login:password", "demo");
        fields.put("login:signIn", "Sign in");
        fields.put("jakarta.faces.ViewState", state.group(1));
        HttpResponse<String> posted = session.send(HttpRequest.newBuilder(session.base.resolve("login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))));
        String location = posted.headers().firstValue("Location").orElse("");
        if (posted.statusCode() != 302 || !location.contains("/app/")) {
            throw new IllegalStateException("Sign-in of " + username + " failed: " + posted.statusCode() + " " + location);
        }
        return session;
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

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
