package org.m4d.grants.platform.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import java.util.Iterator;
import org.m4d.grants.platform.domain.ForbiddenException;
import org.m4d.grants.platform.domain.NotFoundException;
import org.m4d.grants.platform.domain.Refusal;

/**
 * The one place where a page's failed action or load is shown, so beans do not catch: the 404 or
 * 403 page for what the user may not see or do, a message on the page (in its language) for a
 * refusal, invalid input or a change made meanwhile, and for anything else a message with an
 * incident id, logged once. The transaction has already rolled back; the form stays filled in.
 * Unexpected failures of Ajax requests are left to {@link PartialErrors}, expired views to
 * {@link ExpiredViews}. Registered in faces-config.xml.
 */
public class FailedActions extends ExceptionHandlerWrapper {

    /** What a failure means for the page. */
    enum Outcome { NOT_FOUND, FORBIDDEN, MESSAGE, UNEXPECTED }

    /** Creates the handler for each request. */
    public static class Factory extends ExceptionHandlerFactory {
        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new FailedActions(getWrapped().getExceptionHandler());
        }
    }

    public FailedActions(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
            Throwable failure = events.next().getContext().getException();
            if (faces.getResponseComplete() || getRootCause(failure) instanceof ViewExpiredException) {
                continue;
            }
            Outcome outcome = outcome(failure);
            boolean rendering = faces.getCurrentPhaseId() == PhaseId.RENDER_RESPONSE || faces.getViewRoot() == null;
            if (outcome == Outcome.UNEXPECTED && faces.getPartialViewContext().isAjaxRequest()) {
                continue;
            }
            if (rendering && (outcome == Outcome.MESSAGE || outcome == Outcome.UNEXPECTED)) {
                if (faces.getExternalContext().isResponseCommitted()) {
                    continue;
                }
                Pages.logIncident(failure);
                Pages.sendError(faces, 500);
            } else {
                Pages.show(faces, failure);
                if (!faces.getResponseComplete()) {
                    faces.renderResponse();
                }
            }
            events.remove();
        }
        getWrapped().handle();
    }

    /** The decision, by the first exception of ours among the wrappers of EL, Faces and transactions. */
    static Outcome outcome(Throwable failure) {
        Throwable cause = Pages.unwrap(failure);
        if (cause instanceof NotFoundException) {
            return Outcome.NOT_FOUND;
        }
        if (cause instanceof ForbiddenException) {
            return Outcome.FORBIDDEN;
        }
        if (cause instanceof Refusal || cause instanceof ConstraintViolationException
                || cause instanceof OptimisticLockException) {
            return Outcome.MESSAGE;
        }
        return Outcome.UNEXPECTED;
    }
}
