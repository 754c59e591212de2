package org.m4d.grants.workflow.api;

import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.m4d.grants.platform.api.RequestTransaction;
import org.m4d.grants.platform.api.StrictJson;
import org.m4d.grants.platform.application.TenantContext;
import org.m4d.grants.tenancy.application.CountryTime;
import org.m4d.grants.workflow.application.TaskCompletion;
import org.m4d.grants.workflow.application.Workflow;
import org.m4d.grants.workflow.domain.InboxFilter;
import org.m4d.grants.workflow.domain.TaskView;

/**
 * The task inbox of one country: {@code /api/v1/tenants/NP/tasks}. Completing a task takes the
 * payload of that task's handler (see the README for each payload).
 */
@RequestTransaction
@Path("tenants/{tenant}/tasks")
@Produces(MediaType.APPLICATION_JSON)
public class TaskResource {

    @Inject
    Workflow workflow;

    @Inject
    TaskCompletion completion;

    @Inject
    TenantContext context;

    @Inject
    CountryTime countryTime;

    /**
     * The inbox, newest first: {@code ?key=screenEligibility} for one kind of task,
     * {@code ?assigned=me} or {@code ?assigned=nobody}, {@code ?followUpBefore=2026-03-05} for tasks
     * to be followed up before that day begins in the country's time zone, {@code ?first=0&max=50}
     * for paging (max 200).
     */
    @GET
    public List<TaskView> inbox(@QueryParam("key") String key, @QueryParam("assigned") String assigned,
                                @QueryParam("followUpBefore") String followUpBefore,
                                @QueryParam("first") @DefaultValue("0") int first,
                                @QueryParam("max") @DefaultValue("50") int max) {
        Boolean mine = assigned == null ? null : switch (assigned) {
            case "me" -> Boolean.TRUE;
            case "nobody" -> Boolean.FALSE;
            default -> throw new jakarta.ws.rs.BadRequestException("assigned is me or nobody");
        };
        if (followUpBefore == null) {
            return workflow.inbox(key, mine, first, max);
        }
        String tenant = context.current();
        return workflow.inbox(new InboxFilter(List.of(tenant), key, mine, null, InboxFilter.Due.ANY, false,
                startOf(followUpBefore, countryTime.zone(tenant))), first, max);
    }

    private static Instant startOf(String day, ZoneId zone) {
        try {
            return LocalDate.parse(day).atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException notADay) {
            throw new jakarta.ws.rs.BadRequestException("followUpBefore is a day, yyyy-mm-dd");
        }
    }

    @GET
    @Path("{id}")
    public TaskView task(@PathParam("id") String id) {
        return workflow.task(id);
    }

    @POST
    @Path("{id}/claim")
    public TaskView claim(@PathParam("id") String id) {
        workflow.claim(id);
        return workflow.task(id);
    }

    @POST
    @Path("{id}/unclaim")
    public TaskView unclaim(@PathParam("id") String id) {
        workflow.unclaim(id);
        return workflow.task(id);
    }

    @POST
    @Path("{id}/complete")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response complete(@PathParam("id") String id, String payload) {
        completion.complete(id, null, new JsonBody(payload));
        return Response.noContent().build();
    }

    /**
     * The task's own payload from the body as sent: bound by the same strict JSON binding as every
     * other request, so that a body that is no JSON object is a 400 like anywhere else.
     */
    private record JsonBody(String text) implements TaskCompletion.Payload {
        @Override
        public <P> P as(Class<P> type) {
            if (text == null || text.isBlank()) {
                throw new JsonbException("A JSON body is required");
            }
            P value = StrictJson.jsonb().fromJson(text, type);
            if (value == null) {
                throw new JsonbException("A JSON object is required");
            }
            return value;
        }
    }
}
