package org.m4d.grants.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiCsrfGuardTest {

    private static final String HOST = "grants.example.org";

    @Test
    void readsAlwaysPass() {
        assertThat(ApiCsrfGuard.refusal("GET", "text/plain", "cross-site", "https://evil.example", HOST)).isNull();
        assertThat(ApiCsrfGuard.refusal("HEAD", null, "cross-site", null, HOST)).isNull();
    }

    @Test
    void formBodiesAreRefusedOnEveryStateChangingMethod() {
        for (String method : new String[] {"POST", "PUT", "PATCH", "DELETE", "post"}) {
            assertThat(ApiCsrfGuard.refusal(method, "application/x-www-form-urlencoded", null, null, HOST)).isNotNull();
            assertThat(ApiCsrfGuard.refusal(method, "multipart/form-data; boundary=x", null, null, HOST)).isNotNull();
            assertThat(ApiCsrfGuard.refusal(method, "Text/Plain;charset=UTF-8", null, null, HOST)).isNotNull();
        }
    }

    @Test
    void jsonAndBodilessRequestsOfApiClientsPass() {
        assertThat(ApiCsrfGuard.refusal("POST", "application/json", null, null, HOST)).isNull();
        assertThat(ApiCsrfGuard.refusal("POST", null, null, null, HOST)).isNull();
        assertThat(ApiCsrfGuard.refusal("DELETE", null, null, null, HOST)).isNull();
    }

    @Test
    void ourOwnPagesFetchesPass() {
        assertThat(ApiCsrfGuard.refusal("POST", null, "same-origin", "https://grants.example.org", HOST)).isNull();
        assertThat(ApiCsrfGuard.refusal("POST", "application/json", "same-origin", "http://localhost:8185",
                "localhost:8185")).isNull();
        assertThat(ApiCsrfGuard.refusal("PUT", "application/json", null, "https://grants.example.org:443", HOST)).isNull();
    }

    @Test
    void requestsMarkedCrossSiteOrFromAnotherOriginAreRefused() {
        assertThat(ApiCsrfGuard.refusal("POST", "application/json", "cross-site", null, HOST)).isNotNull();
        assertThat(ApiCsrfGuard.refusal("POST", null, null, "https://evil.example", HOST)).isNotNull();
        assertThat(ApiCsrfGuard.refusal("POST", null, null, "https://grants.example.org.evil.example", HOST)).isNotNull();
        assertThat(ApiCsrfGuard.refusal("POST", null, null, "http://localhost:9999", "localhost:8185")).isNotNull();
        assertThat(ApiCsrfGuard.refusal("POST", null, null, "null", HOST)).isNotNull();
        assertThat(ApiCsrfGuard.refusal("POST", null, null, "https://grants.example.org", null)).isNotNull();
    }
}
