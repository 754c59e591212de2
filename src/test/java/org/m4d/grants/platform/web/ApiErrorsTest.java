package org.m4d.grants.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ApiErrorsTest {

    private static JsonObject problem(int status) {
        try (var reader = Json.createReader(new StringReader(ApiErrors.body(status)))) {
            return reader.readObject();
        }
    }

    @Test
    void aContainerErrorBecomesAProblemWithItsStatus() {
        JsonObject notFound = problem(404);
        assertThat(notFound.getString("type")).isEqualTo("about:blank");
        assertThat(notFound.getString("title")).isEqualTo("Not Found");
        assertThat(notFound.getInt("status")).isEqualTo(404);
        assertThat(notFound.getString("detail")).isEqualTo("No such resource");
        assertThat(problem(400).getString("detail")).isEqualTo("The request could not be read; check its headers and path");
        assertThat(problem(431).getString("title")).isEqualTo("Request Header Fields Too Large");
    }

    @Test
    void aServerErrorSaysNothingOfItsCause() {
        assertThat(problem(500).getString("detail")).isEqualTo("The request could not be completed and nothing was saved");
        assertThat(problem(503).getString("title")).isEqualTo("Service Unavailable");
    }
}
