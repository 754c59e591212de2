package org.m4d.grants.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/** The REST API of M4D Grants, version 1. Every resource under it needs a signed-in user. */
@ApplicationPath("/api/v1")
public class RestApplication extends Application {

    /** Jersey's generated WADL would answer OPTIONS with XML; the API's description is /openapi. */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
