package org.m4d.grants.platform.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.m4d.grants.platform.application.CsvExport;
import org.m4d.grants.platform.application.XlsxExport;
import org.m4d.grants.platform.domain.Sheet;

/** Answers a page's postback with a sheet as a CSV or XLSX file to save, instead of the page. */
public final class Downloads {

    private Downloads() {
    }

    /** Sends {@code sheet} as {@code <basename>.csv}. */
    public static void csv(FacesContext faces, String basename, Sheet sheet) {
        send(faces, basename + ".csv", CsvExport.CONTENT_TYPE, CsvExport.write(sheet));
    }

    /** Sends {@code sheet} as {@code <basename>.xlsx}. */
    public static void xlsx(FacesContext faces, String basename, Sheet sheet) {
        send(faces, basename + ".xlsx", XlsxExport.CONTENT_TYPE, XlsxExport.write(sheet));
    }

    private static void send(FacesContext faces, String filename, String contentType, byte[] content) {
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(contentType);
        external.setResponseContentLength(content.length);
        // the name is built from country codes and ids; anything else is replaced so the header stays well-formed
        external.setResponseHeader("Content-Disposition",
                "attachment; filename=\"" + filename.replaceAll("[^A-Za-z0-9._-]", "_") + "\"");
        external.setResponseHeader("Cache-Control", "no-store");
        try (OutputStream out = external.getResponseOutputStream()) {
            out.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
