package org.m4d.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What Payara itself answers, read off the wire: the session cookie's attributes, the container's
 * own 4xx under /api/, TRACE, and the server headers.
 */
@ExtendWith(SharedApp.class)
class ContainerEdgesIT {

    /** HTTP/1.1 as browsers speak it without TLS (no h2c upgrade). */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final String BASIC = "Basic " + Base64.getEncoder()
            .encodeToString("np.applicant:demo".getBytes(StandardCharsets.UTF_8));

    @AppUrl
    URL app;

    private HttpResponse<String> send(String method, String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(app.toString()).resolve(path))
                .timeout(Duration.ofSeconds(30)).method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            builder.headers(headers);
        }
        try {
            return HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void assertProblem(HttpResponse<String> reply, int status, String detail) {
        assertThat(reply.statusCode()).as(reply.uri().toString()).isEqualTo(status);
        assertThat(reply.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        try (var reader = Json.createReader(new StringReader(reply.body()))) {
            JsonObject problem = reader.readObject();
            assertThat(problem.getInt("status")).isEqualTo(status);
            assertThat(problem.getString("detail")).isEqualTo(detail);
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLaxAndAForgedProtoDoesNotMakeItSecure() {
        String context = app.getPath().replaceAll("/$", "");
        // Payara writes the attribute twice when the app is deployed through Arquillian (payara/Payara#7254);
        // both copies say Lax, which is what a browser applies
        String pattern = "JSESSIONID=[0-9a-f]+; Path=" + (context.isEmpty() ? "/" : context)
                + "; HttpOnly; SameSite=lax(;SameSite=Lax)?";
        assertThat(send("GET", "login.xhtml").headers().allValues("Set-Cookie")).singleElement().asString()
                .matches(pattern);
        assertThat(send("GET", "login.xhtml", "X-Forwarded-Proto", "https").headers().allValues("Set-Cookie"))
                .as("no proxy is trusted by default").singleElement().asString().matches(pattern);
    }

    @Test
    void theContainersOwnRefusalsUnderTheApiAreProblemJson() {
        String unreadable = "The request could not be read; check its headers and path";
        assertProblem(send("GET", "api/nothing", "Authorization", BASIC), 404, "No such resource");
        assertProblem(send("GET", "api", "Authorization", BASIC), 404, "No such resource");
        assertProblem(send("GET", "api/v1/me", "Authorization", BASIC, "Accept", ";;;"), 400, unreadable);
        assertProblem(send("POST", "api/v1/tenants/NP/proposals", "Authorization", BASIC, "Content-Type", ";;;"),
                400, unreadable);
        assertProblem(send("GET", "api/v1/me", "Authorization", BASIC, "Accept", "text/html"), 406, "Not Acceptable");
        assertProblem(send("PATCH", "api/v1/me", "Authorization", BASIC), 405, "Method Not Allowed");
        assertProblem(send("POST", "api/v1/tenants/NP/proposals", "Authorization", BASIC, "Content-Type",
                "application/xml"), 415, "Unsupported Media Type");
    }

    @Test
    void optionsListsTheMethodsWithoutTheWadl() {
        HttpResponse<String> options = send("OPTIONS", "api/v1/me", "Authorization", BASIC);
        assertThat(options.statusCode()).isEqualTo(200);
        assertThat(options.headers().firstValue("Allow").orElseThrow().split("\\s*,\\s*"))
                .containsExactlyInAnyOrder("HEAD", "GET", "OPTIONS");
        assertThat(options.body()).doesNotContain("wadl");
    }

    @Test
    void traceIsRefusedWithoutEchoingTheRequest() {
        HttpResponse<String> trace = send("TRACE", "api/v1/me", "Authorization", BASIC, "X-Echo", "secret-value");
        assertThat(trace.statusCode()).isEqualTo(405);
        assertThat(trace.body()).isEmpty();
    }

    @Test
    void anOversizedHeaderIsRefusedByTheHttpLayerWithAnEmptyBody() {
        HttpResponse<String> big = send("GET", "api/v1/me", "Authorization", BASIC, "X-Big", "a".repeat(20_000));
        assertThat(big.statusCode()).isEqualTo(400);
        assertThat(big.body()).isEmpty();
    }

    /**
     * The corpus of what the container, not a resource, refuses under /api: every answer is a 4xx
     * problem+json whose status matches, with one of the fixed texts; TRACE is refused with an
     * empty body wherever it is sent.
     */
    @Test
    void everyContainerRefusalUnderTheApiIsProblemJsonOrEmpty() {
        List<HttpResponse<String>> problems = new ArrayList<>();
        for (String path : List.of("api", "api/nothing", "api/v1", "api/v1/nothing", "api/v2/me",
                "api/v1/tenants/NP/nothing", "api/v1/me/nothing")) {
            problems.add(send("GET", path, "Authorization", BASIC));
            problems.add(send("OPTIONS", path, "Authorization", BASIC));
        }
        for (String accept : List.of(";;;", "text/html", "application/xml", "image/png")) {
            problems.add(send("GET", "api/v1/me", "Authorization", BASIC, "Accept", accept));
        }
        for (String type : List.of(";;;", "application/xml", "image/png")) {
            problems.add(send("POST", "api/v1/tenants/NP/proposals", "Authorization", BASIC, "Content-Type", type));
        }
        for (String method : List.of("PATCH", "PUT", "DELETE")) {
            problems.add(send(method, "api/v1/me", "Authorization", BASIC));
        }
        // the texts of platform.web.ApiErrors (the container) and of the API's own mappers (Jersey)
        List<String> details = List.of("No such resource", "This method is not allowed here", "Method Not Allowed",
                "The API answers application/json", "Not Acceptable", "The API takes application/json",
                "Unsupported Media Type", "The request could not be read; check its headers and path");
        for (HttpResponse<String> reply : problems) {
            String where = reply.request().method() + " " + reply.uri();
            assertThat(reply.statusCode()).as(where).isBetween(400, 499);
            assertThat(reply.headers().firstValue("Content-Type")).as(where).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            try (var reader = Json.createReader(new StringReader(reply.body()))) {
                JsonObject problem = reader.readObject();
                assertThat(problem.getInt("status")).as(where).isEqualTo(reply.statusCode());
                assertThat(problem.getString("detail")).as(where).isIn(details);
            }
        }
        List<String> traced = List.of("api", "api/nothing", "api/v1/me", "api/v1/tenants/NP/proposals", "login.xhtml");
        for (String path : traced) {
            HttpResponse<String> trace = send("TRACE", path, "Authorization", BASIC, "X-Echo", "secret-value");
            assertThat(trace.statusCode()).as(path).isEqualTo(405);
            assertThat(trace.body()).as(path).isEmpty();
        }
        System.out.printf("Container edges: %d refusals as problem+json, %d TRACE refused with an empty body%n",
                problems.size(), traced.size());
    }

    /**
     * A path with a malformed percent escape fails in Payara's connector while it decodes the path
     * to choose an application (payara/Payara#8000), before any code of the WAR runs: Payara logs
     * the exception and closes the exchange as an empty 200. This test holds that decided state
     * (nothing of the application answers, nothing is echoed) and fails when Payara changes it.
     */
    @Test
    void aMalformedPercentEscapeNeverReachesTheApplication() throws IOException {
        String head = raw("GET " + app.getPath() + "api/v1/%zz HTTP/1.1\r\nHost: " + app.getHost() + "\r\nAuthorization: "
                + BASIC + "\r\nConnection: close\r\n\r\n");
        List<String> lines = List.of(head.split("\r\n"));
        assertThat(lines.get(0)).isEqualTo("HTTP/1.1 200 OK");
        assertThat(lines).contains("Content-Length: 0");
        assertThat(lines).as("none of the application's headers")
                .noneMatch(line -> line.startsWith("Content-Security-Policy") || line.startsWith("Content-Type"));
        assertThat(head).doesNotContain("%zz").doesNotContain("Exception");
    }

    /** Sends a request as written, which java.net.URI would refuse, and returns the whole answer. */
    private String raw(String request) throws IOException {
        try (Socket socket = new Socket(app.getHost(), app.getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void theServerHeaderNamesNoVersionAndNothingIsPoweredBy() {
        HttpResponse<String> page = send("GET", "login.xhtml");
        assertThat(page.headers().allValues("Server")).containsExactly("Payara Micro");
        assertThat(page.headers().firstValue("X-Powered-By")).isEmpty();
    }
}
