package org.m4d.grants.reporting.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.m4d.grants.platform.api.RequestTransaction;
import org.m4d.grants.reporting.application.IatiExport;
import org.m4d.grants.reporting.application.IatiWriter;

/**
 * {@code GET /api/v1/iati/activities.xml?country=NP}: the grants of a country as IATI 2.03
 * activities; without {@code country}, those of every country of the user (all for {@code pmu}
 * and {@code observer}). A country the user does not belong to is 404, as everywhere in the API.
 */
@RequestTransaction
@Path("iati")
public class IatiResource {

    @Inject
    IatiExport export;

    @GET
    @Path("activities.xml")
    @Produces(IatiWriter.CONTENT_TYPE)
    public Response activities(@QueryParam("country") String country, @Context UriInfo uri) {
        byte[] file = export.activities(country, uri.getBaseUri().resolve("/openapi"));
        return Response.ok(file, IatiWriter.CONTENT_TYPE)
                .header("Content-Disposition", "attachment; filename=\"iati-activities"
                        + (country == null ? "" : "-" + country.replaceAll("[^A-Za-z]", "")) + ".xml\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
