package org.m4d.grants.identity.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.m4d.grants.identity.application.UserAdministration;
import org.m4d.grants.identity.application.UserSummary;
import org.m4d.grants.platform.api.RequestTransaction;

/**
 * A user of one country as its administrator sees and changes them over the API:
 * {@code /api/v1/tenants/NP/users/np.focal}. A user without a role in the country is not found.
 */
@RequestTransaction
@Path("tenants/{tenant}/users/{username}")
@Produces(MediaType.APPLICATION_JSON)
public class UserResource {

    /** A user with their roles in the country. */
    public record UserDto(String username, String displayName, String email, boolean enabled,
                          List<MeResource.MembershipDto> roles) {

        static UserDto of(UserSummary user) {
            return new UserDto(user.username(), user.displayName(), user.email(), user.enabled(),
                    user.roles().stream().map(m -> new MeResource.MembershipDto(m.tenant(), m.role().id(),
                            m.agency() == null ? null : m.agency().name())).toList());
        }
    }

    /** The address to notify a user at; null or blank removes it. */
    public record EmailChange(String email) {
    }

    @Inject
    UserAdministration administration;

    @GET
    public UserDto get(@PathParam("username") String username) {
        return UserDto.of(administration.user(username));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public UserDto changeEmail(@PathParam("username") String username, EmailChange change) {
        administration.changeEmail(username, change == null ? null : change.email());
        return UserDto.of(administration.user(username));
    }
}
