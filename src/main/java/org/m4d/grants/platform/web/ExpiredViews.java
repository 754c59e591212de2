package org.m4d.grants.platform.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Iterator;

/**
 * A form posted from a page whose state the server no longer has (the session expired, or the view
 * state is stale, forged or names no view at all) is no server error: the user gets the page again, fresh, with a note
 * that it had expired. Registered in faces-config.xml.
 */
public class ExpiredViews extends ExceptionHandlerWrapper {

    /** Creates the handler for each request. */
    public static class Factory extends ExceptionHandlerFactory {
        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new ExpiredViews(getWrapped().getExceptionHandler());
        }
    }

    public ExpiredViews(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
            Throwable failure = events.next().getContext().getException();
            if ((expired(failure) || unrestorable(faces, failure)) && !faces.getResponseComplete()) {
                events.remove();
                ExternalContext external = faces.getExternalContext();
                HttpServletRequest request = (HttpServletRequest) external.getRequest();
                String page = request.getServletPath() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
                Pages.redirect(faces, page, Formats.text(external.getRequestLocale(), "error.viewExpired"));
            }
        }
        getWrapped().handle();
    }

    /**
     * A posted view state that names no view to restore, e.g. {@code stateless} for a page that is
     * not stateless: Mojarra throws a bare FacesException ("Unable to restore view") for it.
     */
    static boolean unrestorable(FacesContext faces, Throwable failure) {
        return faces.getCurrentPhaseId() == PhaseId.RESTORE_VIEW && failure instanceof FacesException
                && faces.getExternalContext().getRequest() instanceof HttpServletRequest request
                && "POST".equals(request.getMethod());
    }

    private static boolean expired(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ViewExpiredException) {
                return true;
            }
            if (!(t instanceof FacesException)) {
                return false;
            }
        }
        return false;
    }
}
