package org.m4d.grants.practice.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.m4d.grants.platform.api.RequestTransaction;
import org.m4d.grants.platform.domain.BoundedNumber;
import org.m4d.grants.practice.application.PracticeLibrary;
import org.m4d.grants.practice.domain.PracticeSearch;

/**
 * The practice library of every country, {@code /api/v1/practices}: no country in the path,
 * because a published practice is for the users of all of them (docs/adr/0028).
 */
@RequestTransaction
@Path("practices")
@Produces(MediaType.APPLICATION_JSON)
public class PracticeResource {

    @Inject
    PracticeLibrary library;

    /** The published practices matching text, sector, outcome and country, the latest closed first. */
    @GET
    public List<PracticeDto> search(@QueryParam("q") String text, @QueryParam("sector") String sector,
                                    @QueryParam("outcome") String outcome, @QueryParam("country") String country) {
        return library.search(new PracticeSearch(text, sector, outcome(outcome), country)).stream()
                .map(PracticeDto::of).toList();
    }

    @GET
    @Path("{id}")
    public PracticeDto get(@PathParam("id") long id) {
        return PracticeDto.of(library.read(id));
    }

    // read here rather than by the bounded converter, which cannot tell an outcome left out from a bad one
    private static Integer outcome(String outcome) {
        if (outcome == null || outcome.isBlank()) {
            return null;
        }
        try {
            return BoundedNumber.integer(outcome);
        } catch (BoundedNumber.OutOfBounds e) {
            throw new BadRequestException("Query parameter outcome: " + e.getMessage());
        }
    }
}
