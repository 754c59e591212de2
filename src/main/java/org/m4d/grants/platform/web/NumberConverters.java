package org.m4d.grants.platform.web;

import jakarta.faces.application.Application;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.function.Function;
import org.m4d.grants.platform.domain.AsciiNumber;
import org.m4d.grants.platform.domain.BoundedNumber;

/**
 * The converters of every number field and view parameter of the pages, in place of Faces' own
 * (installed by {@link Registration}): the standard {@code BigDecimal} converter takes any exponent,
 * and the whole-number ones wrap or take digits of any script. A refused field gets a message; a
 * refused view parameter names no page (404, as the API answers). A field's own
 * {@code converterMessage} still wins.
 */
public final class NumberConverters {

    private NumberConverters() {
    }

    /** Amounts, percentages, indicator figures. */
    public static class Decimals extends Bounded<BigDecimal> {
        public Decimals() {
            super(BoundedNumber::decimal, BigDecimal::toPlainString);
        }
    }

    /** Counts, scores, weights, page numbers. */
    public static class Integers extends Bounded<Integer> {
        public Integers() {
            super(BoundedNumber::integer, String::valueOf);
        }
    }

    /** Ids: plain ASCII digits only, so that one object has one address ({@link AsciiNumber}). */
    public static class Longs extends Bounded<Long> {
        public Longs() {
            super(AsciiNumber::parseLong, String::valueOf);
        }
    }

    /**
     * Puts the converters in place of Faces' own for the wrapper types and the primitives alike:
     * faces-config.xml can name only classes by type, and Faces keeps a separate converter for
     * {@code int} and {@code long}, so a primitive property such as the inbox's page would still
     * take any Unicode digit. Registered in faces-config.xml for the application's start.
     */
    public static class Registration implements SystemEventListener {
        @Override
        public void processEvent(SystemEvent event) {
            Application application = (Application) event.getSource();
            application.addConverter(BigDecimal.class, Decimals.class.getName());
            for (Class<?> type : new Class<?>[] {Integer.class, int.class}) {
                application.addConverter(type, Integers.class.getName());
            }
            for (Class<?> type : new Class<?>[] {Long.class, long.class}) {
                application.addConverter(type, Longs.class.getName());
            }
        }

        @Override
        public boolean isListenerForSource(Object source) {
            return source instanceof Application;
        }
    }

    /** Reads with the bounds, writes plainly; blank is no value. */
    abstract static class Bounded<T> implements Converter<T> {
        private final Function<String, T> read;
        private final Function<T, String> write;

        Bounded(Function<String, T> read, Function<T, String> write) {
            this.read = read;
            this.write = write;
        }

        @Override
        public T getAsObject(FacesContext context, UIComponent component, String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return read.apply(value.strip());
            } catch (BoundedNumber.OutOfBounds | IllegalArgumentException e) {
                if (component instanceof UIViewParameter) {
                    Pages.sendError(context, 404);
                }
                String text = text(context, e);
                throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text), e);
            }
        }

        @Override
        public String getAsString(FacesContext context, UIComponent component, T value) {
            return value == null ? "" : write.apply(value);
        }

        private static String text(FacesContext context, RuntimeException refusal) {
            Locale locale = context == null || context.getViewRoot() == null ? Locale.ENGLISH : context.getViewRoot().getLocale();
            if (refusal instanceof BoundedNumber.OutOfBounds outOfBounds) {
                return Pages.text(locale, outOfBounds);
            }
            return Formats.text(locale, "error.number.digits");
        }
    }
}
