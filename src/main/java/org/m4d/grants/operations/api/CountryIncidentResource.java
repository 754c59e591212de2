package org.m4d.grants.operations.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.m4d.grants.operations.application.IncidentAdministration;
import org.m4d.grants.platform.api.RequestTransaction;

/**
 * One country's failed jobs, for its administrator and pmu, with Retry and Resolve:
 * {@code /api/v1/tenants/NP/incidents}. An action answers the job as it was before it.
 */
@RequestTransaction
@Path("tenants/{tenant}/incidents")
@Produces(MediaType.APPLICATION_JSON)
public class CountryIncidentResource {

    @Inject
    IncidentAdministration incidents;

    @GET
    public List<IncidentDto> list(@PathParam("tenant") String tenant) {
        return IncidentDto.of(incidents.country(tenant));
    }

    @POST
    @Path("{id}/retry")
    public IncidentDto retry(@PathParam("tenant") String tenant, @PathParam("id") String id) {
        return IncidentDto.of(incidents.retry(tenant, id));
    }

    @POST
    @Path("{id}/resolve")
    public IncidentDto resolve(@PathParam("tenant") String tenant, @PathParam("id") String id) {
        return IncidentDto.of(incidents.resolve(tenant, id));
    }
}
