package org.m4d.grants.reporting.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.m4d.grants.platform.api.RequestTransaction;
import org.m4d.grants.reporting.application.ResultsQueries;

/**
 * One country's results of a phase, for every member of the country: {@code /api/v1/tenants/NP/results}.
 */
@RequestTransaction
@Path("tenants/{tenant}/results")
@Produces(MediaType.APPLICATION_JSON)
public class CountryResultsResource {

    @Inject
    ResultsQueries queries;

    @GET
    public ResultsDto get(@PathParam("tenant") String tenant, @QueryParam("phase") String phase) {
        return ResultsDto.of(queries.results(queries.scope(tenant), phase));
    }
}
