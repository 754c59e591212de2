package org.m4d.grants.platform.api;

import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.function.Function;
import org.m4d.grants.platform.domain.BoundedNumber;

/**
 * Every number of a request, read from the text as sent and bounded by {@link BoundedNumber} before
 * JSON-B turns it into a value: the default binding builds the {@code BigDecimal} of any exponent and
 * wraps an integer that does not fit its type.
 */
final class StrictNumbers {

    /** A number of a request outside the bounds of the application. */
    static final class BadNumber extends JsonbException {
        private static final long serialVersionUID = 1L;

        BadNumber(String message) {
            super(message);
        }
    }

    private StrictNumbers() {
    }

    static JsonbDeserializer<?>[] all() {
        return new JsonbDeserializer<?>[] {new Decimals(), new Integers(), new Longs()};
    }

    /** Decimals: amounts, percentages, indicator figures. */
    static final class Decimals implements JsonbDeserializer<BigDecimal> {
        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return read(parser, BoundedNumber::decimal);
        }
    }

    /** Whole numbers of {@code int} range: scores, counts, codes. */
    static final class Integers implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return read(parser, BoundedNumber::integer);
        }
    }

    /** Whole numbers of {@code long} range: ids. */
    static final class Longs implements JsonbDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return read(parser, BoundedNumber::longInteger);
        }
    }

    /**
     * A number may come as a JSON number or as a string of one, as the default binding allows. Its
     * text is read without {@code getValue()}, which would build the {@code BigDecimal} of any size.
     */
    private static <T> T read(JsonParser parser, Function<String, T> bounded) {
        String text;
        try {
            text = parser.getString();
        } catch (IllegalStateException noNumber) {
            if (parser.getValue().getValueType() == JsonValue.ValueType.NULL) {
                return null;
            }
            throw new JsonbException("A number is expected");
        }
        try {
            return bounded.apply(text);
        } catch (BoundedNumber.OutOfBounds e) {
            throw new BadNumber(e.getMessage());
        }
    }
}
