package org.m4d.grants.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.m4d.grants.platform.application.DatabaseOutage;
import org.m4d.grants.platform.domain.ConflictException;
import org.m4d.grants.platform.domain.ForbiddenException;
import org.m4d.grants.platform.domain.NotFoundException;
import org.m4d.grants.platform.domain.Refusal;
import org.m4d.grants.platform.domain.Translatable;

/** What every page does with outcomes: messages for bad input, 404/403 pages, redirects. */
public final class Pages {

    private static final Logger LOG = Logger.getLogger(Pages.class.getName());
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private Pages() {
    }

    /**
     * Shows a failed action to the user: field messages for invalid input, the rule for a broken
     * business rule, the 404 or 403 page for what they may not see or do, an incident id for
     * anything else. {@link FailedActions} calls it for every failed action.
     */
    static void show(FacesContext faces, Throwable failure) {
        Throwable cause = unwrap(failure);
        Locale locale = locale(faces);
        if (cause instanceof NotFoundException) {
            sendError(faces, 404);
        } else if (cause instanceof ForbiddenException) {
            sendError(faces, 403);
        } else if (cause instanceof ConstraintViolationException invalid) {
            for (ConstraintViolation<?> v : invalid.getConstraintViolations()) {
                error(faces, Violations.text(v, locale));
            }
        } else if (cause instanceof Refusal) {
            error(faces, text(locale, cause));
        } else if (cause instanceof OptimisticLockException) {
            error(faces, Formats.text(locale, "error.changedMeanwhile"));
        } else if (DatabaseOutage.in(failure)) {
            error(faces, Formats.text(locale, "error.databaseUnavailable"));
            if (!faces.getPartialViewContext().isAjaxRequest()) {
                // the form stays filled in; the status tells a script or proxy to try again
                faces.getExternalContext().setResponseStatus(503);
                faces.getExternalContext().setResponseHeader("Retry-After",
                        Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
            }
        } else {
            error(faces, Formats.text(locale, "error.unexpectedIncident", logIncident(failure)));
        }
    }

    /** Logs an unexpected failure once, under an id the user can give the support team. */
    static String logIncident(Throwable failure) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error on a page, incident " + incident, failure);
        return incident;
    }

    /** A failure's message in a language: its bundle key when it has one, else its own (English) text. */
    public static String text(Locale locale, Throwable failure) {
        if (failure instanceof Translatable t && t.messageKey() != null) {
            return Formats.text(locale, t.messageKey(), t.messageArguments());
        }
        return failure.getMessage();
    }

    /**
     * Shows a failure on the next page: for a step someone else took or completed meanwhile, the
     * form is pointless, so the user goes back to where they came from with the reason.
     */
    public static void showConflictAt(FacesContext faces, ConflictException conflict, String path) {
        show(faces, conflict);
        faces.getExternalContext().getFlash().setKeepMessages(true);
        redirect(faces, path, null);
    }

    /**
     * Answers with an error page, once: a second error on the same request (e.g. an action that
     * failed and a reload that failed the same way) would make the container answer 500.
     */
    public static void sendError(FacesContext faces, int status) {
        if (faces.getResponseComplete()) {
            return;
        }
        try {
            faces.getExternalContext().responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /** The page {@code error/503.html}: the database is out of reach and the page cannot be shown. */
    static void unavailable(FacesContext faces) {
        faces.getExternalContext().setResponseHeader("Retry-After", Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
        sendError(faces, 503);
    }

    public static void error(FacesContext faces, String message) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    /** Redirects after a successful action and keeps a confirmation for the next page. */
    public static void redirect(FacesContext faces, String path, String confirmation) {
        ExternalContext external = faces.getExternalContext();
        if (confirmation != null) {
            external.getFlash().setKeepMessages(true);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, confirmation, null));
        }
        try {
            external.redirect(external.getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    private static Locale locale(FacesContext faces) {
        return faces.getViewRoot() == null ? Locale.ENGLISH : faces.getViewRoot().getLocale();
    }

    /** A query string ("?a=1&b=x%20y") of the parameters that have a value, in their order; "" for none. */
    public static String query(java.util.Map<String, String> parameters) {
        String query = parameters.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> e.getKey() + "=" + java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
                .collect(java.util.stream.Collectors.joining("&"));
        return query.isEmpty() ? "" : "?" + query;
    }

    public static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    /** The first exception of ours among the wrappers of EL, Faces and transactions, or the failure itself. */
    static Throwable unwrap(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof Refusal || t instanceof ConstraintViolationException || t instanceof OptimisticLockException) {
                return t;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return failure;
    }
}
