package org.m4d.grants.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

    @Test
    void everyResponseForbidsFramingSniffingAndForeignReferrers() {
        Map<String, String> headers = SecurityHeaders.headersFor("/login.xhtml", false);

        assertThat(headers).containsEntry("X-Frame-Options", "DENY")
                .containsEntry("X-Content-Type-Options", "nosniff")
                .containsEntry("Referrer-Policy", "same-origin");
        assertThat(headers).containsEntry("Content-Security-Policy", "default-src 'self'; "
                + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                + "font-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'");
    }

    @Test
    void theSignInPageAndStaticFilesMayBeCachedButSignedInPagesAndTheApiNot() {
        assertThat(SecurityHeaders.headersFor("/login.xhtml", false)).doesNotContainKey("Cache-Control");
        assertThat(SecurityHeaders.headersFor("/jakarta.faces.resource/css/app.css", false)).doesNotContainKey("Cache-Control");
        assertThat(SecurityHeaders.headersFor("/app/index.xhtml", false)).containsEntry("Cache-Control", "no-store");
        assertThat(SecurityHeaders.headersFor("/api/v1/me", false)).containsEntry("Cache-Control", "no-store");
    }

    @Test
    void hstsOnlyOverTls() {
        assertThat(SecurityHeaders.headersFor("/app/index.xhtml", false)).doesNotContainKey("Strict-Transport-Security");
        assertThat(SecurityHeaders.headersFor("/app/index.xhtml", true))
                .containsEntry("Strict-Transport-Security", "max-age=31536000");
    }
}
