package org.m4d.grants.platform.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.util.regex.Pattern;
import org.primefaces.component.inputnumber.InputNumberRenderer;

/**
 * PrimeFaces' number input ({@code p:inputNumber}) handing what was sent to the application's
 * converters ({@link NumberConverters}) as it is: PrimeFaces' own renderer moves a number outside
 * the field's range to the nearest bound without a word, and fails the whole request on a value
 * that is no number, where the converters refuse both with a message next to the field. Registered
 * in faces-config.xml in place of PrimeFaces' renderer.
 */
public class TypedNumberRenderer extends InputNumberRenderer {

    private static final Pattern PLAIN = Pattern.compile("-?\\d{1,24}(\\.\\d{1,12})?");

    @Override
    public void decode(FacesContext context, UIComponent component) {
        UIInput input = (UIInput) component;
        if (!shouldDecode(input)) {
            return;
        }
        decodeBehaviors(context, component);
        String sent = context.getExternalContext().getRequestParameterMap().get(component.getClientId(context) + "_hinput");
        if (sent != null) {
            input.setSubmittedValue(sent);
        }
    }

    /** A refused value that is no number is not shown again: the widget could not hold it. */
    @Override
    public void encodeEnd(FacesContext context, UIComponent component) throws IOException {
        UIInput input = (UIInput) component;
        if (input.getSubmittedValue() instanceof String sent && !sent.isBlank() && !isNumber(sent)) {
            input.setSubmittedValue(null);
        }
        super.encodeEnd(context, component);
    }

    /** The plain form the widget sends, short enough for the widget to show. */
    static boolean isNumber(String text) {
        return PLAIN.matcher(text).matches();
    }
}
