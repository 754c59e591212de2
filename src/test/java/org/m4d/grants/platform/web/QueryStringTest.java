package org.m4d.grants.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryStringTest {

    @Test
    void onlyParametersWithAValueInTheirOrderEncoded() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("text", "Pokhara & co");
        params.put("state", null);
        params.put("sector", " ");
        params.put("page", "2");
        assertThat(Pages.query(params)).isEqualTo("?text=Pokhara+%26+co&page=2");
        assertThat(Pages.query(Map.of())).isEmpty();
    }
}
