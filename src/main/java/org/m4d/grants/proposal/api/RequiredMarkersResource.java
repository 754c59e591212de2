package org.m4d.grants.proposal.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.m4d.grants.platform.api.RequestTransaction;
import org.m4d.grants.proposal.application.PhaseMarkerService;
import org.m4d.grants.proposal.application.RequiredMarkers;

/**
 * The markers a phase requires of a proposal at submission, {@code /api/v1/programme/phases/M4D-IV/required-markers}:
 * read by every signed-in user, set by pmu.
 */
@RequestTransaction
@Path("programme/phases/{id}/required-markers")
@Produces(MediaType.APPLICATION_JSON)
public class RequiredMarkersResource {

    @Inject
    PhaseMarkerService markers;

    @GET
    public RequiredMarkers get(@PathParam("id") String phase) {
        return markers.of(phase);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public RequiredMarkers put(@PathParam("id") String phase, RequiredMarkers required) {
        return markers.require(phase, required);
    }
}
