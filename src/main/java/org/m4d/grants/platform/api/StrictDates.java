package org.m4d.grants.platform.api;

import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Every date of a request, as {@code yyyy-mm-dd} between 1900 and 2199: the default binding takes
 * any year Java can hold, which then fails in a database column or the engine's timestamps (a 500)
 * rather than being refused as input.
 */
final class StrictDates implements JsonbDeserializer<LocalDate> {

    static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    static final LocalDate LAST = LocalDate.of(2199, 12, 31);

    /** A date of a request outside the bounds of the application, or not a date. */
    static final class BadDate extends JsonbException {
        private static final long serialVersionUID = 1L;

        BadDate(String message) {
            super(message);
        }
    }

    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext context, Type type) {
        String text;
        try {
            text = parser.getString();
        } catch (IllegalStateException noString) {
            if (parser.getValue().getValueType() == JsonValue.ValueType.NULL) {
                return null;
            }
            throw new BadDate("A date is expected as yyyy-mm-dd");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException e) {
            throw new BadDate("A date is expected as yyyy-mm-dd");
        }
        if (date.isBefore(FIRST) || date.isAfter(LAST)) {
            throw new BadDate("A date between " + FIRST + " and " + LAST + " is expected");
        }
        return date;
    }
}
