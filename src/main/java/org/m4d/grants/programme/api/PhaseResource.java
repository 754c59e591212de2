package org.m4d.grants.programme.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.m4d.grants.platform.api.RequestTransaction;
import org.m4d.grants.programme.application.PhaseInput;
import org.m4d.grants.programme.application.PhaseService;
import org.m4d.grants.programme.application.PhaseView;

/**
 * The programme's phases, {@code /api/v1/programme/phases}: read by every signed-in user (they are
 * the same in every country), added by pmu.
 */
@RequestTransaction
@Path("programme/phases")
@Produces(MediaType.APPLICATION_JSON)
public class PhaseResource {

    /** A phase with its window, donor, eligible countries (by code), outcomes and indicator catalogue. */
    public record PhaseDto(String id, String programme, String name, String donor, LocalDate startDate,
                           LocalDate endDate, List<String> eligibleCountries, List<OutcomeDto> outcomes,
                           List<IndicatorDto> indicators) {
        static PhaseDto of(PhaseView v) {
            var p = v.phase();
            return new PhaseDto(p.id(), p.programmeId(), p.name(), p.donor(), p.startDate(), p.endDate(),
                    p.eligibleCountries().stream().sorted().toList(),
                    v.outcomes().stream().map(o -> new OutcomeDto(o.number(), o.title())).toList(),
                    v.indicators().stream().map(i -> new IndicatorDto(i.id(), i.outcome(), i.name(), i.unit())).toList());
        }
    }

    /** An outcome of a phase, numbered from 1. */
    public record OutcomeDto(int number, String title) {
    }

    /** A programme indicator under the outcome of that number, counted in its unit. */
    public record IndicatorDto(long id, int outcome, String name, String unit) {
    }

    @Inject
    PhaseService phases;

    @GET
    public List<PhaseDto> list() {
        return phases.list().stream().map(PhaseDto::of).toList();
    }

    @GET
    @Path("{id}")
    public PhaseDto get(@PathParam("id") String id) {
        return PhaseDto.of(phases.phase(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(PhaseInput input, @Context UriInfo uri) {
        String id = phases.add(input);
        return Response.created(uri.getAbsolutePathBuilder().path(id).build()).entity(PhaseDto.of(phases.phase(id)))
                .build();
    }
}
