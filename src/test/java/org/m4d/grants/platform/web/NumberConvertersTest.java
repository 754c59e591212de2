package org.m4d.grants.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.faces.application.Application;
import jakarta.faces.application.ApplicationWrapper;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.event.PostConstructApplicationEvent;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pages' number converters; without a view (no FacesContext) their messages are in English. */
class NumberConvertersTest {

    private final NumberConverters.Decimals decimals = new NumberConverters.Decimals();
    private final NumberConverters.Integers integers = new NumberConverters.Integers();
    private final NumberConverters.Longs ids = new NumberConverters.Longs();

    @Test
    void theConvertersReplaceFacesOwnForEveryNumberTypeBoxedAndPrimitive() {
        Map<Class<?>, String> registered = new HashMap<>();
        Application application = new ApplicationWrapper(null) {
            @Override
            public void addConverter(Class<?> targetClass, String converterClass) {
                registered.put(targetClass, converterClass);
            }
        };
        new NumberConverters.Registration().processEvent(new PostConstructApplicationEvent(application));
        assertThat(registered).containsExactlyInAnyOrderEntriesOf(Map.of(
                BigDecimal.class, NumberConverters.Decimals.class.getName(),
                Long.class, NumberConverters.Longs.class.getName(),
                long.class, NumberConverters.Longs.class.getName(),
                Integer.class, NumberConverters.Integers.class.getName(),
                int.class, NumberConverters.Integers.class.getName()));
    }

    @Test
    void anIdIsPlainAsciiDigitsOnly() {
        assertThat(ids.getAsObject(null, null, "6585")).isEqualTo(6585L);
        for (String other : new String[] {"６５８５", "٦٥٨٥", "6585.0", "6.585e3"}) {
            assertThatThrownBy(() -> ids.getAsObject(null, null, other)).as(other)
                    .isInstanceOfSatisfying(ConverterException.class, e -> assertThat(e.getFacesMessage().getSummary())
                            .isEqualTo("Write whole numbers with the digits 0 to 9"));
        }
    }

    @Test
    void anAmountIsReadAsWrittenAndBlankIsNoValue() {
        assertThat(decimals.getAsObject(null, null, " 250000.50 ")).isEqualTo(new BigDecimal("250000.50"));
        assertThat(decimals.getAsObject(null, null, "  ")).isNull();
        assertThat(decimals.getAsString(null, null, new BigDecimal("1E+3"))).isEqualTo("1000");
    }

    @Test
    void aHugeExponentIsAMessageAtTheFieldNotAValue() {
        assertThatThrownBy(() -> decimals.getAsObject(null, null, "1e1000000000"))
                .isInstanceOfSatisfying(ConverterException.class, e -> assertThat(e.getFacesMessage().getSummary())
                        .isEqualTo("Enter a number with at most 18 digits before the decimal point and 6 after it"));
    }

    @Test
    void aWholeNumberBeyondTheIntRangeIsRefusedNotWrapped() {
        assertThatThrownBy(() -> integers.getAsObject(null, null, "4294967300"))
                .isInstanceOfSatisfying(ConverterException.class, e -> assertThat(e.getFacesMessage().getSummary())
                        .isEqualTo("Enter a whole number between -2,147,483,648 and 2,147,483,647"));
        assertThat(integers.getAsObject(null, null, "4")).isEqualTo(4);
    }
}
