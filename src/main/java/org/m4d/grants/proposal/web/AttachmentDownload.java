package org.m4d.grants.proposal.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.m4d.grants.platform.domain.AsciiNumber;
import org.m4d.grants.platform.domain.ForbiddenException;
import org.m4d.grants.platform.domain.Refusal;
import org.m4d.grants.proposal.application.AttachmentService;
import org.m4d.grants.proposal.domain.FileType;
import org.m4d.grants.identity.application.Access;
import org.m4d.grants.platform.application.TenantContext;

/**
 * Serves an attachment ({@code /app/attachment?tenant=NP&id=42}) as a download, with the content
 * type decided at upload and no sniffing, so a file can never run as a page of ours. Asked to open it
 * ({@code &open=1}), a PDF, an image or plain text is shown in the browser instead, under a content
 * security policy that lets it load nothing and run nothing; any other type is still a download.
 */
@WebServlet("/app/attachment")
public class AttachmentDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AttachmentService attachments;

    @Inject
    transient Access access;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String tenant = request.getParameter("tenant");
        long id;
        try {
            id = AsciiNumber.parseLong(request.getParameter("id"));
        } catch (IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        AttachmentService.File file;
        try (TenantContext.Scope in = access.enter(tenant)) {
            file = attachments.download(id);
        } catch (Refusal e) {
            response.sendError(e instanceof ForbiddenException ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(file.contentType());
        response.setContentLength(file.content().length);
        headers(file.contentType(), file.fileName(), "1".equals(request.getParameter("open")))
                .forEach(response::setHeader);
        response.getOutputStream().write(file.content());
    }

    /**
     * The headers a file is served with besides its type and length. Inline only when asked and the
     * type is one a browser shows safely ({@link FileType#opensInBrowser}); an image or text is also
     * sandboxed (no script, no plugin, an origin of its own), a PDF not, since a sandbox stops the
     * browser's PDF viewer, which runs apart from our pages anyway. Neither may be framed.
     */
    static Map<String, String> headers(String contentType, String fileName, boolean open) {
        boolean inline = open && FileType.opensInBrowser(contentType);
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Disposition", (inline ? "inline" : "attachment") + "; filename=\"" + ascii
                + "\"; filename*=UTF-8''" + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Cache-Control", "private, no-store");
        if (inline) {
            headers.put("Content-Security-Policy", contentType.startsWith("application/pdf")
                    ? "default-src 'none'; object-src 'self'; frame-ancestors 'none'"
                    : "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'none'; sandbox");
        }
        return headers;
    }
}
