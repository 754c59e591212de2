package org.m4d.grants.platform.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.PartialResponseWriter;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An unexpected failure of an Ajax request becomes a message on the page instead of Mojarra's
 * partial-response error, which names the exception's class. PrimeFaces throws such failures from
 * its own request parsing, e.g. the file upload reads {@code _totalFilesCount} with
 * {@code Integer.parseInt}. The failure is logged with an incident id that the message names.
 * Registered in faces-config.xml, after {@link ExpiredViews}, which deals with expired views first.
 */
public class PartialErrors extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(PartialErrors.class.getName());

    /** Creates the handler for each request. */
    public static class Factory extends ExceptionHandlerFactory {
        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new PartialErrors(getWrapped().getExceptionHandler());
        }
    }

    public PartialErrors(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && faces.getPartialViewContext().isAjaxRequest()) {
            for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
                Throwable failure = events.next().getContext().getException();
                if (!(getRootCause(failure) instanceof ViewExpiredException)) {
                    events.remove();
                    show(faces, failure);
                }
            }
        }
        getWrapped().handle();
    }

    private static void show(FacesContext faces, Throwable failure) {
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
