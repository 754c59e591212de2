package org.m4d.grants.workflow.api;

import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.m4d.grants.grant.application.DisbursementEntry;
import org.m4d.grants.grant.application.GrantService;
import org.m4d.grants.grant.application.ReportService;
import org.m4d.grants.grant.application.ReportSubmission;
import org.m4d.grants.grant.domain.Modality;
import org.m4d.grants.platform.api.RequestTransaction;
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
@RequestTransaction
@Path("tenants/{tenant}/tasks")
@Produces(MediaType.APPLICATION_JSON)
public class TaskResource {

    /** National endorsement. */
    public record Endorsement(@NotNull(message = "Say whether the proposal is endorsed") Boolean endorsed,
                              String comment) {
    }

    /** Screening and approval: ACCEPT, REVISE or REJECT. */
    public record DecisionPayload(@NotNull(message = "Choose ACCEPT, REVISE or REJECT") Decision decision,
                                  String comment) {
    }

    /** Conflict-of-interest declaration. */
    public record ConflictPayload(@NotNull(message = "Say whether you have a conflict of interest") Boolean conflict,
                                  String statement) {
    }

    /** Tranche plan: percentages of the approved amount, summing to 100. */
    public record TranchePlanPayload(@NotNull(message = "Choose the cash-transfer modality") Modality modality,
                                     @NotEmpty(message = "Give the tranches as percentages, e.g. [40, 40, 20]")
                                     List<BigDecimal> percentages) {
    }

    /** Release of the open tranche, optionally recording a (last) disbursement from it first. */
    public record ReleasePayload(BigDecimal amount, LocalDate date, String reference) {
    }

    /** Verification of the progress or the financial part of a report. */
    public record VerificationPayload(@NotNull(message = "Say whether the report is accepted") Boolean accepted,
                                      String note) {
    }

    /** A note, e.g. on an overdue review. */
    public record NotePayload(String note) {
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
    ReportService reports;

    @Inject
    Validator validator;

    /**
     * The inbox, newest first: {@code ?key=screenEligibility} for one kind of task,
     * {@code ?assigned=me} or {@code ?assigned=nobody}, {@code ?first=0&max=50} for paging (max 200).
     */
    @GET
    public List<TaskView> inbox(@QueryParam("key") String key, @QueryParam("assigned") String assigned,
                                @QueryParam("first") @DefaultValue("0") int first,
                                @QueryParam("max") @DefaultValue("50") int max) {
        Boolean mine = assigned == null ? null : switch (assigned) {
            case "me" -> Boolean.TRUE;
            case "nobody" -> Boolean.FALSE;
            default -> throw new jakarta.ws.rs.BadRequestException("assigned is me or nobody");
        };
        return workflow.inbox(key, mine, first, max);
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
        TaskView task = workflow.task(id);
        switch (task.key()) {
            case GrantLifecycle.NATIONAL_ENDORSEMENT -> {
                Endorsement endorsement = parse(payload, Endorsement.class);
                proposals.endorse(id, endorsement.endorsed(), endorsement.comment());
            }
            case GrantLifecycle.SCREEN_ELIGIBILITY -> {
                DecisionPayload decision = parse(payload, DecisionPayload.class);
                proposals.screen(id, decision.decision(), decision.comment());
            }
            case GrantLifecycle.REVISE_PROPOSAL -> proposals.revise(id, parse(payload, ProposalDraft.class));
            case GrantLifecycle.DECLARE_CONFLICT -> {
                ConflictPayload declaration = parse(payload, ConflictPayload.class);
                reviews.declareConflict(id, declaration.conflict(), declaration.statement());
            }
            case GrantLifecycle.SCORE_PROPOSAL -> reviews.score(id, parse(payload, ReviewScoring.class));
            case GrantLifecycle.HANDLE_OVERDUE_REVIEW ->
                    proposals.handleOverdueReview(id, parse(payload, NotePayload.class).note());
            case GrantLifecycle.APPROVE_GRANT -> {
                DecisionPayload decision = parse(payload, DecisionPayload.class);
                proposals.decide(id, decision.decision(), decision.comment());
            }
            case GrantLifecycle.SET_TRANCHE_PLAN -> {
                TranchePlanPayload plan = parse(payload, TranchePlanPayload.class);
                grants.setTranchePlan(id, plan.modality(), plan.percentages());
            }
            case GrantLifecycle.RELEASE_TRANCHE -> {
                ReleasePayload release = parse(payload, ReleasePayload.class);
                DisbursementEntry entry = release.amount() == null ? null
                        : valid(new DisbursementEntry(release.amount(), release.date(), release.reference()));
                grants.releaseTranche(id, entry);
            }
            case GrantLifecycle.SUBMIT_REPORTS -> reports.submitReports(id, parse(payload, ReportSubmission.class));
            case GrantLifecycle.VERIFY_PROGRESS_REPORT, GrantLifecycle.VERIFY_FINANCIAL_REPORT -> {
                VerificationPayload verification = parse(payload, VerificationPayload.class);
                reports.verify(id, verification.accepted(), verification.note());
            }
            case GrantLifecycle.FOLLOW_UP_OVERDUE_REPORT ->
                    reports.followUpOverdueReport(id, parse(payload, NotePayload.class).note());
            case GrantLifecycle.SUBMIT_FINAL_REPORT ->
                    reports.submitFinalReport(id, parse(payload, ReportSubmission.class));
            case GrantLifecycle.CLOSE_GRANT -> reports.closeGrant(id, parse(payload, NotePayload.class).note());
            default -> throw new ConflictException("Tasks of kind " + task.key() + " cannot be completed here");
        }
        return Response.noContent().build();
    }

    /**
     * The task's own payload from the body as sent: bound by the same strict JSON binding as every
     * other request, so that a body that is no JSON object is a 400 like anywhere else.
     */
    private <T> T parse(String payload, Class<T> type) {
        if (payload == null || payload.isBlank()) {
            throw new JsonbException("A JSON body is required");
        }
        T value = StrictJson.jsonb().fromJson(payload, type);
        if (value == null) {
            throw new JsonbException("A JSON object is required");
        }
        return valid(value);
    }

    private <T> T valid(T value) {
        var violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return value;
    }
}
