package org.m4d.grants.review.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.m4d.grants.platform.api.RequestTransaction;
import org.m4d.grants.review.application.ReviewerAssignments;
import org.m4d.grants.review.domain.ReviewAssignment;

/**
 * Who reviews a proposal for each agency ({@code /api/v1/tenants/NP/proposals/7/review-assignments}),
 * for the country's coordinators: every assignment, by the rule or by a coordinator, with why; and a
 * reassignment ({@code POST {"agency":"UNDP","reviewer":"np.reviewer.undp2","reason":"…"}}).
 */
@RequestTransaction
@Path("tenants/{tenant}/proposals/{id}/review-assignments")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewAssignmentResource {

    /** One assignment as kept; {@code reviewer} null when nobody was eligible. */
    public record AssignmentDto(String agency, int reviewRound, String reviewer, Instant assignedAt, String assignedBy,
                                String reason) {
        static AssignmentDto of(ReviewAssignment a) {
            return new AssignmentDto(a.agency().name(), a.reviewRound(), a.reviewer(), a.assignedAt(), a.assignedBy(),
                    a.reason());
        }
    }

    /** A coordinator's reassignment of an agency's review that waits for its declaration. */
    public record Reassignment(String agency, String reviewer, String reason) {
    }

    @Inject
    ReviewerAssignments assignments;

    @GET
    public List<AssignmentDto> list(@PathParam("id") long id) {
        return assignments.history(id).stream().map(AssignmentDto::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public List<AssignmentDto> reassign(@PathParam("id") long id, Reassignment reassignment) {
        Reassignment asked = reassignment == null ? new Reassignment(null, null, null) : reassignment;
        assignments.reassign(id, asked.agency(), asked.reviewer(), asked.reason());
        return list(id);
    }
}
