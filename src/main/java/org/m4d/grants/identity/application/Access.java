package org.m4d.grants.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.platform.domain.ForbiddenException;
import org.m4d.grants.platform.domain.NotFoundException;

/**
 * Authorization checks of the application layer. A tenant the user does not belong to does not
 * exist for them (404); a role they lack in their own tenant is forbidden (403).
 */
@ApplicationScoped
public class Access {

    @Inject
    CurrentUser user;

    public void requireMember(String tenant) {
        if (!user.signedIn() || !user.isMember(tenant)) {
            throw new NotFoundException("Country");
        }
    }

    public void requireRole(String tenant, Role role) {
        requireMember(tenant);
        if (!user.hasRole(tenant, role)) {
            throw new ForbiddenException("This needs the " + role.id() + " role in " + tenant);
        }
    }

    /** Whether the user's only part in the country is reviewing (no other tenant or global role). */
    public boolean onlyReviewerIn(String tenant) {
        return user.hasRole(tenant, Role.REVIEWER) && user.memberships().stream()
                .noneMatch(m -> m.role() != Role.REVIEWER && (m.role().global() || tenant.equals(m.tenant())));
    }

    public boolean hasRole(String tenant, Role role) {
        return user.hasRole(tenant, role);
    }

    public java.util.Optional<org.m4d.grants.identity.domain.Agency> agencyIn(String tenant) {
        return user.agencyIn(tenant);
    }

    public String username() {
        return user.username();
    }
}
