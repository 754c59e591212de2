package org.m4d.grants.operations.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.m4d.grants.operations.application.ConsistencyCheck;
import org.m4d.grants.platform.api.RequestTransaction;

/** One country's consistency check, for its administrator and pmu: {@code /api/v1/tenants/NP/consistency}. */
@RequestTransaction
@Path("tenants/{tenant}/consistency")
@Produces(MediaType.APPLICATION_JSON)
public class CountryConsistencyResource {

    @Inject
    ConsistencyCheck check;

    @GET
    public ConsistencyDto get(@PathParam("tenant") String tenant) {
        return ConsistencyDto.of(check.country(tenant));
    }
}
