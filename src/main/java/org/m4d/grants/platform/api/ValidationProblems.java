package org.m4d.grants.platform.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Invalid input as a 400 problem with field errors, instead of Jersey's own validation mapper. A
 * validation failure that is no violation (a broken constraint definition) is our fault.
 */
@Provider
public class ValidationProblems implements ExceptionMapper<ValidationException> {

    @Override
    public Response toResponse(ValidationException exception) {
        if (exception instanceof ConstraintViolationException invalid) {
            return Problem.of(Response.Status.BAD_REQUEST, "Some values are missing or not valid", fieldErrors(invalid));
        }
        return Incidents.of(exception);
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
}
