package org.m4d.grants.platform.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.http.HttpServletRequest;

/**
 * A form posted from a page whose state the server no longer has (the session expired, or the view
 * state is stale, forged or names no view at all) is no server error: the user gets the page again,
 * fresh, with a note that it had expired. Asked first by {@link FailedActions}.
 */
final class ExpiredViews {

    private ExpiredViews() {
    }

    /** Whether the failure is a view that cannot be restored. */
    static boolean applies(FacesContext faces, Throwable failure) {
        return expired(failure) || unrestorable(faces, failure);
    }

    /** Sends the user to the same page again, fresh, with the note. */
    static void reload(FacesContext faces) {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String page = request.getServletPath() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        Pages.redirect(faces, page, Formats.text(external.getRequestLocale(), "error.viewExpired"));
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
