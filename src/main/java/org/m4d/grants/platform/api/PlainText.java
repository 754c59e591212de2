package org.m4d.grants.platform.api;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;

/**
 * Every text field of a request, checked on the way in: control characters other than tab and line
 * breaks are refused, because nothing shows them and PostgreSQL cannot even store a NUL.
 */
public class PlainText implements JsonbDeserializer<String> {

    /** A text of a request that contains a control character. */
    public static final class UnsafeText extends JsonbException {
        private static final long serialVersionUID = 1L;

        UnsafeText() {
            super("Text may not contain control characters (only tabs and line breaks)");
        }
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
        JsonValue value = parser.getValue();
        String text = switch (value.getValueType()) {
            case NULL -> null;
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> value.toString();
            default -> throw new JsonbException("A text is expected");
        };
        if (text != null && hasControlCharacter(text)) {
            throw new UnsafeText();
        }
        return text;
    }

    /** Whether a text has a control character other than tab, line feed and carriage return. */
    static boolean hasControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                return true;
            }
        }
        return false;
    }
}
