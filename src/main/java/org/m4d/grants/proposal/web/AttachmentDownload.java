package org.m4d.grants.proposal.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.m4d.grants.platform.domain.AsciiNumber;
import org.m4d.grants.platform.domain.ForbiddenException;
import org.m4d.grants.platform.domain.NotFoundException;
import org.m4d.grants.proposal.application.AttachmentService;
import org.m4d.grants.identity.application.Access;
import org.m4d.grants.platform.application.TenantContext;

/**
 * Serves an attachment ({@code /app/attachment?tenant=NP&id=42}) always as a download, with the
 * content type decided at upload and no sniffing, so a file can never run as a page of ours.
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
        } catch (RuntimeException e) {
            response.sendError(status(e));
            return;
        }
        String ascii = file.fileName().replaceAll("[^A-Za-z0-9._-]", "_");
        response.setContentType(file.contentType());
        response.setContentLength(file.content().length);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(file.content());
    }

    private static int status(RuntimeException failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ForbiddenException) {
                return HttpServletResponse.SC_FORBIDDEN;
            }
            if (t instanceof NotFoundException) {
                return HttpServletResponse.SC_NOT_FOUND;
            }
        }
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
