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
import org.m4d.grants.platform.application.DatabaseOutage;
import org.m4d.grants.platform.domain.ForbiddenException;
import org.m4d.grants.platform.domain.NotFoundException;
import org.m4d.grants.platform.domain.Refusal;

/**
 * The one place where a page's failed action or load is shown, so beans do not catch: the 404 or
 * 403 page for what the user may not see or do, a message on the page (in its language) for a
 * refusal, invalid input, a change made meanwhile or a database out of reach (503, or the page
 * {@code error/503.html} when too late for a message), and for anything else a message with an
 * incident id, logged once. The transaction has already rolled back; the form stays filled in.
 * An expired view is sent again fresh ({@link ExpiredViews}); an unexpected failure of an Ajax
 * request is shown without the exception's class ({@link PartialErrors}). The application's only
 * Faces exception handler, registered in faces-config.xml.
 */
public class FailedActions extends ExceptionHandlerWrapper {

    /** What a failure means for the page. */
    enum Outcome { NOT_FOUND, FORBIDDEN, MESSAGE, UNAVAILABLE, UNEXPECTED }

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
            if (ExpiredViews.applies(faces, failure) && !faces.getResponseComplete()) {
                ExpiredViews.reload(faces);
                events.remove();
                continue;
            }
            if (getRootCause(failure) instanceof ViewExpiredException) {
                continue;
            }
            Outcome outcome = outcome(failure);
            if (faces.getResponseComplete()) {
                // already answered (an error page, a redirect): a second failure is only logged
                if (outcome == Outcome.UNEXPECTED) {
                    Pages.logIncident(failure);
                }
                events.remove();
                continue;
            }
            boolean ajax = faces.getPartialViewContext().isAjaxRequest();
            if (outcome == Outcome.UNAVAILABLE && !ajax && rendering(faces)
                    && !faces.getExternalContext().isResponseCommitted()) {
                // too late for a message: the page error/503.html, with Retry-After
                Pages.unavailable(faces);
                events.remove();
                continue;
            }
            if (showable(outcome, rendering(faces), ajax)) {
                Pages.show(faces, failure);
                if (!faces.getResponseComplete()) {
                    faces.renderResponse();
                }
            } else if (ajax) {
                PartialErrors.show(faces, failure);
            } else if (faces.getExternalContext().isResponseCommitted()) {
                continue;
            } else {
                Pages.logIncident(failure);
                Pages.sendError(faces, 500);
            }
            events.remove();
        }
        getWrapped().handle();
    }

    /**
     * Whether the page can show the failure: an error page always, a message only while the page
     * is still to be rendered; an unexpected Ajax failure is shown by {@link PartialErrors}.
     */
    static boolean showable(Outcome outcome, boolean rendering, boolean ajax) {
        if (outcome == Outcome.NOT_FOUND || outcome == Outcome.FORBIDDEN) {
            return true;
        }
        return !rendering && !(ajax && outcome == Outcome.UNEXPECTED);
    }

    /** Too late for a message: the page is being rendered, or there is no view to render it in. */
    private static boolean rendering(FacesContext faces) {
        return faces.getCurrentPhaseId() == PhaseId.RENDER_RESPONSE || faces.getViewRoot() == null;
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
        if (DatabaseOutage.in(failure)) {
            return Outcome.UNAVAILABLE;
        }
        if (cause instanceof Refusal || cause instanceof ConstraintViolationException
                || cause instanceof OptimisticLockException) {
            return Outcome.MESSAGE;
        }
        return Outcome.UNEXPECTED;
    }
}
