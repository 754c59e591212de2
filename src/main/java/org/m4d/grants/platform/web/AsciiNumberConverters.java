package org.m4d.grants.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.IntegerConverter;
import jakarta.faces.convert.LongConverter;
import org.m4d.grants.platform.domain.AsciiNumber;

/**
 * The pages' converters for whole numbers (ids in view parameters such as {@code ?id=6585}), in
 * ASCII digits only like the API (see {@link AsciiNumber}); registered by type in faces-config.xml.
 */
public final class AsciiNumberConverters {

    private AsciiNumberConverters() {
    }

    /** For {@code Long} properties. */
    public static class Longs extends LongConverter {
        @Override
        public Object getAsObject(FacesContext context, UIComponent component, String value) {
            return blank(value) ? super.getAsObject(context, component, value) : (Long) parse(value);
        }
    }

    /** For {@code Integer} properties. */
    public static class Integers extends IntegerConverter {
        @Override
        public Object getAsObject(FacesContext context, UIComponent component, String value) {
            return blank(value) ? super.getAsObject(context, component, value) : (Integer) (int) parse(value);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static long parse(String value) {
        try {
            return AsciiNumber.parseLong(value.strip());
        } catch (IllegalArgumentException e) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, "Not found", null), e);
        }
    }
}
