package org.m4d.grants.practice.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.m4d.grants.platform.api.RequestTransaction;
import org.m4d.grants.practice.application.ConsentInput;
import org.m4d.grants.practice.application.PracticeLibrary;

/**
 * The applicant's consent to publish their closed grant's practice, in its country:
 * {@code /api/v1/tenants/NP/practices/{id}/consent}.
 */
@RequestTransaction
@Path("tenants/{tenant}/practices")
@Produces(MediaType.APPLICATION_JSON)
public class PracticeConsentResource {

    @Inject
    PracticeLibrary library;

    @POST
    @Path("{id}/consent")
    @Consumes(MediaType.APPLICATION_JSON)
    public PracticeDto consent(@PathParam("id") long id, ConsentInput input) {
        return PracticeDto.of(library.decideConsent(id, input));
    }
}
