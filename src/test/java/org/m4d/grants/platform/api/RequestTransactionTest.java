package org.m4d.grants.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.m4d.grants.it.Routes;

class RequestTransactionTest {

    @Test
    void everyApiOperationRunsInOneTransactionOfItsRequest() {
        Map<String, Method> operations = Routes.restMethods();

        Map<String, String> without = operations.entrySet().stream()
                .filter(o -> !o.getValue().getDeclaringClass().isAnnotationPresent(RequestTransaction.class))
                .collect(Collectors.toMap(Map.Entry::getKey, o -> o.getValue().getDeclaringClass().getSimpleName()));

        assertThat(operations).hasSizeGreaterThanOrEqualTo(18);
        assertThat(without).isEmpty();
    }
}
