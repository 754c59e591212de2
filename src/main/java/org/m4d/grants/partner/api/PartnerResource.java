package org.m4d.grants.partner.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.m4d.grants.partner.application.AssessmentInput;
import org.m4d.grants.partner.application.PartnerDetails;
import org.m4d.grants.partner.application.PartnerInput;
import org.m4d.grants.partner.application.PartnerService;
import org.m4d.grants.partner.application.PartnerSummary;
import org.m4d.grants.partner.domain.Partner;
import org.m4d.grants.partner.domain.RiskAssessment;
import org.m4d.grants.platform.api.RequestTransaction;

/**
 * Implementing partners of one country: {@code /api/v1/tenants/NP/partners}, each with its
 * micro-assessments ({@code …/partners/{id}/assessments}).
 */
@RequestTransaction
@Path("tenants/{tenant}/partners")
@Produces(MediaType.APPLICATION_JSON)
public class PartnerResource {

    /** A line of the list; the rating is null for the roles that may not read it. */
    public record PartnerSummaryDto(long id, String name, String type, String rating) {
        static PartnerSummaryDto of(PartnerSummary s) {
            return new PartnerSummaryDto(s.id(), s.name(), s.type().name(),
                    s.rating() == null ? null : s.rating().name());
        }
    }

    /** A partner with its numbers, contact, the rating in force today and its assessments, newest first. */
    public record PartnerDto(long id, String tenant, String name, String type, String registrationNumber,
                             String vendorNumber, String contactName, String contactEmail, String contactPhone,
                             String rating, String createdBy, Instant createdAt, List<AssessmentDto> assessments) {
        static PartnerDto of(PartnerDetails d) {
            Partner p = d.partner();
            return new PartnerDto(p.id(), p.tenantId(), p.name(), p.type().name(), p.registrationNumber(),
                    p.vendorNumber(), p.contactName(), p.contactEmail(), p.contactPhone(), d.ratingInForce().name(),
                    p.createdBy(), p.createdAt(), d.history().stream().map(AssessmentDto::of).toList());
        }
    }

    /** One micro-assessment as recorded. */
    public record AssessmentDto(long id, String rating, LocalDate assessedOn, String assessor, LocalDate validUntil,
                                String note, String recordedBy, Instant recordedAt) {
        static AssessmentDto of(RiskAssessment a) {
            return new AssessmentDto(a.id(), a.rating().name(), a.assessedOn(), a.assessor(), a.validUntil(),
                    a.note(), a.recordedBy(), a.recordedAt());
        }
    }

    @Inject
    PartnerService partners;

    @GET
    public List<PartnerSummaryDto> list() {
        return partners.list().stream().map(PartnerSummaryDto::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(PartnerInput input, @Context UriInfo uri) {
        long id = partners.create(input);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(id)).build())
                .entity(PartnerDto.of(partners.details(id))).build();
    }

    @GET
    @Path("{id}")
    public PartnerDto get(@PathParam("id") long id) {
        return PartnerDto.of(partners.details(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public PartnerDto update(@PathParam("id") long id, PartnerInput input) {
        partners.update(id, input);
        return PartnerDto.of(partners.details(id));
    }

    @GET
    @Path("{id}/assessments")
    public List<AssessmentDto> assessments(@PathParam("id") long id) {
        return partners.assessments(id).stream().map(AssessmentDto::of).toList();
    }

    @POST
    @Path("{id}/assessments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response assess(@PathParam("id") long id, AssessmentInput input, @Context UriInfo uri) {
        long assessment = partners.assess(id, input);
        AssessmentDto created = partners.assessments(id).stream().filter(a -> a.id() == assessment)
                .map(AssessmentDto::of).findFirst().orElseThrow();
        return Response.created(uri.getAbsolutePath()).entity(created).build();
    }
}
