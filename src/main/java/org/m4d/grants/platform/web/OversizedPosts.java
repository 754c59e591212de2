package org.m4d.grants.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * A post to the pages larger than the server takes is refused with 413 and a page saying so,
 * before anything parses it. Without this, Grizzly drops every parameter of a form post beyond its
 * {@code maxPostSize} (GRIZZLY0205 "Post too large") and Faces fails on a request that has lost its
 * view state; and a multipart post beyond web.xml's {@code max-request-size} (the wizard's upload)
 * fails inside the Faces lifecycle. The API reads its bodies itself.
 */
@WebFilter(filterName = "oversizedPosts", urlPatterns = "*.xhtml")
public class OversizedPosts extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Grizzly's default {@code maxPostSize}: form parameters beyond it are not parsed. */
    static final long MAX_FORM_BYTES = 2 * 1024 * 1024;
    /** web.xml's {@code max-request-size} of the Faces servlet: one file of 10 MB and the form around it. */
    static final long MAX_MULTIPART_BYTES = 11_534_336;
    /** What is read and dropped of a refused body so that the client gets the answer, not a reset. */
    private static final long MAX_DRAINED_BYTES = 16 * 1024 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (tooLarge(request.getMethod(), request.getContentType(), request.getContentLengthLong())) {
            drain(request.getInputStream());
            response.setHeader("Connection", "close");
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether a post's declared length is beyond what the server takes for its kind of body. */
    static boolean tooLarge(String method, String contentType, long length) {
        boolean multipart = contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
        return "POST".equals(method) && length > (multipart ? MAX_MULTIPART_BYTES : MAX_FORM_BYTES);
    }

    private static void drain(InputStream body) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long read = 0;
        for (int n; read < MAX_DRAINED_BYTES && (n = body.read(buffer)) > 0; ) {
            read += n;
        }
    }
}
