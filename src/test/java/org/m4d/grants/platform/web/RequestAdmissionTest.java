package org.m4d.grants.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.m4d.grants.platform.infra.ApplicationDataSource;

class RequestAdmissionTest {

    @Test
    void theRequestsLetInAndTheBackgroundThreadsFitThePoolWithTwoConnectionsEach() {
        assertThat(2 * (RequestAdmission.ACTIVE + RequestAdmission.BACKGROUND) + RequestAdmission.SPARE)
                .isLessThanOrEqualTo(ApplicationDataSource.MAX_POOL_SIZE);
    }

    @Test
    void aRequestBeyondTheLimitWaitsThenIsAnsweredBusyAndTheNextOneAfterAReleaseRuns() throws Exception {
        RequestAdmission admission = new RequestAdmission(1, 200);
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch leave = new CountDownLatch(1);
        AtomicInteger ran = new AtomicInteger();
        FilterChain holding = (req, res) -> {
            ran.incrementAndGet();
            inside.countDown();
            try {
                leave.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> {
            try {
                admission.doFilter(request("/api", "/v1/tasks"), new Response().proxy(), holding);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();

        Response refused = new Response();
        long asked = System.nanoTime();
        admission.doFilter(request("/api", "/v1/tasks"), refused.proxy(), (req, res) -> ran.incrementAndGet());
        long waitedMillis = (System.nanoTime() - asked) / 1_000_000;
        assertThat(waitedMillis).isGreaterThanOrEqualTo(190);
        assertThat(ran.get()).isEqualTo(1);
        assertThat(refused.status).isEqualTo(503);
        assertThat(refused.headers).containsEntry("Retry-After", "5");
        assertThat(refused.contentType).isEqualTo("application/problem+json");
        JsonObject problem = Json.createReader(new StringReader(refused.body.toString())).readObject();
        assertThat(problem.getInt("status")).isEqualTo(503);
        assertThat(problem.getString("detail")).isEqualTo(RequestAdmission.DETAIL);

        leave.countDown();
        first.get(10, TimeUnit.SECONDS);
        Response served = new Response();
        admission.doFilter(request("/api", "/v1/tasks"), served.proxy(), (req, res) -> ran.incrementAndGet());
        assertThat(ran.get()).isEqualTo(2);
        assertThat(served.status).isZero();
    }

    @Test
    void aBusyPageIsAPageAndStaticResourcesNeverWait() throws Exception {
        RequestAdmission admission = new RequestAdmission(0, 10);
        Response page = new Response();
        admission.doFilter(request("/app/inbox.xhtml", null), page.proxy(), (req, res) -> { });
        assertThat(page.status).isEqualTo(503);
        assertThat(page.contentType).isEqualTo("text/html");
        assertThat(page.body.toString()).contains("<h1>Busy for a moment</h1>");

        AtomicInteger ran = new AtomicInteger();
        Response script = new Response();
        admission.doFilter(request("/jakarta.faces.resource", "/jsf.js"), script.proxy(), (req, res) -> ran.incrementAndGet());
        assertThat(ran.get()).isEqualTo(1);
        assertThat(script.status).isZero();
    }

    private static HttpServletRequest request(String servletPath, String pathInfo) {
        return (HttpServletRequest) Proxy.newProxyInstance(RequestAdmissionTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getServletPath" -> servletPath;
                    case "getPathInfo" -> pathInfo;
                    case "getContextPath" -> "/m4d";
                    case "getRequestURI" -> "/m4d" + servletPath + (pathInfo == null ? "" : pathInfo);
                    case "getMethod" -> "GET";
                    default -> null;
                });
    }

    /** What a filter answered: status (0 when it set none), headers, content type, body. */
    private static final class Response {
        int status;
        String contentType;
        final Map<String, String> headers = new HashMap<>();
        final StringWriter body = new StringWriter();

        HttpServletResponse proxy() {
            PrintWriter writer = new PrintWriter(body);
            return (HttpServletResponse) Proxy.newProxyInstance(RequestAdmissionTest.class.getClassLoader(),
                    new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                        switch (method.getName()) {
                            case "setStatus" -> status = (Integer) args[0];
                            case "setHeader" -> headers.put((String) args[0], (String) args[1]);
                            case "setContentType" -> contentType = (String) args[0];
                            case "getWriter" -> {
                                return writer;
                            }
                            case "flushBuffer" -> writer.flush();
                            default -> { }
                        }
                        return null;
                    });
        }
    }
}
