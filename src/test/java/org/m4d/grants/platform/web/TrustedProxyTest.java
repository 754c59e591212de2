package org.m4d.grants.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrustedProxyTest {

    /** A plain-HTTP request with these headers. */
    static HttpServletRequest request(Map<String, String> headers) {
        return (HttpServletRequest) Proxy.newProxyInstance(TrustedProxyTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getHeader" -> headers.get((String) args[0]);
                    case "isSecure" -> false;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static final HttpServletRequest FORWARDED = request(Map.of("Host", "app.internal:8080",
            "X-Forwarded-Host", "evil.example", "X-Forwarded-Proto", "https"));

    @Test
    void forwardedHeadersAreIgnoredUnlessTheProxyIsTrusted() {
        assertThat(TrustedProxy.host(FORWARDED, false)).isEqualTo("app.internal:8080");
        assertThat(TrustedProxy.secure(FORWARDED, false)).isFalse();
    }

    @Test
    void aTrustedProxyNamesTheHostAndTheScheme() {
        assertThat(TrustedProxy.host(FORWARDED, true)).isEqualTo("evil.example");
        assertThat(TrustedProxy.secure(FORWARDED, true)).isTrue();
        assertThat(TrustedProxy.host(request(Map.of("Host", "grants.example.org")), true)).isEqualTo("grants.example.org");
    }

    @Test
    void theDefaultIsNotToTrust() {
        assertThat(TrustedProxy.configured()).isFalse();
    }

    @Test
    void aForgedForwardedHostDoesNotMakeAForeignOriginPassTheCsrfGuard() {
        String host = TrustedProxy.host(FORWARDED, TrustedProxy.configured());
        assertThat(ApiCsrfGuard.refusal("POST", "application/json", null, "https://evil.example", host))
                .isEqualTo("Requests from other origins are refused (cross-site request protection)");
    }
}
