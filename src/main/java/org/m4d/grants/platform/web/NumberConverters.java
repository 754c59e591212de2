package org.m4d.grants.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.function.Function;
import org.m4d.grants.platform.domain.BoundedNumber;

/**
 * The converters of every number field and query parameter of the pages, in place of the standard
 * ones (faces-config.xml, by type): the standard {@code BigDecimal} converter takes any exponent,
 * and the whole-number ones take digits of any script. A refusal is a message at the field; a
 * field's own {@code converterMessage} still wins.
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

    /** Ids. */
    public static class Longs extends Bounded<Long> {
        public Longs() {
            super(BoundedNumber::longInteger, String::valueOf);
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
            } catch (BoundedNumber.OutOfBounds e) {
                Locale locale = context == null || context.getViewRoot() == null ? Locale.ENGLISH : context.getViewRoot().getLocale();
                String text = Pages.text(locale, e);
                throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text), e);
            }
        }

        @Override
        public String getAsString(FacesContext context, UIComponent component, T value) {
            return value == null ? "" : write.apply(value);
        }
    }
}
