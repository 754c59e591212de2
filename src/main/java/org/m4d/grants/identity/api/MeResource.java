package org.m4d.grants.identity.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.m4d.grants.identity.application.CurrentUser;
import org.m4d.grants.identity.application.OwnAbsence;
import org.m4d.grants.identity.application.OwnEmail;
import org.m4d.grants.platform.api.RequestTransaction;

/** Who the caller is and which roles they hold in which tenants. */
@RequestTransaction
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    public record MembershipDto(String tenant, String role, String agency) {
    }

    public record MeDto(String username, String displayName, String email, List<String> tenants,
                        List<MembershipDto> memberships) {
    }

    @Inject
    CurrentUser user;

    @Inject
    OwnEmail ownEmail;

    @Inject
    OwnAbsence absence;

    @GET
    public MeDto me() {
        return new MeDto(user.username(), user.displayName(), ownEmail.address(), List.copyOf(user.tenantIds()),
                user.memberships().stream().map(m -> new MembershipDto(m.tenant(), m.role().id(),
                        m.agency() == null ? null : m.agency().name())).toList());
    }

    /** Sets the caller's own address ({@code {"email":"…"}}; null or blank removes it). */
    @PUT
    @Path("email")
    @Consumes(MediaType.APPLICATION_JSON)
    public MeDto changeEmail(UserResource.EmailChange change) {
        ownEmail.change(change == null ? null : change.email());
        return me();
    }

    /** The caller's period away, {@code {"from":"2026-12-01","to":"2026-12-24"}}; both null when none. */
    @GET
    @Path("away")
    public OwnAbsence.Period away() {
        return absence.period();
    }

    /**
     * Sets the caller's period away, both days included ({@code {"from":…,"to":…}}; both null clears it):
     * a reviewer away is given no review meanwhile.
     */
    @PUT
    @Path("away")
    @Consumes(MediaType.APPLICATION_JSON)
    public OwnAbsence.Period changeAway(OwnAbsence.Period period) {
        return period == null ? absence.change(null, null) : absence.change(period.from(), period.to());
    }
}
