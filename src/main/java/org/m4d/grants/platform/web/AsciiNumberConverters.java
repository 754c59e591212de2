package org.m4d.grants.platform.web;

import jakarta.faces.application.Application;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.IntegerConverter;
import jakarta.faces.convert.LongConverter;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import org.m4d.grants.platform.domain.AsciiNumber;

/**
 * The pages' converters for whole numbers (ids in view parameters such as {@code ?id=6585}), in
 * ASCII digits only like the API (see {@link AsciiNumber}); registered by {@link Registration}.
 */
public final class AsciiNumberConverters {

    private AsciiNumberConverters() {
    }

    /** For {@code Long} properties. */
    public static class Longs extends LongConverter {
        @Override
        public Object getAsObject(FacesContext context, UIComponent component, String value) {
            return blank(value) ? super.getAsObject(context, component, value) : (Long) parse(context, component, value);
        }
    }

    /** For {@code Integer} properties. */
    public static class Integers extends IntegerConverter {
        @Override
        public Object getAsObject(FacesContext context, UIComponent component, String value) {
            return blank(value) ? super.getAsObject(context, component, value)
                    : (Integer) (int) parse(context, component, value);
        }
    }

    /**
     * Puts the converters in place of Faces' own for the wrapper types and the primitives alike:
     * faces-config.xml can name only classes, and Faces keeps a separate converter for {@code int}
     * and {@code long}, so a primitive property such as the inbox's page would still take any
     * Unicode digit. Registered in faces-config.xml for the application's start.
     */
    public static class Registration implements SystemEventListener {
        @Override
        public void processEvent(SystemEvent event) {
            Application application = (Application) event.getSource();
            for (Class<?> type : new Class<?>[] {Long.class, long.class}) {
                application.addConverter(type, Longs.class.getName());
            }
            for (Class<?> type : new Class<?>[] {Integer.class, int.class}) {
                application.addConverter(type, Integers.class.getName());
            }
        }

        @Override
        public boolean isListenerForSource(Object source) {
            return source instanceof Application;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /**
     * A view parameter that is no id names no page (404, as the API answers), which also keeps the
     * page's loading action from running with no id; a form field says how to write the number.
     */
    private static long parse(FacesContext context, UIComponent component, String value) {
        try {
            return AsciiNumber.parseLong(value.strip());
        } catch (IllegalArgumentException e) {
            if (component instanceof UIViewParameter) {
                Pages.sendError(context, 404);
            }
            String message = context.getApplication().getResourceBundle(context, "msg").getString("error.number.digits");
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null), e);
        }
    }
}
