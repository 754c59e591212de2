package org.m4d.grants.platform.api;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Keeps the served API description valid OpenAPI: Payara 6 adds a top-level {@code endpoints}
 * member (its list of deployed applications; payara/Payara#7891 renames it {@code x-endpoints},
 * after the release in use), which the OpenAPI 3.0 schema forbids. The member is Payara's own and not
 * in the MicroProfile model, hence the reflection; its serializer leaves empty maps out.
 */
public class ApiDescriptionFilter implements OASFilter {

    private static final Logger LOG = Logger.getLogger(ApiDescriptionFilter.class.getName());

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Method endpoints;
        try {
            endpoints = openAPI.getClass().getMethod("getEndpoints");
        } catch (NoSuchMethodException e) {
            return;
        }
        try {
            if (endpoints.invoke(openAPI) instanceof Map<?, ?> map) {
                map.clear();
            }
        } catch (IllegalAccessException | InvocationTargetException | UnsupportedOperationException e) {
            LOG.log(Level.WARNING, "Could not remove the container's endpoints from the API description", e);
        }
    }
}
