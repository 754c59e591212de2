package org.m4d.grants.identity.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.m4d.grants.identity.application.CurrentUser;
import org.m4d.grants.platform.api.RequestTransaction;

/** Who the caller is and which roles they hold in which tenants. */
@RequestTransaction
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    public record MembershipDto(String tenant, String role, String agency) {
    }

    public record MeDto(String username, String displayName, List<String> tenants, List<MembershipDto> memberships) {
    }

    @Inject
    CurrentUser user;

    @GET
    public MeDto me() {
        return new MeDto(user.username(), user.displayName(), List.copyOf(user.tenantIds()),
                user.memberships().stream().map(m -> new MembershipDto(m.tenant(), m.role().id(),
                        m.agency() == null ? null : m.agency().name())).toList());
    }
}
