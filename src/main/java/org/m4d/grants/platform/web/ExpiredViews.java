package org.m4d.grants.platform.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Iterator;

/**
 * A form posted from a page whose state the server no longer has (the session expired, or the view
 * state is stale or forged) is no server error: the user gets the page again, fresh, with a note
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
            if (expired(events.next().getContext().getException()) && !faces.getResponseComplete()) {
                events.remove();
                ExternalContext external = faces.getExternalContext();
                HttpServletRequest request = (HttpServletRequest) external.getRequest();
                String page = request.getServletPath() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
                Pages.redirect(faces, page, Formats.text(external.getRequestLocale(), "error.viewExpired"));
            }
        }
        getWrapped().handle();
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
