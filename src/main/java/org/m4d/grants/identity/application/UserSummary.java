package org.m4d.grants.identity.application;

import java.util.List;
import org.m4d.grants.identity.domain.Membership;
import org.m4d.grants.identity.domain.UserAccount;

/**
 * A user as the administrator of one country sees them: only the roles held there, and whether the
 * account is theirs alone to disable.
 */
public record UserSummary(String username, String displayName, String email, boolean enabled,
                          List<Membership> roles, boolean onlyHere) {

    static UserSummary of(UserAccount user, String tenant) {
        return new UserSummary(user.username(), user.displayName(), user.email(), user.enabled(), user.rolesIn(tenant),
                user.worksOnlyIn(tenant));
    }
}
