package org.m4d.grants.identity.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import org.m4d.grants.identity.application.Access;
import org.m4d.grants.platform.application.TenantContext;

/**
 * The country of an API request is the {@code tenant} of its path ({@code /api/v1/tenants/NP/...}):
 * checked once here, after authentication and before the resource or its body are touched (a
 * country the user does not belong to, and everything in it, answers 404 and is audited), then set
 * as the request's tenant context until the response is written.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class TenantFromPath implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String SCOPE = TenantFromPath.class.getName();

    @Inject
    Access access;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        String tenant = request.getUriInfo().getPathParameters().getFirst("tenant");
        if (tenant != null) {
            request.setProperty(SCOPE, access.enter(tenant, tried()));
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(SCOPE) instanceof TenantContext.Scope scope) {
            scope.close();
        }
    }

    /** The resource method asked for, e.g. {@code ProposalResource.get}, for the audit of a denial. */
    private String tried() {
        return resource.getResourceClass().getSimpleName() + "." + resource.getResourceMethod().getName();
    }
}
