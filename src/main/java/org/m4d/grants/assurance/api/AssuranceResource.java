package org.m4d.grants.assurance.api;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.m4d.grants.assurance.application.AssuranceOverview;
import org.m4d.grants.assurance.application.AssurancePlanning;
import org.m4d.grants.assurance.application.PartnerProgress;
import org.m4d.grants.assurance.application.PlannedYear;
import org.m4d.grants.assurance.domain.AssuranceActivity;
import org.m4d.grants.assurance.domain.Finding;
import org.m4d.grants.platform.api.RequestTransaction;
import org.m4d.grants.platform.domain.BoundedNumber;

/**
 * HACT assurance of a country: {@code /api/v1/tenants/NP/assurance} (each partner's year, planned
 * against done), {@code .../assurance/partners/{id}/plan} (plan a partner's year) and
 * {@code .../assurance/findings}. Activities are then done through their tasks.
 */
@RequestTransaction
@Path("tenants/{tenant}/assurance")
@Produces(MediaType.APPLICATION_JSON)
public class AssuranceResource {

    /** The year to plan. */
    public record PlanRequest(@NotNull(message = "{m4d.assurance.yearRequired}") Integer year) {
    }

    public record ActivityDto(long id, String kind, LocalDate dueOn, String status, LocalDate doneOn, String doneBy,
                              long proposalId) {
        static ActivityDto of(AssuranceActivity a) {
            return new ActivityDto(a.id(), a.kind().name(), a.dueOn(), a.status().name(), a.doneOn(), a.doneBy(),
                    a.proposalId());
        }
    }

    public record PlanDto(long partnerId, int year, String rating, BigDecimal cashTransferredUsd, int programmaticVisits,
                          int spotChecks, boolean scheduledAudit, int added, List<ActivityDto> activities) {
        static PlanDto of(PlannedYear p) {
            return new PlanDto(p.partnerId(), p.year(), p.rating().name(), p.cashUsd(), p.plan().programmaticVisits(),
                    p.plan().spotChecks(), p.plan().scheduledAudit(), p.added(),
                    p.activities().stream().map(ActivityDto::of).toList());
        }
    }

    public record FindingDto(long id, long activityId, long partnerId, long proposalId, String priority, String text,
                             String recommendation, LocalDate dueOn, String status, String followUp, String recordedBy,
                             String closedBy, Instant closedAt) {
        static FindingDto of(Finding f) {
            return new FindingDto(f.id(), f.activityId(), f.partnerId(), f.proposalId(), f.priority().name(), f.text(),
                    f.recommendation(), f.dueOn(), f.status().name(), f.followUp(), f.recordedBy(), f.closedBy(),
                    f.closedAt());
        }
    }

    @Inject
    AssuranceOverview overview;

    @Inject
    AssurancePlanning planning;

    /** Each partner's year in the country, planned against done; this year unless {@code year} says. */
    @GET
    public List<PartnerProgress> progress(@QueryParam("year") String year) {
        // read here rather than by the bounded converter, which cannot tell a year left out from a bad one
        if (year == null) {
            return overview.progress(Year.now().getValue());
        }
        try {
            return overview.progress(BoundedNumber.integer(year));
        } catch (BoundedNumber.OutOfBounds e) {
            throw new BadRequestException("Query parameter year: " + e.getMessage());
        }
    }

    @POST
    @Path("partners/{partner}/plan")
    @Consumes(MediaType.APPLICATION_JSON)
    public PlanDto plan(@PathParam("partner") long partner, PlanRequest request) {
        return PlanDto.of(planning.plan(partner, request == null ? null : request.year()));
    }

    /** The country's findings, the soonest due first; {@code open=true} for the open ones only. */
    @GET
    @Path("findings")
    public List<FindingDto> findings(@QueryParam("open") @DefaultValue("false") String open) {
        if (!open.equals("true") && !open.equals("false")) {
            throw new BadRequestException("open is true or false");
        }
        return overview.findings(Boolean.parseBoolean(open)).stream().map(FindingDto::of).toList();
    }
}
