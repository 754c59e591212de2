package org.m4d.grants.platform.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON binding for the API: an unknown field in a request is an error, not silently dropped; text
 * with control characters (other than tab and line breaks) is refused, because nothing shows them
 * and PostgreSQL cannot even store a NUL; numbers are bounded before they become values
 * ({@link StrictNumbers}), and so are dates ({@link StrictDates}).
 */
@Provider
public class StrictJson implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .withFormatting(false)
            .withDeserializers(new PlainText())
            .withDeserializers(StrictNumbers.all())
            .withDeserializers(new StrictDates())
            .setProperty("jsonb.fail-on-unknown-properties", true));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    public static Jsonb jsonb() {
        return JSONB;
    }
}
