package org.m4d.grants.platform.api;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.m4d.grants.platform.domain.ConflictException;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.ForbiddenException;
import org.m4d.grants.platform.domain.NotFoundException;

/**
 * Turns every exception that reaches the API into problem+json with the right status. Nothing
 * internal is shown: an unexpected error is logged with an id that the response names. Jersey
 * picks the mapper of the closest type, so the types it has mappers of its own for (validation,
 * web application exceptions) are registered here too, in {@link ValidationProblems} and
 * {@link WebApplicationProblems}.
 */
@Provider
public class ProblemMappers implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    @Override
    public Response toResponse(Throwable thrown) {
        return problemOf(thrown);
    }

    static Response problemOf(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PlainText.UnsafeText || t instanceof StrictNumbers.BadNumber) {
                return Problem.of(Status.BAD_REQUEST, t.getMessage());
            }
        }
        Throwable cause = rootCauseOfInterest(thrown);
        if (cause instanceof NotFoundException e) {
            return Problem.of(Status.NOT_FOUND, e.getMessage());
        }
        if (cause instanceof ForbiddenException e) {
            return Problem.of(Status.FORBIDDEN, e.getMessage());
        }
        if (cause instanceof ConflictException e) {
            return Problem.of(Status.CONFLICT, e.getMessage());
        }
        if (cause instanceof DomainException e) {
            return Problem.of(UNPROCESSABLE, e.getMessage());
        }
        if (cause instanceof ConstraintViolationException e) {
            return Problem.of(Status.BAD_REQUEST, "Some values are missing or not valid", fieldErrors(e));
        }
        if (cause instanceof OptimisticLockException || cause instanceof PessimisticLockException
                || cause.getClass().getSimpleName().equals("OptimisticLockingException")) {
            return Problem.of(Status.CONFLICT, "Someone else changed this meanwhile; reload and try again");
        }
        if (isConstraintViolationInDatabase(thrown)) {
            return Problem.of(Status.CONFLICT, "This conflicts with a record that already exists");
        }
        if (cause instanceof JsonbException || cause instanceof JsonException || cause instanceof ProcessingException) {
            return Problem.of(Status.BAD_REQUEST, "The request body is not valid JSON for this operation");
        }
        if (cause instanceof WebApplicationException e && e.getResponse().getStatus() < 500) {
            Response.StatusType status = e.getResponse().getStatusInfo();
            String message = e.getMessage();
            return Problem.of(status, status.getStatusCode() == 404 ? "No such resource"
                    : message == null || message.startsWith("HTTP ") ? status.getReasonPhrase() : message);
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error " + incident, thrown);
        return Problem.of(Status.INTERNAL_SERVER_ERROR,
                "The request could not be completed and nothing was saved; incident " + incident);
    }

    /** Finds our own exception inside the wrappers of transactions, CDI and EJB, if there is one. */
    private static Throwable rootCauseOfInterest(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof NotFoundException || t instanceof ForbiddenException || t instanceof ConflictException
                    || t instanceof DomainException || t instanceof ConstraintViolationException
                    || t instanceof OptimisticLockException || t instanceof PessimisticLockException
                    || t instanceof JsonbException || t instanceof JsonException || t instanceof WebApplicationException
                    || t.getClass().getSimpleName().equals("OptimisticLockingException")) {
                return t;
            }
        }
        return thrown;
    }

    /** A unique or foreign key the database refused (SQL state class 23), e.g. under a race. */
    private static boolean isConstraintViolationInDatabase(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, String> fieldErrors(ConstraintViolationException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.merge(fieldName(violation.getPropertyPath().toString()), violation.getMessage(),
                    (a, b) -> a + "; " + b);
        }
        return errors;
    }

    /** "create.arg1.title" becomes "title". */
    private static String fieldName(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    private static final Response.StatusType UNPROCESSABLE = new Response.StatusType() {
        @Override
        public int getStatusCode() {
            return 422;
        }

        @Override
        public Response.Status.Family getFamily() {
            return Response.Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
            return "Unprocessable Content";
        }
    };
}
