package org.m4d.grants.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.faces.application.Application;
import jakarta.faces.application.ApplicationWrapper;
import jakarta.faces.event.PostConstructApplicationEvent;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AsciiNumberConvertersTest {

    @Test
    void theAsciiConvertersReplaceFacesOwnForBoxedAndPrimitiveWholeNumbers() {
        Map<Class<?>, String> registered = new HashMap<>();
        Application application = new ApplicationWrapper(null) {
            @Override
            public void addConverter(Class<?> targetClass, String converterClass) {
                registered.put(targetClass, converterClass);
            }
        };
        new AsciiNumberConverters.Registration().processEvent(new PostConstructApplicationEvent(application));
        assertThat(registered).containsExactlyInAnyOrderEntriesOf(Map.of(
                Long.class, AsciiNumberConverters.Longs.class.getName(),
                long.class, AsciiNumberConverters.Longs.class.getName(),
                Integer.class, AsciiNumberConverters.Integers.class.getName(),
                int.class, AsciiNumberConverters.Integers.class.getName()));
    }
}
