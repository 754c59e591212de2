package org.m4d.grants.reporting.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.m4d.grants.platform.api.RequestTransaction;
import org.m4d.grants.reporting.application.CallFigures;
import org.m4d.grants.reporting.application.CallReader;

/**
 * A call's figures in one country, {@code /api/v1/tenants/NP/calls/{id}/figures} (ADR 31): the
 * envelope, requested, approved and disbursed in US dollars, read like the dashboard by the members
 * who may read the call.
 */
@RequestTransaction
@Path("tenants/{tenant}/calls/{id}/figures")
@Produces(MediaType.APPLICATION_JSON)
public class CallFiguresResource {

    @Inject
    CallReader calls;

    @GET
    public CallFigures get(@PathParam("id") long id) {
        return calls.read(id);
    }
}
