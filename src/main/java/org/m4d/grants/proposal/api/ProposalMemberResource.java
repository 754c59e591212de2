package org.m4d.grants.proposal.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.m4d.grants.platform.api.RequestTransaction;
import org.m4d.grants.proposal.application.ProposalMembers;
import org.m4d.grants.proposal.domain.MemberRole;
import org.m4d.grants.proposal.domain.ProposalMember;

/**
 * Who takes part in a proposal besides its creator ({@code /api/v1/tenants/NP/proposals/7/members}):
 * read by whoever reads the proposal; an invitation ({@code POST {"username":"np.applicant2","role":"CO_APPLICANT"}})
 * and a removal ({@code DELETE .../members/np.applicant2}) by its creator and the country's coordinators
 * (docs/adr/0035-proposal-members.md).
 */
@RequestTransaction
@Path("tenants/{tenant}/proposals/{id}/members")
@Produces(MediaType.APPLICATION_JSON)
public class ProposalMemberResource {

    /** One member as invited. */
    public record MemberDto(String username, MemberRole role, String invitedBy, Instant invitedAt) {
        static MemberDto of(ProposalMember m) {
            return new MemberDto(m.username(), m.role(), m.invitedBy(), m.invitedAt());
        }
    }

    /** An invitation of an applicant of the country as co-applicant or viewer. */
    public record Invitation(String username, MemberRole role) {
    }

    @Inject
    ProposalMembers members;

    @GET
    public List<MemberDto> list(@PathParam("id") long id) {
        return members.of(id).stream().map(MemberDto::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response invite(@PathParam("id") long id, Invitation invitation, @Context UriInfo uri) {
        Invitation asked = invitation == null ? new Invitation(null, null) : invitation;
        ProposalMember member = members.invite(id, asked.username(), asked.role());
        return Response.created(uri.getAbsolutePathBuilder().path(member.username()).build())
                .entity(MemberDto.of(member)).build();
    }

    @DELETE
    @Path("{username}")
    public Response remove(@PathParam("id") long id, @PathParam("username") String username) {
        members.remove(id, username);
        return Response.noContent().build();
    }
}
