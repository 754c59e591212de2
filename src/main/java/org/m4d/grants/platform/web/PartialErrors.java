package org.m4d.grants.platform.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.PartialResponseWriter;
import jakarta.faces.event.PhaseId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An unexpected failure of an Ajax request becomes a message on the page instead of Mojarra's
 * partial-response error, which names the exception's class. PrimeFaces throws such failures from
 * its own request parsing, e.g. the file upload reads {@code _totalFilesCount} with
 * {@code Integer.parseInt}. The failure is logged with an incident id that the message names.
 * Asked by {@link FailedActions} for an unexpected failure of an Ajax request.
 */
final class PartialErrors {

    private static final Logger LOG = Logger.getLogger(PartialErrors.class.getName());

    private PartialErrors() {
    }

    /** Shows an unexpected Ajax failure: a message on the page, or the partial response's error element. */
    static void show(FacesContext faces, Throwable failure) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error in an Ajax request " + incident, failure);
        Locale locale = faces.getViewRoot() == null ? Locale.ENGLISH : faces.getViewRoot().getLocale();
        String message = Formats.text(locale, "error.unexpectedIncident", incident);
        if (faces.getResponseComplete()) {
            return;
        }
        if (faces.getViewRoot() != null && faces.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE) {
            Pages.error(faces, message);
            faces.renderResponse();
            return;
        }
        if (!faces.getExternalContext().isResponseCommitted()) {
            writeError(faces, message);
        }
    }

    /** The partial response's error element, named neutrally: nothing to render the message into. */
    private static void writeError(FacesContext faces, String message) {
        try {
            faces.getExternalContext().responseReset();
            PartialResponseWriter writer = faces.getPartialViewContext().getPartialResponseWriter();
            faces.getExternalContext().setResponseContentType("text/xml");
            faces.getExternalContext().setResponseCharacterEncoding("UTF-8");
            writer.startDocument();
            writer.startError("serverError");
            writer.writeText(message, null);
            writer.endError();
            writer.endDocument();
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
