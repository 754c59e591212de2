package org.m4d.grants.grant.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.m4d.grants.grant.application.AmendmentRequest;
import org.m4d.grants.grant.application.AmendmentService;
import org.m4d.grants.grant.domain.AgreementLine;
import org.m4d.grants.grant.domain.AgreementVersion;
import org.m4d.grants.grant.domain.Amendment;
import org.m4d.grants.platform.api.RequestTransaction;

/**
 * A grant's amendments and the versions of its agreement:
 * {@code /api/v1/tenants/NP/proposals/{id}/grant/amendments} and {@code …/grant/versions}.
 */
@RequestTransaction
@Path("tenants/{tenant}/proposals/{proposal}/grant")
@Produces(MediaType.APPLICATION_JSON)
public class AmendmentResource {

    /** A budget line of a version or of a revision. */
    public record LineDto(String description, BigDecimal amount) {
        static List<LineDto> of(List<AgreementLine> lines) {
            return lines.stream().map(l -> new LineDto(l.description(), l.amount())).toList();
        }
    }

    /** An amendment with what it asks for and where it stands. */
    public record AmendmentDto(long id, int number, String kind, String status, String reason, String requestedBy,
                               Instant requestedAt, String decidedBy, Instant decidedAt, LocalDate newEndDate,
                               BigDecimal newAmount, List<LineDto> lines) {
        static AmendmentDto of(Amendment a) {
            return new AmendmentDto(a.id(), a.number(), a.kind().name(), a.status().name(), a.reason(),
                    a.requestedBy(), a.requestedAt(), a.decidedBy(), a.decidedAt(), a.newEndDate(), a.newAmount(),
                    LineDto.of(a.lines()));
        }
    }

    /** One version of the agreement's terms. */
    public record VersionDto(int number, Instant inForceFrom, BigDecimal approvedAmount, String currency,
                             LocalDate endDate, Long amendmentId, List<LineDto> lines) {
        static VersionDto of(AgreementVersion v) {
            return new VersionDto(v.number(), v.inForceFrom(), v.approved().amount(), v.approved().currency(),
                    v.endDate(), v.amendmentId(), LineDto.of(v.lines()));
        }
    }

    @Inject
    AmendmentService amendments;

    @PathParam("proposal")
    long proposal;

    @GET
    @Path("amendments")
    public List<AmendmentDto> list() {
        return amendments.list(proposal).stream().map(AmendmentDto::of).toList();
    }

    @POST
    @Path("amendments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response request(AmendmentRequest request) {
        return Response.status(Response.Status.CREATED).entity(AmendmentDto.of(amendments.request(proposal, request)))
                .build();
    }

    @GET
    @Path("versions")
    public List<VersionDto> versions() {
        return amendments.versions(proposal).stream().map(VersionDto::of).toList();
    }
}
