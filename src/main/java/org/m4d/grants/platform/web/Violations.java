package org.m4d.grants.platform.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.ValidationException;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Bean Validation messages in the language of the page. A violation carries its message in the
 * server's language; its template is interpolated again for the user's locale, with our own
 * messages from {@code ValidationMessages*.properties} and the provider's for the standard
 * constraints. A standard message ("must not be null") is prefixed with the field's label when
 * the bundle has one ({@code field.<name>}).
 */
public final class Violations {

    private static final Logger LOG = Logger.getLogger(Violations.class.getName());
    private static final String STANDARD = "{jakarta.validation.constraints.";
    private static final String PROVIDER = "{org.hibernate.validator.constraints.";

    private Violations() {
    }

    /** The violation's message for a page in a locale, with the container's interpolator. */
    public static String text(ConstraintViolation<?> violation, Locale locale) {
        MessageInterpolator interpolator;
        try {
            interpolator = CDI.current().select(ValidatorFactory.class).get().getMessageInterpolator();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "No validator factory to translate a message with", e);
            return violation.getMessage();
        }
        return text(violation, interpolator, locale);
    }

    public static String text(ConstraintViolation<?> violation, MessageInterpolator interpolator, Locale locale) {
        String template = violation.getMessageTemplate();
        String message;
        try {
            message = interpolator.interpolate(template, new Context(violation), locale);
        } catch (ValidationException e) {
            message = violation.getMessage();
        }
        if (template != null && (template.startsWith(STANDARD) || template.startsWith(PROVIDER))) {
            String field = field(violation.getPropertyPath());
            String label = field == null ? null : Formats.code(locale, "field.", field);
            if (label != null && !label.equals(field)) {
                return Formats.text(locale, "validation.fieldMessage", label, message);
            }
        }
        return message;
    }

    /** The last named node of the path: "create.arg1.title" is the field "title". */
    private static String field(Path path) {
        String name = null;
        for (Path.Node node : path) {
            if (node.getName() != null) {
                name = node.getName();
            }
        }
        return name;
    }

    /** What the interpolator needs to know of the violation again: its constraint and value. */
    private record Context(ConstraintViolation<?> violation) implements MessageInterpolator.Context {

        @Override
        public ConstraintDescriptor<?> getConstraintDescriptor() {
            return violation.getConstraintDescriptor();
        }

        @Override
        public Object getValidatedValue() {
            return violation.getInvalidValue();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            if (type.isInstance(this)) {
                return type.cast(this);
            }
            throw new ValidationException("Cannot unwrap to " + type.getName());
        }
    }
}
