package org.m4d.grants.operations.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.m4d.grants.operations.application.IncidentAdministration;
import org.m4d.grants.platform.api.RequestTransaction;

/** The failed jobs of every country the caller administers: {@code /api/v1/incidents} (pmu: all of them). */
@RequestTransaction
@Path("incidents")
@Produces(MediaType.APPLICATION_JSON)
public class IncidentResource {

    @Inject
    IncidentAdministration incidents;

    @GET
    public List<IncidentDto> list() {
        return IncidentDto.of(incidents.all());
    }
}
