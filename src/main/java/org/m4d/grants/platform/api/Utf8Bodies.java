package org.m4d.grants.platform.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JSON is UTF-8 (RFC 8259), and the API reads it so: a body declared in any other charset is
 * refused with 415 before anything reads it. Otherwise the JSON-B binding would ignore the charset
 * and the operations that read the body as text would fail on an unknown one.
 */
@Provider
@PreMatching
public class Utf8Bodies implements ContainerRequestFilter {

    private static final Pattern CHARSET = Pattern.compile(";\\s*charset\\s*=\\s*(\"[^\"]*\"|[^;\\s]*)",
            Pattern.CASE_INSENSITIVE);

    @Override
    public void filter(ContainerRequestContext request) {
        String contentType = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (contentType != null && !declaresOnlyUtf8(contentType)) {
            request.abortWith(Problem.of(Response.Status.UNSUPPORTED_MEDIA_TYPE,
                    "Request bodies are read as UTF-8: send charset=UTF-8 or no charset"));
        }
    }

    /** Whether every charset parameter of a content type names UTF-8; none at all is UTF-8 too. */
    static boolean declaresOnlyUtf8(String contentType) {
        Matcher charset = CHARSET.matcher(contentType);
        while (charset.find()) {
            String name = charset.group(1).replace("\"", "").trim().toLowerCase(Locale.ROOT);
            if (!isUtf8(name)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isUtf8(String name) {
        try {
            return Charset.isSupported(name) && Charset.forName(name).equals(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException illegalName) {
            return false;
        }
    }
}
