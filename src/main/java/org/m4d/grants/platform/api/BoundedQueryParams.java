package org.m4d.grants.platform.api;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import org.m4d.grants.platform.domain.BoundedNumber;

/**
 * Numbers of the query string, bounded like those of a body ({@link BoundedNumber}): an out-of-range
 * or malformed one is a 400 problem saying what is taken, not Jersey's bare 404, and digits of other
 * scripts are not read as numbers.
 */
@Provider
public class BoundedQueryParams implements ParamConverterProvider {

    private static final Map<Class<?>, Function<String, ?>> READERS = Map.of(
            int.class, BoundedNumber::integer, Integer.class, BoundedNumber::integer,
            long.class, BoundedNumber::longInteger, Long.class, BoundedNumber::longInteger,
            BigDecimal.class, BoundedNumber::decimal);

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        Function<String, ?> reader = READERS.get(rawType);
        if (reader == null || Arrays.stream(annotations).noneMatch(QueryParam.class::isInstance)) {
            return null;
        }
        String name = Arrays.stream(annotations).filter(QueryParam.class::isInstance)
                .map(a -> ((QueryParam) a).value()).findFirst().orElse("");
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                try {
                    return (T) reader.apply(value);
                } catch (BoundedNumber.OutOfBounds e) {
                    throw new BadRequestException("Query parameter " + name + ": " + e.getMessage());
                }
            }

            @Override
            public String toString(T value) {
                return String.valueOf(value);
            }
        };
    }
}
