package org.m4d.grants.reporting.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.m4d.grants.platform.api.RequestTransaction;
import org.m4d.grants.reporting.application.ResultsQueries;

/**
 * The results of a phase ({@code ?phase=}, the one under way by default) over every country of the
 * user ({@code /api/v1/results}: all eleven for the global roles). The page offers the tables as
 * CSV and XLSX.
 */
@RequestTransaction
@Path("results")
@Produces(MediaType.APPLICATION_JSON)
public class ResultsResource {

    @Inject
    ResultsQueries queries;

    @GET
    public ResultsDto get(@QueryParam("phase") String phase) {
        return ResultsDto.of(queries.results(queries.scope(null), phase));
    }
}
