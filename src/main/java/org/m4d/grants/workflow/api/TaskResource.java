package org.m4d.grants.workflow.api;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.m4d.grants.grant.application.DisbursementEntry;
import org.m4d.grants.grant.application.GrantService;
import org.m4d.grants.platform.api.StrictJson;
import org.m4d.grants.platform.domain.ConflictException;
import org.m4d.grants.proposal.application.ProposalDraft;
import org.m4d.grants.proposal.application.ProposalService;
import org.m4d.grants.proposal.domain.Decision;
import org.m4d.grants.review.application.ReviewScoring;
import org.m4d.grants.review.application.ReviewService;
import org.m4d.grants.workflow.application.Workflow;
import org.m4d.grants.workflow.domain.GrantLifecycle;
import org.m4d.grants.workflow.domain.TaskView;

/**
 * The task inbox of one country: {@code /api/v1/tenants/NP/tasks}. Completing a task takes that
 * task's own payload, validated by the use case behind it (see the README for each payload).
 */
@Path("tenants/{tenant}/tasks")
@Produces(MediaType.APPLICATION_JSON)
public class TaskResource {

    /** National endorsement. */
    public record Endorsement(@NotNull(message = "Say whether the proposal is endorsed") Boolean endorsed,
                              @Size(max = 1000, message = "The comment can have at most 1000 characters") String comment) {
    }

    /** Screening and approval: ACCEPT, REVISE or REJECT. */
    public record DecisionPayload(@NotNull(message = "Choose ACCEPT, REVISE or REJECT") Decision decision,
                                  @Size(max = 1000, message = "The comment can have at most 1000 characters")
                                  String comment) {
    }

    /** Conflict-of-interest declaration. */
    public record ConflictPayload(@NotNull(message = "Say whether you have a conflict of interest") Boolean conflict,
                                  @Size(max = 1000, message = "The statement can have at most 1000 characters")
                                  String statement) {
    }

    /** A note, e.g. on an overdue review. */
    public record NotePayload(@Size(max = 1000, message = "The note can have at most 1000 characters") String note) {
    }

    @Inject
    Workflow workflow;

    @Inject
    ProposalService proposals;

    @Inject
    ReviewService reviews;

    @Inject
    GrantService grants;

    @Inject
    Validator validator;

    @PathParam("tenant")
    String tenant;

    @GET
    public List<TaskView> inbox() {
        return workflow.inbox(tenant);
    }

    @GET
    @Path("{id}")
    public TaskView task(@PathParam("id") String id) {
        return workflow.task(tenant, id);
    }

    @POST
    @Path("{id}/claim")
    public TaskView claim(@PathParam("id") String id) {
        workflow.claim(tenant, id);
        return workflow.task(tenant, id);
    }

    @POST
    @Path("{id}/unclaim")
    public TaskView unclaim(@PathParam("id") String id) {
        workflow.unclaim(tenant, id);
        return workflow.task(tenant, id);
    }

    @POST
    @Path("{id}/complete")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response complete(@PathParam("id") String id, JsonObject payload) {
        TaskView task = workflow.task(tenant, id);
        switch (task.key()) {
            case GrantLifecycle.NATIONAL_ENDORSEMENT -> {
                Endorsement endorsement = parse(payload, Endorsement.class);
                proposals.endorse(tenant, id, endorsement.endorsed(), endorsement.comment());
            }
            case GrantLifecycle.SCREEN_ELIGIBILITY -> {
                DecisionPayload decision = parse(payload, DecisionPayload.class);
                proposals.screen(tenant, id, decision.decision(), decision.comment());
            }
            case GrantLifecycle.REVISE_PROPOSAL -> proposals.revise(tenant, id, parse(payload, ProposalDraft.class));
            case GrantLifecycle.DECLARE_CONFLICT -> {
                ConflictPayload declaration = parse(payload, ConflictPayload.class);
                reviews.declareConflict(tenant, id, declaration.conflict(), declaration.statement());
            }
            case GrantLifecycle.SCORE_PROPOSAL -> reviews.score(tenant, id, parse(payload, ReviewScoring.class));
            case GrantLifecycle.HANDLE_OVERDUE_REVIEW ->
                    proposals.handleOverdueReview(tenant, id, parse(payload, NotePayload.class).note());
            case GrantLifecycle.APPROVE_GRANT -> {
                DecisionPayload decision = parse(payload, DecisionPayload.class);
                proposals.decide(tenant, id, decision.decision(), decision.comment());
            }
            case GrantLifecycle.RECORD_DISBURSEMENT ->
                    grants.recordDisbursement(tenant, id, parse(payload, DisbursementEntry.class));
            default -> throw new ConflictException("Tasks of kind " + task.key() + " cannot be completed here");
        }
        return Response.noContent().build();
    }

    private <T> T parse(JsonObject payload, Class<T> type) {
        if (payload == null) {
            throw new JsonbException("A JSON body is required");
        }
        T value = StrictJson.jsonb().fromJson(payload.toString(), type);
        var violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return value;
    }
}
