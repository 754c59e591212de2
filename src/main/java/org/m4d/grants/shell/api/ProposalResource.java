package org.m4d.grants.shell.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.List;
import org.m4d.grants.grant.application.GrantService;
import org.m4d.grants.platform.api.RequestTransaction;
import org.m4d.grants.proposal.application.ProposalDetails;
import org.m4d.grants.proposal.application.ProposalDraft;
import org.m4d.grants.proposal.application.ProposalService;
import org.m4d.grants.review.application.ReviewService;
import org.m4d.grants.workflow.domain.DiagramView;

/** Proposals of one country: {@code /api/v1/tenants/NP/proposals}. */
@RequestTransaction
@Path("tenants/{tenant}/proposals")
@Produces(MediaType.APPLICATION_JSON)
public class ProposalResource {

    @Inject
    ProposalService proposals;

    @Inject
    GrantService grants;

    @Inject
    ReviewService reviews;

    @GET
    public List<ProposalDto> list() {
        return proposals.list().stream().map(ProposalDto::summary).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(ProposalDraft draft, @Context UriInfo uri) {
        long id = proposals.create(draft);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(id)).build())
                .entity(read(id)).build();
    }

    @GET
    @Path("{id}")
    public ProposalDto get(@PathParam("id") long id) {
        return read(id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProposalDto update(@PathParam("id") long id, ProposalDraft draft) {
        proposals.update(id, draft);
        return read(id);
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        proposals.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/submit")
    public ProposalDto submit(@PathParam("id") long id) {
        proposals.submit(id);
        return read(id);
    }

    /** Payload of a withdrawal. */
    public record Withdrawal(String reason) {
    }

    @POST
    @Path("{id}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProposalDto withdraw(@PathParam("id") long id, Withdrawal withdrawal) {
        proposals.withdraw(id, withdrawal == null ? null : withdrawal.reason());
        return read(id);
    }

    @GET
    @Path("{id}/reviews")
    public List<ReviewDto> reviews(@PathParam("id") long id) {
        return reviews.ofProposal(id).stream().map(ReviewDto::of).toList();
    }

    /** The workflow model the proposal is in, with the steps it waits in and those it passed. */
    @GET
    @Path("{id}/diagram")
    public DiagramView diagram(@PathParam("id") long id) {
        return proposals.diagram(id);
    }

    private ProposalDto read(long id) {
        ProposalDetails details = proposals.details(id);
        return ProposalDto.of(details, details.visibility().readsGrant() ? grants.ofProposal(id).orElse(null)
                : null, proposals.partnerName(id).orElse(null));
    }
}
