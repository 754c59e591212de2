package org.m4d.grants.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.QueryParam;
import java.lang.annotation.Annotation;
import org.junit.jupiter.api.Test;

class AsciiNumberParamsTest {

    private final AsciiNumberParams params = new AsciiNumberParams();

    @Test
    void idsAndCountsOfEveryIntegerTypeTakeAsciiDigitsOnly() {
        for (Class<?> type : new Class<?>[] {long.class, Long.class, int.class, Integer.class}) {
            var converter = params.getConverter(type, type, new Annotation[0]);
            assertThat(converter.fromString("6585")).as(type.getName()).isEqualTo(type == long.class || type == Long.class
                    ? (Object) 6585L : (Object) 6585);
            assertThatThrownBy(() -> converter.fromString("６５８５")).as(type.getName())
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void queryParametersAreLeftToTheBoundedConverters() {
        QueryParam first = new QueryParam() {
            @Override
            public String value() {
                return "first";
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return QueryParam.class;
            }
        };
        assertThat(params.getConverter(int.class, int.class, new Annotation[] {first})).isNull();
        assertThat(new BoundedQueryParams().getConverter(int.class, int.class, new Annotation[] {first})).isNotNull();
    }

    @Test
    void otherTypesAreLeftToJersey() {
        assertThat(params.getConverter(String.class, String.class, new Annotation[0])).isNull();
    }
}
