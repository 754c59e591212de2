package org.m4d.grants.platform.api;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.function.Function;
import org.m4d.grants.platform.domain.AsciiNumber;

/**
 * Every numeric path parameter of the API (ids) in ASCII digits only (see {@link AsciiNumber});
 * Jersey asks custom converters before its own, primitives included. Anything else is a path that
 * does not exist (404 problem+json). Query parameters are {@link BoundedQueryParams}' (400 with what
 * is taken).
 */
@Provider
public class AsciiNumberParams implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (Arrays.stream(annotations).anyMatch(QueryParam.class::isInstance)) {
            return null;
        }
        if (rawType == long.class || rawType == Long.class) {
            return (ParamConverter<T>) converter(AsciiNumber::parseLong);
        }
        if (rawType == int.class || rawType == Integer.class) {
            return (ParamConverter<T>) converter(AsciiNumber::parseInt);
        }
        return null;
    }

    private static <N extends Number> ParamConverter<N> converter(Function<String, N> parse) {
        return new ParamConverter<>() {
            @Override
            public N fromString(String value) {
                return parse.apply(value);
            }

            @Override
            public String toString(N value) {
                return value.toString();
            }
        };
    }
}
